package org.dyad.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionariesTest {
    /** PETRARCH2's production config, in the shared data beside the repository when it is there. */
    private static final Path PRODUCTION = Path.of("..", "..", "shared", "petrarch", "PETR_config.ini");

    static void writeFixture(Path dir) throws IOException {
        Files.writeString(dir.resolve("middle.verbs.txt"), PetrarchTexts.VERBS_PETRARCH2);
        Files.writeString(dir.resolve("middle.actors.txt"), PetrarchTexts.ACTORS);
        Files.writeString(dir.resolve("middle.agents.txt"), PetrarchTexts.AGENTS);
        Files.writeString(dir.resolve("middle.discards.txt"), PetrarchTexts.DISCARDS);
        Files.writeString(dir.resolve("middle.issues.txt"), PetrarchTexts.ISSUES);
    }

    @Test
    void fromConfigReadsEveryFileItNamesWithTheirProblems(@TempDir Path dir) throws IOException {
        writeFixture(dir);
        Files.writeString(dir.resolve("PETR_config.ini"), PetrarchTexts.CONFIG);
        Dictionaries d = Dictionaries.fromConfig(dir.resolve("PETR_config.ini"), Optional.empty());
        assertThat(d.verbs().patternCount()).isEqualTo(5);
        assertThat(d.actors().entries()).hasSize(5);
        assertThat(d.agents().entries()).isNotEmpty();
        assertThat(d.discards().entries()).hasSize(3);
        assertThat(d.issues().entries()).hasSize(3);
        assertThat(d.problems()).extracting(DictionaryProblem::toString).containsExactly(
            dir.resolve("PETR_config.ini") + ":10: not 'key = value': 'this line is neither'",
            "middle.verbs.txt:11: verb marker * in a synonym set",
            "middle.actors.txt:12: unclosed [ in 'RADAGAST [WIZ'",
            "middle.agents.txt:7: agent code needs a ~ before or after it: [MIL]",
            "middle.discards.txt:4: not a discard phrase: '[NOT A PHRASE]'",
            "middle.issues.txt:5: issue phrase without [code]: 'gollum'");
    }

    @Test
    void fromConfigFindsTheDictionariesFolderBesideIt(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("dictionaries"));
        writeFixture(dir.resolve("dictionaries"));
        Files.writeString(dir.resolve("PETR_config.ini"), PetrarchTexts.CONFIG);
        Dictionaries d = Dictionaries.fromConfig(dir.resolve("PETR_config.ini"), Optional.empty());
        assertThat(d.verbs().blocks()).extracting(VerbBlock::name).containsExactly("PLEDGE", "RETREAT");
    }

    @Test
    void aMissingFileIsAProblemNotACrash(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("PETR_config.ini"), PetrarchTexts.CONFIG);
        Dictionaries d = Dictionaries.fromConfig(dir.resolve("PETR_config.ini"), Optional.empty());
        assertThat(d.problems()).filteredOn(p -> p.line() == 0).hasSize(5)
            .allMatch(p -> p.reason().startsWith("cannot read"));
    }

    @Test
    void fromDirectoryRecognisesFilesByName(@TempDir Path dir) throws IOException {
        writeFixture(dir);
        Files.writeString(dir.resolve("notes.md"), "not a dictionary");
        Dictionaries d = Dictionaries.fromDirectory(dir);
        assertThat(d.verbs().patternCount()).isEqualTo(5);
        assertThat(d.actors().entries()).hasSize(5);
        assertThat(d.issues().entries()).hasSize(3);
        assertThat(Dictionaries.kindOf("CAMEO.2.0.txt")).contains(Dictionaries.Kind.VERBS);
        assertThat(Dictionaries.kindOf("notes.md")).isEmpty();
    }

    @Test
    void defaultsLoadWithoutProblemsAndHoldTheProductionDictionaries() {
        Dictionaries d = Dictionaries.defaults();
        assertThat(d.problems()).isEmpty();
        assertThat(d.verbs().blocks()).hasSizeGreaterThan(300);
        assertThat(d.verbs().patternCount()).isGreaterThan(4000);
        assertThat(d.verbs().synsets()).hasSizeGreaterThan(30);
        assertThat(d.actors().phraseCount()).isGreaterThan(20000);
        assertThat(d.agents().entries()).hasSizeGreaterThan(5000);
        assertThat(d.discards().entries()).hasSizeGreaterThan(400);
        assertThat(d.issues().entries()).hasSizeGreaterThan(3000);
        assertThat(Dictionaries.defaults()).isSameAs(d);
    }

    @Test
    void defaultsKeepWhereEachRuleCameFrom() {
        Dictionaries d = Dictionaries.defaults();
        VerbPattern p = d.verbs().blocks().get(0).patterns().get(0);
        assertThat(p.file()).isEqualTo("CAMEO.2.0.txt");
        assertThat(p.rule()).startsWith("CAMEO.2.0.txt:" + p.line() + " - ");
        assertThat(d.actors().entries().get(0).file()).isEqualTo("Phoenix.Countries.actors.txt");
    }

    /**
     * The shipped defaults are what importing PETRARCH's files gives today; when a reader changes, this
     * fails until tools/import-petrarch-dictionaries.sh is run again. Needs the shared data, skipped
     * without it.
     */
    @Test
    void defaultsAreAFreshImportOfTheProductionDictionaries() {
        assumeTrue(Files.isRegularFile(PRODUCTION), "no shared PETRARCH data beside the repository");
        Dictionaries imported = Dictionaries.fromConfig(PRODUCTION, Optional.empty());
        List<String> differences = DictionaryDiff.between(DyadDictionaryFormat.normalize(imported),
            Dictionaries.defaults(), 10);
        assertThat(differences).as("re-run tools/import-petrarch-dictionaries.sh").isEmpty();
    }
}
