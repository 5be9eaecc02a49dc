package org.dyad.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a PETRARCH validation file leniently: environment, records, options between them. */
class ValidationSuiteTest {
    /**
     * A validation file of our own, not well-formed XML on purpose: a comment with {@code --} in it, a bare
     * {@code &} in a text, a commented-out record that must not be read, a record without a text.
     */
    static final String SUITE = """
        <Validation>
        <!-- Middle-earth records -- written for these tests; not well-formed XML -->
        <Environment>
            <Verbfile>middle.verbs.txt</Verbfile>
            <Actorfile>middle.actors.txt</Actorfile>
            <Actorfile>more.actors.txt</Actorfile>
            <Agentfile>middle.agents.txt</Agentfile>
            <Include>BASIC DISCARD</Include>
            <Config option="new_actor_length" value="3"></Config>
            <Config option="stop_on_error" value="True"></Config>
        </Environment>
        <Sentences>

        <Sentence date="20050301" id="BASIC-01" category="BASIC" sentence="true">
        <EventCoding sourcecode="GON" targetcode="ARN" eventcode="042"></EventCoding>
        <EventCoding sourcecode="ARN" targetcode="GON" eventcode="043"></EventCoding>
        <Text>
        The steward of Gondor rode to Arnor &amp; Rohan
           in the spring.
        </Text>
        <Parse>(ROOT (S (NP (NNP Gondor))))</Parse>
        </Sentence>

        <Sentence date="20050302" id="BASIC-02" category="BASIC" sentence="true">
        <EventCoding noevents="True"></EventCoding>
        <Text>The rain fell on Bree & the Shire all week.</Text>
        </Sentence>

        <!--
        <Sentence date="20050303" id="COMMENTED-OUT" category="BASIC" sentence="true">
        <Text>Nobody reads this record.</Text>
        </Sentence>
        -->

        <Sentence date="20050304" id="DISCARD-01" category="DISCARD" sentence="true">
        <EventCoding error="storydiscard"></EventCoding>
        <Text>The Bree town gossip says Gondor and Rohan quarrelled.</Text>
        </Sentence>

        <Sentence date="20050305" id="BASIC-03" category="BASIC" sentence="true" evaluate="false">
        <EventCoding sourcecode="ROH" targetcode="MOR" eventcode="190"></EventCoding>
        <Text>Rohan fought Mordor at the fords.</Text>
        </Sentence>

        <Sentence date="20050306" id="BASIC-04" category="BASIC" sentence="false">
        <EventCoding noevents="True"></EventCoding>
        <Text>MINAS TIRITH, March 6</Text>
        </Sentence>

        <Sentence date="20050307" id="OTHER-01" category="OTHER" sentence="true">
        <EventCoding sourcecode="ARN" targetcode="ROH" eventcode="051"></EventCoding>
        <Text>Arnor praised Rohan.</Text>
        </Sentence>

        <Config option="require_dyad" value="false"></Config>

        <Sentence date="20050308" id="NOTEXT-01" category="BASIC" sentence="true">
        <EventCoding sourcecode="GON" targetcode="---" eventcode="010"></EventCoding>
        </Sentence>

        <Sentence date="20050309" id="BASIC-05" category="BASIC" sentence="true">
        <EventCoding sourcecode="GON" targetcode="---" eventcode="010"></EventCoding>
        <Text>Gondor spoke.</Text>
        </Sentence>

        </Sentences>
        </Validation>
        """;

    @TempDir
    Path dir;
    private ValidationSuite suite;

    @BeforeEach
    void read() throws IOException {
        Path f = dir.resolve("middle.records.xml");
        Files.writeString(f, SUITE, StandardCharsets.UTF_8);
        suite = ValidationSuite.read(f);
    }

