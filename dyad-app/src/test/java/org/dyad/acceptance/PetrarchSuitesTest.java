package org.dyad.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.petrarch.CodeOntology;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryProblem;
import org.dyad.petrarch.ValidationRun;
import org.dyad.petrarch.ValidationSuite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * PETRARCH's validation suites from raw text through Dyad's own NLP (issue 3): at least 85% of each suite's
 * evaluated records pass and none crashes. Runs in the {@code petrarch-suites} Maven profile, which is on
 * when ../shared sits beside the project; the per-category tables go to target/ for docs/accuracy.md.
 */
@EnabledIfSystemProperty(named = "dyad.petrarch.suites", matches = ".+")
class PetrarchSuitesTest {
    private static final Path SUITES = Path.of(System.getProperty("dyad.petrarch.suites", "."));

    @Test
    void petrarchUnitTestRecords() throws IOException {
        run(SUITES.resolve("validation/PETR.UnitTest.records.xml"), "petrarch-unit");
    }

    @Test
    void universalPetrarchValidationRecords() throws IOException {
        run(SUITES.resolve("universal/PETR_Validate_records_2_02.xml"), "universal-petrarch");
    }

    private static void run(Path file, String name) throws IOException {
        ValidationSuite suite = ValidationSuite.read(file);
        assertThat(suite.problems()).isEmpty();
        Dictionaries dicts = ValidationRun.dictionariesFor(suite, Optional.empty());
        List<DictionaryProblem> problems = new ArrayList<>();
        Optional<CodeOntology> ontology = ValidationRun.ontologyFor(suite, Optional.empty(), problems);
        assertThat(problems).isEmpty();
        List<ValidationRun.RecordResult> results =
                new ValidationRun(suite, dicts, TestPipeline.dyad().parser(), ontology).run(r -> { });
        List<ValidationRun.Tally> tally = ValidationRun.tally(results);
        StringBuilder table = new StringBuilder("| category | evaluated | passed | rate |\n|---|---:|---:|---:|\n");
        for (ValidationRun.Tally t : tally) {
            table.append(String.format(java.util.Locale.ROOT, "| %s | %d | %d | %.1f%% |%n", t.category(), t.evaluated(), t.passed(),
                    100 * t.rate()));
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", name + ".md"), table, StandardCharsets.UTF_8);

        assertThat(results).noneMatch(r -> r.outcome() == ValidationRun.Outcome.CRASH);
        ValidationRun.Tally all = tally.get(tally.size() - 1);
        assertThat(all.category()).isEqualTo("ALL");
        assertThat(all.evaluated()).isGreaterThan(200);
        assertThat(all.rate()).as("pass rate of %s:%n%s", file.getFileName(), table).isGreaterThanOrEqualTo(0.85);
    }
}
