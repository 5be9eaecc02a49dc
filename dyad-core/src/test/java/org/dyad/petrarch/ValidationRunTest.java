package org.dyad.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.article.Article;
import org.dyad.petrarch.ValidationRun.Outcome;
import org.dyad.petrarch.ValidationRun.RecordResult;
import org.dyad.text.ParsedDocument;
import org.dyad.text.Sentence;
import org.dyad.text.SentenceBuilder;
import org.dyad.text.SentenceParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryProblem;

/** Running a validation suite: expansion of A/B codes, outcomes, tallies; parses built by hand. */
class ValidationRunTest {

    // ------------------------------------------------------------------ expand

    @Test
    void aSlashInACodeStandsForEachActorOnBothSides() {
        assertThat(ValidationRun.expand(List.of("FRO/BIL-ELR/GAL:050"))).containsExactly(
            "FRO-ELR:050", "FRO-GAL:050", "BIL-ELR:050", "BIL-GAL:050");
        assertThat(ValidationRun.expand(List.of("GON-ARN/ROH:042"))).containsExactly("GON-ARN:042", "GON-ROH:042");
    }

    @Test
    void codesWithDashesAreSplitAtTheRightDash() {
        // a second actor on one side shows where the split fell: it is paired with the other side only
        assertThat(ValidationRun.expand(List.of("---GOV/GON----:023"))).containsExactly("---GOV----:023", "GON----:023");
        assertThat(ValidationRun.expand(List.of("GON----MIL/ARN:190"))).containsExactly("GON----MIL:190", "GON-ARN:190");
        assertThat(ValidationRun.expand(List.of("-------MIL/ARN:190"))).containsExactly("-------MIL:190", "----ARN:190");
        assertThat(ValidationRun.expand(List.of("----ARN/ROH:051"))).containsExactly("----ARN:051", "----ROH:051");
        assertThat(ValidationRun.expand(List.of("---GOV-ARNMIL/ROH:111")))
            .containsExactly("---GOV-ARNMIL:111", "---GOV-ROH:111");
        assertThat(ValidationRun.expand(List.of("---GOV----:023", "-------:010")))
            .containsExactly("---GOV----:023", "-------:010");
    }

    @Test
    void theCodeIsAfterTheLastColon() {
        assertThat(ValidationRun.expand(List.of("GON/ARN-ROH:0871"))).containsExactly("GON-ROH:0871", "ARN-ROH:0871");
    }

    @Test
    void expandKeepsOneCopyOfEachTriple() {
        assertThat(ValidationRun.expand(List.of("GON-ARN:051", "GON/GON-ARN:051"))).containsExactly("GON-ARN:051");
    }

    // ------------------------------------------------------------------ run and tally

    static final String VERBS = """
        --- PRAISE [051] ---
        PRAISE
        """;
    static final String ACTORS = """
        GONDOR_ [GON]
        ARNOR_ [ARN]
        """;

    /** Records of every outcome; PRAISE-03 comes after require_dyad is turned off. */
    static final String SUITE = """
        <Environment>
            <Verbfile>praise.verbs.txt</Verbfile>
            <Actorfile>middle.actors.txt</Actorfile>
            <Agentfile>missing.agents.txt</Agentfile>
        </Environment>
        <Sentence date="20050301" id="PRAISE-01" category="PRAISE">
        <EventCoding sourcecode="GON" targetcode="ARN" eventcode="051"></EventCoding>
        <Text>Gondor praised Arnor.</Text>
        </Sentence>
        <Sentence date="20050301" id="PRAISE-02" category="PRAISE">
        <EventCoding sourcecode="GON" targetcode="ARN" eventcode="051"></EventCoding>
        <Text>Arnor praised Gondor.</Text>
        </Sentence>
        <Sentence date="20050301" id="ONESIDED-01" category="ONESIDED">
        <EventCoding noevents="true"></EventCoding>
        <Text>Gondor praised them.</Text>
        </Sentence>
        <Config option="require_dyad" value="false"></Config>
        <Sentence date="20050301" id="ONESIDED-02" category="ONESIDED">
        <EventCoding sourcecode="GON" targetcode="---" eventcode="051"></EventCoding>
        <Text>Gondor praised them.</Text>
        </Sentence>
        <Sentence date="20050301" id="CRASH-01" category="PRAISE">
        <EventCoding noevents="true"></EventCoding>
        <Text>The parser fails here.</Text>
        </Sentence>
        <Sentence date="20050301" id="SKIP-01" category="PRAISE" sentence="false">
        <EventCoding noevents="true"></EventCoding>
        <Text>Gondor praised Arnor.</Text>
        </Sentence>
        <Sentence date="20050301" id="PARSE-01" category="PRAISE">
        <EventCoding error="bad_input_parse"></EventCoding>
        <Text>Gondor praised Arnor.</Text>
        </Sentence>
        """;

    /** "X praised Y." as CoreNLP parses it. */
    private static Sentence praised(String text) {
        String[] w = text.replace(".", "").split(" ");
        return new SentenceBuilder(text)
            .t(w[0], w[0], "NNP").t(w[1], "praise", "VBD").t(w[2], w[2].toLowerCase(), w[2].equals("them") ? "PRP" : "NNP")
            .t(".", ".", ".")
            .root(1).d(1, 0, "nsubj").d(1, 2, "obj").d(1, 3, "punct").build();
    }

    /** A parser that knows the suite's sentences and fails on "The parser fails here." */
    private static final SentenceParser PARSER = (Article a) -> {
        if (a.text().startsWith("The parser fails")) {
            throw new IllegalStateException("no parse");
        }
        return new ParsedDocument(a, List.of(praised(a.text())));
    };