    private ValidationSuite.Record record(String id) {
        return suite.records().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    /** The 1-based line of the first line of {@link #SUITE} containing {@code s}. */
    private static int lineOf(String s) {
        List<String> lines = SUITE.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(s)) {
                return i + 1;
            }
        }
        throw new AssertionError(s);
    }

    @Test
    void environmentNamesTheFilesAndSeveralActorFilesAreJoined() {
        assertThat(suite.environment()).containsEntry("Verbfile", "middle.verbs.txt")
            .containsEntry("Actorfile", "middle.actors.txt,more.actors.txt")
            .containsEntry("Agentfile", "middle.agents.txt");
        assertThat(suite.include()).containsExactly("BASIC", "DISCARD");
    }

    @Test
    void recordsAreReadInFileOrderAndCommentedOutOnesAreNot() {
        assertThat(suite.records()).extracting(ValidationSuite.Record::id)
            .containsExactly("BASIC-01", "BASIC-02", "DISCARD-01", "BASIC-03", "BASIC-04", "OTHER-01", "BASIC-05");
    }

    @Test
    void aRecordHasItsExpectedEventsDateCategoryAndLine() {
        ValidationSuite.Record r = record("BASIC-01");
        assertThat(r.expected()).containsExactly(new ValidationSuite.Expected("GON", "ARN", "042"),
            new ValidationSuite.Expected("ARN", "GON", "043"));
        assertThat(r.expected()).extracting(ValidationSuite.Expected::triple)
            .containsExactly("GON-ARN:042", "ARN-GON:043");
        assertThat(r.date()).isEqualTo(LocalDate.of(2005, 3, 1));
        assertThat(r.category()).isEqualTo("BASIC");
        assertThat(r.line()).isEqualTo(lineOf("id=\"BASIC-01\""));
        assertThat(r.error()).isEmpty();
    }

    @Test
    void textIsUnescapedAndItsWhitespaceCollapsed() {
        assertThat(record("BASIC-01").text()).isEqualTo("The steward of Gondor rode to Arnor & Rohan in the spring.");
        assertThat(record("BASIC-02").text()).isEqualTo("The rain fell on Bree & the Shire all week.");
    }

    @Test
    void noeventsAndErrorsExpectNoEvents() {
        assertThat(record("BASIC-02").expected()).isEmpty();
        assertThat(record("BASIC-02").error()).isEmpty();
        assertThat(record("DISCARD-01").expected()).isEmpty();
        assertThat(record("DISCARD-01").error()).contains("storydiscard");
    }

    @Test
    void evaluateFalseSentenceFalseAndCategoriesOutsideIncludeAreNotEvaluated() {
        assertThat(record("BASIC-03").evaluate()).isFalse();
        assertThat(record("BASIC-03").sentence()).isTrue();
        assertThat(record("BASIC-04").sentence()).isFalse();
        assertThat(record("BASIC-04").evaluate()).isTrue();
        assertThat(suite.records()).filteredOn(suite::evaluated).extracting(ValidationSuite.Record::id)
            .containsExactly("BASIC-01", "BASIC-02", "DISCARD-01", "BASIC-05");
    }

    @Test
    void configBetweenRecordsChangesTheOptionsOfTheRecordsAfterIt() {
        assertThat(record("OTHER-01").options().requireDyad()).isTrue();
        assertThat(record("BASIC-05").options().requireDyad()).isFalse();
        // the environment's Config holds for every record; options about running PETRARCH are ignored
        assertThat(suite.records()).allSatisfy(r -> assertThat(r.options().newActorLength()).isEqualTo(3));
        assertThat(record("OTHER-01").options())
            .isEqualTo(CodingOptions.defaults().withIdentifiedActor(true).with("new_actor_length", "3"));
    }

    @Test
    void aFileWithEvaluateAttributesIsCodedTheUniversalPetrarchWay() throws IOException {
        assertThat(record("BASIC-01").options().identifiedActor()).isTrue();
        Path plain = dir.resolve("plain.xml");
        Files.writeString(plain, """
            <Sentence date="20050301" id="P-01" category="BASIC">
            <Text>Gondor praised Arnor.</Text>
            </Sentence>
            """);
        assertThat(ValidationSuite.read(plain).records().get(0).options()).isEqualTo(CodingOptions.defaults());
    }

    @Test
    void aRecordWithoutTextIsAProblemWithFileAndLineAndTheOthersAreStillRead() {
        assertThat(suite.problems())
            .containsExactly("middle.records.xml:" + lineOf("id=\"NOTEXT-01\"") + ": record NOTEXT-01 has no <Text>");
        assertThat(record("BASIC-05").text()).isEqualTo("Gondor spoke.");
    }

    @Test
    void badRecordsAndConfigsAreProblemsNotCrashes() throws IOException {
        Path f = dir.resolve("bad.xml");
        Files.writeString(f, """
            <Sentence id="NODATE" category="BASIC">
            <Text>Gondor praised Arnor.</Text>
            </Sentence>
            <Config option="comma_max" value="many"></Config>
            <Config option="require_dyad"></Config>
            <Sentence date="20050301" id="GOOD" category="BASIC">
            <Text>Gondor praised Arnor.</Text>
            </Sentence>
            <Sentence date="20050301" id="OPEN" category="BASIC">
            <Text>Gondor praised Arnor.</Text>
            """);
        ValidationSuite s = ValidationSuite.read(f);
        assertThat(s.records()).extracting(ValidationSuite.Record::id).containsExactly("GOOD");
        assertThat(s.records().get(0).options()).isEqualTo(CodingOptions.defaults());
        assertThat(s.problems()).containsExactly(
            "bad.xml:1: record NODATE has no date=\"YYYYMMDD\"",
            "bad.xml:4: comma_max must be a whole number, not 'many'",
            "bad.xml:5: <Config> without option and value",
            "bad.xml:9: unclosed <Sentence>");
    }

    @Test
    void onlyKeepsTheGivenRecords() {
        ValidationSuite some = suite.only(Set.of("BASIC-05", "OTHER-01", "NO-SUCH-RECORD"));
        assertThat(some.records()).extracting(ValidationSuite.Record::id).containsExactly("OTHER-01", "BASIC-05");
        assertThat(some.include()).isEqualTo(suite.include());
        assertThat(some.problems()).isEqualTo(suite.problems());
    }
}
