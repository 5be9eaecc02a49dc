package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dyad eval petrarch} in-process, with the real pipeline, on a tiny validation file of our own. */
class EvalCommandTest {
    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static final String VERBS = """
        --- PRAISE [051] ---
        PRAISE

        --- VISIT [042:043] ---
        VISIT
        """;

    static final String ACTORS = """
        GONDOR_ [GON]
        ARNOR_ [ARN]
        ROHAN_ [ROH]
        """;

    static final String AGENTS = """
        STEWARD [~GOV]
        """;

    /** Seven records: five evaluated, of which VISIT-02 expects the wrong direction on purpose. */
    static final String SUITE = """
        <Validation>
        <Environment>
            <Verbfile>middle.verbs.txt</Verbfile>
            <Actorfile>middle.actors.txt</Actorfile>
            <Agentfile>AGENTFILE</Agentfile>
            <Include>PRAISE VISIT</Include>
        </Environment>
        <Sentences>
        <Sentence date="20050301" id="PRAISE-01" category="PRAISE">
        <EventCoding sourcecode="GON" targetcode="ARN" eventcode="051"></EventCoding>
        <Text>Gondor praised Arnor.</Text>
        </Sentence>
        <Sentence date="20050301" id="PRAISE-02" category="PRAISE">
        <EventCoding sourcecode="GONGOV" targetcode="ARN" eventcode="051"></EventCoding>
        <Text>The steward of Gondor praised Arnor.</Text>
        </Sentence>
        <Sentence date="20050301" id="PRAISE-03" category="PRAISE">
        <EventCoding noevents="true"></EventCoding>
        <Text>Gondor praised the treaty.</Text>
        </Sentence>
        <Sentence date="20050302" id="VISIT-01" category="VISIT">
        <EventCoding sourcecode="GON" targetcode="ARN" eventcode="042"></EventCoding>
        <EventCoding sourcecode="ARN" targetcode="GON" eventcode="043"></EventCoding>
        <Text>Gondor visited Arnor.</Text>
        </Sentence>
        <!-- expected the wrong way round, so that the record fails -->
        <Sentence date="20050302" id="VISIT-02" category="VISIT">
        <EventCoding sourcecode="GON" targetcode="ROH" eventcode="042"></EventCoding>
        <EventCoding sourcecode="ROH" targetcode="GON" eventcode="043"></EventCoding>
        <Text>Rohan visited Gondor.</Text>
        </Sentence>
        <Sentence date="20050303" id="DATELINE-01" category="PRAISE" sentence="false">
        <EventCoding noevents="true"></EventCoding>
        <Text>MINAS TIRITH, March 3</Text>
        </Sentence>
        <Sentence date="20050303" id="OTHER-01" category="OTHER">
        <EventCoding sourcecode="ROH" targetcode="ARN" eventcode="051"></EventCoding>
        <Text>Rohan praised Arnor.</Text>
        </Sentence>
        </Sentences>
        </Validation>
        """;

    /** The suite and its dictionaries in {@code dir}; the suite names {@code agentFile} as its agents. */
    static Path suite(Path dir, String agentFile) throws IOException {
        Files.writeString(dir.resolve("middle.verbs.txt"), VERBS);
        Files.writeString(dir.resolve("middle.actors.txt"), ACTORS);
        Files.writeString(dir.resolve("middle.agents.txt"), AGENTS);
        Path file = dir.resolve("middle.records.xml");
        Files.writeString(file, SUITE.replace("AGENTFILE", agentFile));
        return file;
    }