    private static Map<String, RecordResult> run(Path dir) throws IOException {
        Files.writeString(dir.resolve("praise.verbs.txt"), VERBS);
        Files.writeString(dir.resolve("middle.actors.txt"), ACTORS);
        Path file = dir.resolve("praise.records.xml");
        Files.writeString(file, SUITE);
        ValidationSuite suite = ValidationSuite.read(file);
        Dictionaries d = ValidationRun.dictionariesFor(suite, Optional.empty());
        List<RecordResult> seen = new ArrayList<>();
        List<RecordResult> results = new ValidationRun(suite, d, PARSER, Optional.empty()).run(seen::add);
        assertThat(seen).isEqualTo(results);
        Map<String, RecordResult> byId = new LinkedHashMap<>();
        results.forEach(r -> byId.put(r.record().id(), r));
        return byId;
    }

    @Test
    void eachRecordGetsItsOutcome(@TempDir Path dir) throws IOException {
        Map<String, RecordResult> r = run(dir);
        assertThat(r.keySet()).containsExactly("PRAISE-01", "PRAISE-02", "ONESIDED-01", "ONESIDED-02", "CRASH-01",
            "SKIP-01", "PARSE-01");
        assertThat(r.get("PRAISE-01").outcome()).isEqualTo(Outcome.PASS);
        assertThat(r.get("PRAISE-01").coded()).containsExactly("GON-ARN:051");
        assertThat(r.get("PRAISE-01").events()).extracting(CodedEvent::rule)
            .containsExactly("praise.verbs.txt:2 PRAISE [051]");
        assertThat(r.get("PRAISE-02").outcome()).isEqualTo(Outcome.FAIL);
        assertThat(r.get("PRAISE-02").expected()).containsExactly("GON-ARN:051");
        assertThat(r.get("PRAISE-02").coded()).containsExactly("ARN-GON:051");
        assertThat(r.get("CRASH-01").outcome()).isEqualTo(Outcome.CRASH);
        assertThat(r.get("CRASH-01").crash()).contains("java.lang.IllegalStateException: no parse");
        assertThat(r.get("SKIP-01").outcome()).isEqualTo(Outcome.NOT_EVALUATED);
        assertThat(r.get("PARSE-01").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void eachRecordIsCodedWithTheOptionsInForceForIt(@TempDir Path dir) throws IOException {
        Map<String, RecordResult> r = run(dir);
        assertThat(r.get("ONESIDED-01").outcome()).isEqualTo(Outcome.PASS);
        assertThat(r.get("ONESIDED-01").coded()).isEmpty();
        assertThat(r.get("ONESIDED-02").outcome()).isEqualTo(Outcome.PASS);
        assertThat(r.get("ONESIDED-02").coded()).containsExactly("GON----:051");
    }

    @Test
    void aDictionaryTheEnvironmentNamesButCannotBeFoundIsAProblem(@TempDir Path dir) throws IOException {
        run(dir);
        ValidationSuite suite = ValidationSuite.read(dir.resolve("praise.records.xml"));
        Dictionaries d = ValidationRun.dictionariesFor(suite, Optional.empty());
        assertThat(d.problems()).extracting(DictionaryProblem::toString)
            .containsExactly("missing.agents.txt:0: not found in " + dir.toAbsolutePath());
        assertThat(d.actors().entries()).hasSize(2);
        Dictionaries elsewhere = ValidationRun.dictionariesFor(suite, Optional.of(dir.resolve("nowhere")));
        assertThat(elsewhere.problems()).hasSize(3);
    }

    @Test
    void tallyCountsEvaluatedRecordsPerCategoryAndInAll(@TempDir Path dir) throws IOException {
        List<ValidationRun.Tally> t = ValidationRun.tally(List.copyOf(run(dir).values()));
        // a crash counts as evaluated and not passed; NOT_EVALUATED and NOT_APPLICABLE are left out
        assertThat(t).containsExactly(
            new ValidationRun.Tally("ONESIDED", 2, 2),
            new ValidationRun.Tally("PRAISE", 3, 1),
            new ValidationRun.Tally("ALL", 5, 3));
        assertThat(t.get(2).rate()).isEqualTo(0.6);
    }

    @Test
    void anEmptyTallyHasAnAllRowWithRateZero() {
        assertThat(ValidationRun.tally(List.of())).containsExactly(new ValidationRun.Tally("ALL", 0, 0));
        assertThat(new ValidationRun.Tally("ALL", 0, 0).rate()).isZero();
    }

    @Test
    void tallyOfHandMadeResults() {
        ValidationSuite.Record a = record("A-1", "A");
        ValidationSuite.Record b = record("B-1", "B");
        List<RecordResult> results = List.of(result(a, Outcome.PASS), result(a, Outcome.FAIL), result(b, Outcome.PASS),
            result(b, Outcome.NOT_EVALUATED), result(b, Outcome.NOT_APPLICABLE), result(b, Outcome.CRASH));
        assertThat(ValidationRun.tally(results)).containsExactly(new ValidationRun.Tally("A", 2, 1),
            new ValidationRun.Tally("B", 2, 1), new ValidationRun.Tally("ALL", 4, 2));
    }

    private static ValidationSuite.Record record(String id, String category) {
        return new ValidationSuite.Record(id, category, LocalDate.of(2005, 3, 1), true, true, "text", List.of(),
            Optional.empty(), CodingOptions.defaults(), 1);
    }

    private static RecordResult result(ValidationSuite.Record r, Outcome o) {
        return new RecordResult(r, o, Set.of(), Set.of(), List.of(), Map.of(), r.id(), Optional.empty(),
            Optional.empty());
    }
}
