package org.dyad.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DyadDictionaryFormatTest {
    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> out = new java.util.TreeMap<>();
        for (String f : DyadDictionaryFormat.FILES) {
            out.put(f, Files.readString(dir.resolve(f)));
        }
        return out;
    }

    @Test
    void petrarchDictionariesRoundTripThroughTheTsvFiles(@TempDir Path dir) throws IOException {
        Dictionaries original = PetrarchTexts.all();
        DyadDictionaryFormat.Written written = DyadDictionaryFormat.write(original, dir);
        assertThat(written.notes()).isEmpty();
        assertThat(written.rows()).containsOnlyKeys(DyadDictionaryFormat.FILES);

        Dictionaries back = DyadDictionaryFormat.read(dir);
        assertThat(back.problems()).isEmpty();
        assertThat(DictionaryDiff.between(original, back, 10)).isEmpty();
        // spot checks that the comparison saw real content
        assertThat(back.verbs().blocks()).extracting(VerbBlock::name).containsExactly("RIDE", "PLEDGE", "RETREAT");
        assertThat(back.verbs().synset("&TREASURE")).isEqualTo(original.verbs().synset("&TREASURE"));
        assertThat(back.verbs().lookup("sworn")).hasSize(1);
        assertThat(back.actors().entries().get(2).codesOn(java.util.Optional.of(LocalDate.of(1997, 1, 1)))).containsExactly("GONGOV");
        assertThat(back.verbs().transformations()).hasSize(1);
        assertThat(back.verbs().syntax()).isEqualTo(VerbDictionary.Syntax.TABARI);
    }

    @Test
    void theVerbSyntaxIsKept(@TempDir Path dir) throws IOException {
        Dictionaries petrarch2 = new Dictionaries.Builder(new ArrayList<>()).read(Dictionaries.Kind.VERBS,
            new java.io.StringReader(PetrarchTexts.VERBS_PETRARCH2), "middle.verbs.txt").build();
        DyadDictionaryFormat.write(petrarch2, dir);
        assertThat(Files.readAllLines(dir.resolve("verbs.tsv")).get(1)).isEqualTo("syntax\tpetrarch2\t\t\t\t\t");
        assertThat(DyadDictionaryFormat.read(dir).verbs().syntax()).isEqualTo(VerbDictionary.Syntax.PETRARCH2);
    }

    @Test
    void writingWhatWasReadGivesTheSameBytes(@TempDir Path dir) throws IOException {
        DyadDictionaryFormat.write(PetrarchTexts.all(), dir.resolve("a"));
        DyadDictionaryFormat.write(PetrarchTexts.all(), dir.resolve("b"));
        DyadDictionaryFormat.write(DyadDictionaryFormat.read(dir.resolve("a")), dir.resolve("c"));
        assertThat(contents(dir.resolve("b"))).isEqualTo(contents(dir.resolve("a")));
        assertThat(contents(dir.resolve("c"))).isEqualTo(contents(dir.resolve("a")));
    }

    @Test
    void filesHaveAHeaderAndOneFactPerRowWithItsSource(@TempDir Path dir) throws IOException {
        DyadDictionaryFormat.write(PetrarchTexts.all(), dir);
        List<String> verbs = Files.readAllLines(dir.resolve("verbs.tsv"));
        assertThat(verbs.get(0)).isEqualTo("kind\tname\tcode\tmatch\tforms\ttext\tsource");
        assertThat(verbs.get(1)).isEqualTo("syntax\ttabari\t\t\t\t\t");
        assertThat(verbs).contains(
            "synset\t&TREASURE\t\tDRAGON HOARD\t\t\t",
            "block\tPLEDGE\t051\t\t\t\tmiddle.verbs.txt:13",
            "verb\tPLEDGE\t052\tGIVE_+WORD\tWORD WORDS WORDED WORDING\t\tmiddle.verbs.txt:17",
            "pattern\tPLEDGE\t032:033\t$ * TO HELP +\t\t- $ * (TO {HELP}) +                     [032:033]\tmiddle.verbs.txt:20",
            "pattern\tPLEDGE\t057\t&GEM _* +\t\t- &GEM_* +                              [057]\tmiddle.verbs.txt:21",
            "pattern\tRIDE\t042\t$ * TO _ROHAN_ +\t\t- $ * TO_ROHAN_ + [042]\ttabari.verbs.txt:10",
            "transformation\t\t\ta (a b ATTACK) SAY\t\ta b 015\t:28");
        List<String> actors = Files.readAllLines(dir.resolve("actors.tsv"));
        assertThat(actors.get(0)).isEqualTo("actor\tphrase\tcode\tfrom\tto\tsource");
        assertThat(actors).contains(
            "GONDOR_\tMINAS_TIRITH\tGON\t\t\tmiddle.actors.txt:2",
            "DENETHOR_\tDENETHOR_II\tGONGOV\t1995-06-01\t1999-08-15\tmiddle.actors.txt:6",
            "DENETHOR_\tDENETHOR_\tGONELI\t\t1995-05-31\tmiddle.actors.txt:6");
        assertThat(Files.readAllLines(dir.resolve("agents.tsv"))).startsWith("phrase\tcode\tposition\tsource")
            .anyMatch(l -> l.matches("HOBBIT_AID_WORKER_?\tNGO\tprefix\tmiddle.agents.txt:5"));
        assertThat(Files.readAllLines(dir.resolve("discards.tsv")))
            .containsExactly("phrase\tlevel\tsource", "SHIRE_GAZETTE\tsentence\tmiddle.discards.txt:1",
                "THE_RED_BOOK\tstory\tmiddle.discards.txt:2", "BREE_NEWS\tsentence\tmiddle.discards.txt:3");
        assertThat(Files.readAllLines(dir.resolve("issues.tsv")))
            .containsExactly("phrase\tcode\tcategory\texclusion\tsource",
                "RING_OF_POWER\tRING_LORE\tRINGS\tfalse\tmiddle.issues.txt:2",
                "PALANTIR\tSEEING_STONES\tRINGS\tfalse\tmiddle.issues.txt:3",
                "A_RING_OF_KEYS\t\tRINGS\ttrue\tmiddle.issues.txt:4");
    }

    @Test
    void aMalformedRowInEachFileIsReportedAndSkipped(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("verbs.tsv"), """
            kind\tname\tcode\tmatch\tforms\ttext\tsource
            block\tMARCH\t010\t\t\t\tmine.txt:1
            verb\tMARCH\t\tMARCH\t\t\t
            pattern\tMARCH\t011\t$ TO +\t\t\tmine.txt:3
            pattern\tMARCH\t012\t$ * TO +\t\t\tmine.txt:4
            """);
        Files.writeString(dir.resolve("actors.tsv"), """
            actor\tphrase\tcode\tfrom\tto\tsource
            EREBOR\tEREBOR\tERE\t2941-13-01\t\t
            EREBOR\tLONELY_MOUNTAIN\tERE\t\t\t
            DALE\tDALE\tDAL\t\t\t
            """);
        Files.writeString(dir.resolve("agents.tsv"), """
            phrase\tcode\tposition\tsource
            STEWARD\tGOV\tsuffix\t
            KING\tGOV\tafter\t
            """);
        Files.writeString(dir.resolve("discards.tsv"), """
            phrase\tlevel\tsource
            SHIRE_GAZETTE\tstory
            BREE_NEWS\tsentence\tnews.txt:9
            """);
        Files.writeString(dir.resolve("issues.tsv"), """
            phrase\tcode\tcategory\texclusion\tsource
            PALANTIR\tSEEING_STONES\tRINGS\tmaybe\t
            RING\tRING_LORE\tRINGS\tfalse\tbad\\xescape
            MITHRIL\tMETALS\tTRADE\tfalse\t
            """);
        Dictionaries d = DyadDictionaryFormat.read(dir);
        assertThat(d.problems()).extracting(DictionaryProblem::toString).containsExactly(
            "verbs.tsv:4: pattern without the verb (*): '$ TO +'",
            "actors.tsv:2: bad date '2941-13-01' (want YYYY-MM-DD)",
            "agents.tsv:3: position is 'after', want prefix or suffix",
            "discards.tsv:2: expected 3 tab-separated cells, found 2",
            "issues.tsv:3: bad escape '\\x' in 'bad\\xescape' (use \\\\, \\t, \\n or \\r)",
            "issues.tsv:2: exclusion is 'maybe', want true or false");
        VerbPattern p = d.verbs().blocks().get(0).patterns().get(0);
        assertThat(p.rule()).isEqualTo("mine.txt:4 - $ * TO + [012]");
        assertThat(d.verbs().blocks().get(0).verbs().get(0).forms()).contains("MARCHES", "MARCHED");
        assertThat(d.actors().entries()).hasSize(2);
        assertThat(d.actors().entries().get(0).phrases()).extracting(Phrase::text).containsExactly("EREBOR",
            "LONELY_MOUNTAIN");
        assertThat(d.actors().entries().get(0).file()).isEqualTo("actors.tsv");
        assertThat(d.actors().entries().get(0).line()).isEqualTo(3);
        assertThat(d.agents().entries()).hasSize(1);
        assertThat(d.discards().entries()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("news.txt");
            assertThat(e.line()).isEqualTo(9);
        });
        assertThat(d.issues().entries()).extracting(IssueDictionary.Entry::code).containsExactly("METALS");
    }

    @Test
    void aVerbRowOfABadBlockGoesWithItQuietly(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("verbs.tsv"), """
            kind\tname\tcode\tmatch\tforms\ttext\tsource
            block\tMARCH\t\t\t\t\t
            verb\tMARCH\t\tMARCH\t\t\t
            pattern\tMARCH\t011\t$ * +\t\t\t
            block\tHALT\t---\t\t\t\t
            verb\tHALT\t\tHALT\t\t\t
            verb\tMARCH\t\tSTRIDE\t\t\t
            flourish\tHALT\t\t\t\t\t
            """);
        Dictionaries d = DyadDictionaryFormat.read(dir);
        assertThat(d.problems()).extracting(DictionaryProblem::toString).containsExactly(
            "verbs.tsv:2: not a code: []; block MARCH skipped with its verbs and patterns",
            "verbs.tsv:7: verb row of block 'MARCH' under block 'HALT'",
            "verbs.tsv:8: unknown kind 'flourish' (want syntax, synset, block, verb, pattern or transformation)");
        assertThat(d.verbs().blocks()).extracting(VerbBlock::name).containsExactly("HALT");
    }

    @Test
    void aFileWithTheWrongHeaderIsSkippedWhole(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("discards.tsv"), "phrase\tstory\nSHIRE\tyes\n");
        Dictionaries d = DyadDictionaryFormat.read(dir);
        assertThat(d.problems()).extracting(DictionaryProblem::toString).containsExactly(
            "discards.tsv:1: header is 'phrase\\tstory', expected 'phrase\\tlevel\\tsource'; file skipped");
        assertThat(d.discards().entries()).isEmpty();
    }

    @Test
    void aFolderWithoutAnyOfTheFilesIsAProblemAndMissingFilesReadEmpty(@TempDir Path dir) throws IOException {
        assertThat(DyadDictionaryFormat.read(dir).problems()).singleElement()
            .satisfies(p -> assertThat(p.reason()).startsWith("no Dyad dictionary files"));
        Files.writeString(dir.resolve("discards.tsv"), "phrase\tlevel\tsource\nSHIRE_GAZETTE\tstory\t\n");
        Dictionaries d = DyadDictionaryFormat.read(dir);
        assertThat(d.problems()).isEmpty();
        assertThat(d.discards().entries()).hasSize(1);
        assertThat(d.verbs().blocks()).isEmpty();
    }

    @Test
    void repeatedPhrasesAndCodesOfAnActorAreWrittenOnceWithANote(@TempDir Path dir) throws IOException {
        List<DictionaryProblem> problems = new ArrayList<>();
        Dictionaries d = new Dictionaries.Builder(problems).read(Dictionaries.Kind.ACTORS, new java.io.StringReader("""
            ROHAN_ [ROH] [ROH]
            +ROHIRRIM
            +ROHIRRIM
            """), "dup.actors.txt").build();
        DyadDictionaryFormat.Written w = DyadDictionaryFormat.write(d, dir);
        assertThat(w.notes()).extracting(DictionaryProblem::toString)
            .containsExactly("dup.actors.txt:1: actor ROHAN_ lists a phrase twice; written once");
        assertThat(w.rows()).containsEntry("actors.tsv", 2);
        Dictionaries back = DyadDictionaryFormat.read(dir);
        assertThat(DictionaryDiff.between(DyadDictionaryFormat.normalize(d), back, 10)).isEmpty();
        assertThat(DictionaryDiff.between(d, back, 10)).isNotEmpty();
        assertThat(back.actors().entries().get(0).codes()).containsExactly(new ActorCode("ROH", Optional.empty(),
            Optional.empty()));
    }

    @Test
    void escapedCellsKeepTabsAndBackslashes(@TempDir Path dir) throws IOException {
        Dictionaries d = new Dictionaries.Builder(new ArrayList<>()).read(Dictionaries.Kind.VERBS,
            new java.io.StringReader("--- SING [010] ---\nSING\n- *\tSONG\\ [011]\n"), "tab.verbs.txt").build();
        DyadDictionaryFormat.write(d, dir);
        assertThat(Files.readString(dir.resolve("verbs.tsv"))).contains("- *\\tSONG\\\\ [011]");
        Dictionaries back = DyadDictionaryFormat.read(dir);
        assertThat(back.verbs().blocks().get(0).patterns().get(0).text()).isEqualTo("- *\tSONG\\ [011]");
        assertThat(DictionaryDiff.between(d, back, 10)).isEmpty();
    }

    @Test
    void resourcesHoldTheFiveFiles() {
        Dictionaries d = DyadDictionaryFormat.readResources();
        assertThat(d.problems()).isEmpty();
        assertThat(d.verbs().blocks()).isNotEmpty();
    }
}