    /** The rows of the printed table by category: evaluated, passed, rate. */
    static Map<String, List<String>> table(String out) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : out.split("\n")) {
            List<String> cells = List.of(line.strip().split("\\s+"));
            if (cells.equals(List.of("category", "evaluated", "passed", "rate"))) {
                inTable = true;
            } else if (inTable && cells.size() == 4) {
                rows.put(cells.get(0), cells.subList(1, 4));
            }
        }
        return rows;
    }

    @Test
    void printsPassRatesPerCategoryAndExitsZero(@TempDir Path dir) throws IOException {
        Run r = run("eval", "petrarch", suite(dir, "middle.agents.txt").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("middle.records.xml: 7 records; 2 not evaluated");
        Map<String, List<String>> rows = table(r.out());
        assertThat(rows.keySet()).containsExactly("PRAISE", "VISIT", "ALL");
        assertThat(rows.get("PRAISE").subList(0, 2)).containsExactly("3", "3");
        assertThat(rows.get("PRAISE").get(2)).matches("100[.,]0%");
        assertThat(rows.get("VISIT").subList(0, 2)).containsExactly("2", "1");
        assertThat(rows.get("VISIT").get(2)).matches("50[.,]0%");
        assertThat(rows.get("ALL").subList(0, 2)).containsExactly("5", "4");
        assertThat(rows.get("ALL").get(2)).matches("80[.,]0%");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void minPassAboveTheRateExitsOne(@TempDir Path dir) throws IOException {
        Path file = suite(dir, "middle.agents.txt");
        Run strict = run("eval", "petrarch", file.toString(), "--min-pass", "1.0");
        assertThat(strict.exit()).isEqualTo(1);
        assertThat(strict.err()).contains("pass rate").contains("below --min-pass");
        Run lenient = run("eval", "petrarch", file.toString(), "--min-pass", "0.8");
        assertThat(lenient.exit()).as(lenient.err()).isZero();
    }

    @Test
    void verboseShowsTheFailingRecordWithWhatWasCoded(@TempDir Path dir) throws IOException {
        Run r = run("eval", "petrarch", suite(dir, "middle.agents.txt").toString(), "-v");
        assertThat(r.exit()).isZero();
        List<String> fails = r.out().lines().filter(l -> l.startsWith("FAIL")).toList();
        assertThat(fails).hasSize(1);
        assertThat(fails.get(0)).contains("VISIT-02").contains("GON-ROH:042");
        assertThat(r.out()).contains("ROH-GON:042").contains("middle.verbs.txt:5 VISIT [042:043]");
    }

    @Test
    void outWritesOneJsonLinePerRecordWithDesignShapedEvents(@TempDir Path dir) throws IOException {
        Path results = dir.resolve("results.jsonl");
        Run r = run("eval", "petrarch", suite(dir, "middle.agents.txt").toString(), "--out", results.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(results)) {
            lines.add(new ObjectMapper().readTree(line));
        }
        assertThat(lines).extracting(n -> n.get("id").asText()).containsExactly("PRAISE-01", "PRAISE-02",
            "PRAISE-03", "VISIT-01", "VISIT-02", "DATELINE-01", "OTHER-01");
        assertThat(lines).extracting(n -> n.get("outcome").asText()).containsExactly("pass", "pass", "pass", "pass",
            "fail", "not_evaluated", "not_evaluated");

        JsonNode praise = lines.get(0);
        assertThat(praise.get("category").asText()).isEqualTo("PRAISE");
        assertThat(praise.get("expected")).hasSize(1);
        assertThat(praise.at("/expected/0/source").asText()).isEqualTo("GON");
        assertThat(praise.at("/expected/0/target").asText()).isEqualTo("ARN");
        assertThat(praise.at("/expected/0/code").asText()).isEqualTo("051");
        assertThat(praise.get("events")).hasSize(1);
        JsonNode e = praise.at("/events/0");
        assertThat(e.get("event_id").asText()).isNotBlank().startsWith("PRAISE-01-");
        assertThat(e.at("/source/code").asText()).isEqualTo("GON");
        assertThat(e.at("/target/code").asText()).isEqualTo("ARN");
        assertThat(e.get("cameo").asText()).isEqualTo("051");
        assertThat(e.get("cameo_root").asText()).isEqualTo("05");
        assertThat(e.at("/evidence/trigger").asText()).isEqualTo("praised");
        assertThat(e.at("/evidence/text").asText()).isEqualTo("Gondor praised Arnor.");
        assertThat(e.get("rule").asText()).isEqualTo("middle.verbs.txt:2 PRAISE [051]");
        assertThat(e.get("date").asText()).isEqualTo("2005-03-01");

        assertThat(lines.get(1).at("/events/0/source/code").asText()).isEqualTo("GONGOV");
        assertThat(lines.get(2).get("expected")).isEmpty();
        assertThat(lines.get(2).get("events")).isEmpty();
        assertThat(lines.get(3).get("events")).extracting(n -> n.get("cameo").asText()).containsExactly("042", "043");
        assertThat(lines.get(4).get("events")).extracting(n -> n.at("/source/code").asText() + "-"
            + n.at("/target/code").asText() + ":" + n.get("cameo").asText()).containsExactly("ROH-GON:042",
            "GON-ROH:043");
        assertThat(lines.get(6).get("events")).isEmpty();
    }

    @Test
    void recordRunsOnlyTheNamedRecords(@TempDir Path dir) throws IOException {
        Run r = run("eval", "petrarch", suite(dir, "middle.agents.txt").toString(), "--record", "VISIT-02",
            "--record", "PRAISE-01");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("middle.records.xml: 2 records;");
        assertThat(table(r.out()).get("ALL").subList(0, 2)).containsExactly("2", "1");
    }

    @Test
    void aMissingDictionaryFileIsReportedNotACrash(@TempDir Path dir) throws IOException {
        Run r = run("eval", "petrarch", suite(dir, "missing.agents.txt").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("dyad: dictionary missing.agents.txt:0: not found in");
        // without the agents, the steward of Gondor is just Gondor, and that record fails
        Map<String, List<String>> rows = table(r.out());
        assertThat(rows.get("PRAISE").subList(0, 2)).containsExactly("3", "2");
    }

    @Test
    void aMissingValidationFileIsAnInputError(@TempDir Path dir) {
        Run r = run("eval", "petrarch", dir.resolve("nothing.xml").toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(r.err()).contains("nothing.xml: no such file");
    }
}
