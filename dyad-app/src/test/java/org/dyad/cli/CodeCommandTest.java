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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code dyad code} command end to end, in-process, with the real pipeline. */
class CodeCommandTest {
    private static final String AGREEMENT = Path.of("..", "examples", "agreement-2023-06-20.txt").toString();

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

    @Test
    void jsonlHasTheContractFields() throws IOException {
        Run r = run("code", AGREEMENT, "--format", "jsonl");
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            lines.add(new ObjectMapper().readTree(line));
        }
        assertThat(lines).isNotEmpty();
        for (JsonNode e : lines) {
            assertThat(e.fieldNames()).toIterable().contains("event_id", "doc_id", "sentence", "date", "source",
                    "target", "cameo", "cameo_root", "goldstein", "quad_class", "plover", "modality", "location",
                    "evidence", "rule");
            assertThat(e.get("doc_id").asText()).isEqualTo("agreement-2023-06-20");
            assertThat(e.at("/source/code").asText()).isNotEmpty();
            int start = e.at("/evidence/start").asInt();
            int end = e.at("/evidence/end").asInt();
            assertThat(end - start).isEqualTo(e.at("/evidence/text").asText().length());
        }
    }

    @Test
    void aMissingFileIsReportedByNameAndTheRestIsCoded(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.jsonl");
        Files.writeString(broken, "{\"id\": \"a1\", \"text\": \"Iran praised Iraq.\", \"date\": \"2024-05-02\"}\n{not json\n");
        Run r = run("code", dir.resolve("missing.txt").toString(), broken.toString(), AGREEMENT, "--format", "csv");
        assertThat(r.exit()).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(r.err()).contains("missing.txt").contains("broken.jsonl:2");
        assertThat(r.out()).startsWith("event_id,");
        assertThat(r.out()).contains("agreement-2023-06-20").contains("a1");
    }

    @Test
    void gdeltMentionsHaveSixteenColumnsOnEveryRow() {
        Run r = run("code", AGREEMENT, "--format", "gdelt-mentions");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> rows = r.out().lines().toList();
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            String[] cells = row.split("\t", -1);
            assertThat(cells).hasSize(16);
            assertThat(Long.parseLong(cells[0])).isPositive();
            assertThat(cells[3]).isEqualTo("2"); // no URL: a citation
            assertThat(Integer.parseInt(cells[6])).isPositive(); // SentenceID from 1
            assertThat(Integer.parseInt(cells[12])).isGreaterThan(100); // MentionDocLen
        });
    }

    @Test
    void petrarchWritesOneLinePerDistinctEventInPetrarch2sLayout() {
        Run r = run("code", AGREEMENT, "--format", "petrarch");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).isNotEmpty().doesNotHaveDuplicates().allSatisfy(l -> {
            String[] c = l.split("\t", -1);
            assertThat(c).hasSize(7);
            assertThat(c[0]).matches("\\d{8}");
            assertThat(c[3]).matches("\\d{2,4}");
            assertThat(c[5]).matches("(agreement-2023-06-20_\\d+;?)+");
            assertThat(c[6]).isEqualTo(AGREEMENT);
        });
        assertThat(lines).anyMatch(l -> l.contains("\t057\t"));
    }

    /** Our own two stories, in PETRARCH's XML input (one sentence by sentence, one whole) and as .txt files. */
    private static final String STORY_1 = "Armenia signed a trade agreement with Georgia on Tuesday.";
    private static final String STORY_2 = "Armenia praised Georgia for its help during the talks.";
    private static final String STORY_3 = "Georgia accused Armenia of closing the border crossing on Monday.";

    @Test
    void petrarchXmlGivesTheSameEventsAsTheSameTextsAsTxt(@TempDir Path dir) throws IOException {
        Path xml = dir.resolve("xml").resolve("corpus.xml");
        Files.createDirectories(xml.getParent());
        Files.writeString(xml, "<Sentences>\n"
                + "<Sentence date=\"20240514\" id=\"trade_1\" sentence=\"True\" source=\"Herald\">\n<Text>\n"
                + STORY_1 + "\n</Text>\n<Parse>(ROOT)</Parse>\n</Sentence>\n"
                + "<Sentence date=\"20240514\" id=\"trade_2\" sentence=\"True\" source=\"Herald\">\n<Text>"
                + STORY_2 + "</Text>\n</Sentence>\n"
                + "<Sentence date=\"20240603\" id=\"border\" sentence=\"False\">\n<Text>" + STORY_3
                + "</Text>\n</Sentence>\n</Sentences>\n");
        Path txt = dir.resolve("txt");
        Files.createDirectories(txt);
        Files.writeString(txt.resolve("trade.txt"), "Date: 2024-05-14\n\n" + STORY_1 + "\n" + STORY_2 + "\n");
        Files.writeString(txt.resolve("border.txt"), "Date: 2024-06-03\n\n" + STORY_3 + "\n");
        Run fromXml = run("code", xml.toString(), "--format", "jsonl", "--threads", "1");
        Run fromTxt = run("code", txt.toString(), "--format", "jsonl", "--threads", "1");
        assertThat(fromXml.exit()).as(fromXml.err()).isZero();
        assertThat(fromTxt.exit()).as(fromTxt.err()).isZero();
        List<String> a = events(fromXml.out());
        assertThat(a).hasSizeGreaterThanOrEqualTo(3);
        assertThat(a).anyMatch(e -> e.startsWith("trade 0 2024-05-1")).anyMatch(e -> e.startsWith("border 0 2024-06-0"));
        assertThat(a).containsExactlyInAnyOrderElementsOf(events(fromTxt.out()));
    }

    /** Each event as "article sentence date source target cameo modality evidence-span". */
    private static List<String> events(String jsonl) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : jsonl.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode e = new ObjectMapper().readTree(line);
            out.add(String.join(" ", e.get("doc_id").asText(), e.get("sentence").asText(), e.get("date").asText(),
                    e.at("/source/code").asText(), e.at("/target/code").asText(), e.get("cameo").asText(),
                    e.get("modality").toString(), e.at("/evidence/text").asText()));
        }
        return out;
    }

    @Test
    void anEmptyDateExitsZeroAndItsEventsAreUndated(@TempDir Path dir) throws IOException {
        Path in = Files.writeString(dir.resolve("e.jsonl"),
                "{\"id\": \"e1\", \"text\": \"Iran praised Iraq. Turkey criticised Syria.\", \"date\": \"\"}\n");
        Run r = run("code", in.toString(), "--format", "jsonl");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().lines()).isNotEmpty().allSatisfy(line -> {
            JsonNode e = new ObjectMapper().readTree(line);
            assertThat(e.get("date").isNull()).isTrue();
            assertThat(e.get("date_precision").asText()).isEqualTo("none");
        });
    }

    @Test
    void warningsDoNotChangeTheExitCode(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("b.jsonl"),
                "{\"id\": \"b1\", \"text\": \"Iran praised Iraq.\", \"date\": \"2022-13-45\"}\n");
        Path latin = dir.resolve("latin.txt");
        Files.write(latin, new byte[] {'I', 'r', 'a', 'n', ' ', 'p', 'r', 'a', 'i', 's', 'e', 'd', ' ', 'I', 'r', 'a',
            'q', (byte) 0x92, 's', ' ', 'l', 'e', 'a', 'd', 'e', 'r', '.'});
        Run r = run("code", bad.toString(), latin.toString(), "--format", "jsonl");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("dyad: warning: " + bad + ":1: unreadable date \"2022-13-45\"")
                .contains("dyad: warning: " + latin + ": not valid UTF-8").contains("byte offset 17");
        assertThat(r.out()).contains("\"doc_id\":\"latin\"");
    }

    @Test
    void aTwentyMegabyteArticleBesideAGoodOneIsRefusedBeforeParsingAndTheGoodOneIsCoded(@TempDir Path dir)
            throws IOException {
        Path big = dir.resolve("big.txt");
        byte[] filler = "Iran praised Iraq and Turkey criticised Syria, ".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(big)) {
            for (long n = 0; n < 20L * 1024 * 1024; n += filler.length) {
                out.write(filler);
            }
        }
        Run r = run("code", big.toString(), AGREEMENT, "--format", "jsonl");
        assertThat(r.exit()).isEqualTo(ExitCodes.INPUT_ERRORS);
        // refused by the reader on its size: never decoded, never parsed
        assertThat(r.err()).contains("dyad: " + big + ": 20,971,5").contains("--max-chars").contains("not read");
        assertThat(r.out()).contains("agreement-2023-06-20").doesNotContain("\"doc_id\":\"big\"");
    }

    @Test
    void aLongSentenceIsSplitWithAWarningAndItsEvidenceIsCapped(@TempDir Path dir) throws IOException {
        String clause = "Iran praised Iraq, Turkey criticised Syria; Egypt accused Jordan: ";
        Path in = Files.writeString(dir.resolve("run-on.txt"), clause.repeat(60) + "and that was all.");
        Run r = run("code", in.toString(), "--format", "jsonl", "--max-sentence-tokens", "60");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("dyad: warning: run-on: sentence 1").contains("--max-sentence-tokens");
        assertThat(r.out().lines()).isNotEmpty().allSatisfy(line ->
                assertThat(new ObjectMapper().readTree(line).at("/evidence/text").asText()).hasSizeLessThanOrEqualTo(400));
    }

    @Test
    void unknownFormatIsAUsageError() {
        Run r = run("code", AGREEMENT, "--format", "xml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown format 'xml'");
    }

    // ------------------------------------------------------------------ --coder petrarch with dictionaries

    /** An article for the PETRARCH coder: a verb and two actors the default dictionaries do not know. */
    private static final String MIDDLE_EARTH = """
            {"id": "me1", "text": "Gondor befriended Arnor. Gondor praised Arnor.", "date": "2005-03-01"}
            {"id": "me2", "text": "Gondor befriended the wizards.", "date": "2005-03-02"}
            """;

    /**
     * A folder of PETRARCH-format dictionaries of our own: two actors and a verb in PETRARCH2 syntax (its
     * pattern groups a phrase), with a bad line 3 in the actors file.
     */
    private static Path middleEarth(Path dir) throws IOException {
        Path d = Files.createDirectories(dir.resolve("dicts"));
        Files.writeString(d.resolve("middle.actors.txt"), """
                GONDOR_ [GON]
                ARNOR_ [ARN]
                RADAGAST [WIZ
                """);
        Files.writeString(d.resolve("middle.verbs.txt"), """
                --- BEFRIEND [050] ---
                BEFRIEND
                - * + (WITH {GIFTS}) [057]
                """);
        return d;
    }

    private static List<JsonNode> events(Run r) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            if (!line.isBlank()) {
                out.add(new ObjectMapper().readTree(line));
            }
        }
        return out;
    }

    private static String triple(JsonNode e) {
        String target = e.get("target").isNull() ? "---" : e.at("/target/code").asText();
        return e.get("doc_id").asText() + " " + e.at("/source/code").asText() + "-" + target + ":"
                + e.get("cameo").asText();
    }

    @Test
    void dictionariesFromAFolderExtendTheDefaults(@TempDir Path dir) throws IOException {
        Path input = Files.writeString(dir.resolve("middle-earth.jsonl"), MIDDLE_EARTH);
        Path dicts = middleEarth(dir);

        Run defaults = run("code", input.toString(), "--format", "jsonl", "--coder", "petrarch");
        assertThat(defaults.exit()).as(defaults.err()).isZero();
        assertThat(events(defaults)).extracting(CodeCommandTest::triple).noneMatch(t -> t.contains("GON"));

        Run r = run("code", input.toString(), "--format", "jsonl", "--dictionaries", dicts.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> events = events(r);
        assertThat(events).extracting(CodeCommandTest::triple).containsExactly("me1 GON-ARN:050", "me1 GON-ARN:051");
        // the new verb from the folder, the old one from the defaults
        assertThat(events.get(0).get("rule").asText()).isEqualTo("middle.verbs.txt:2 BEFRIEND [050]");
        assertThat(events.get(1).get("rule").asText()).startsWith("CAMEO.2.0.txt:");
        assertThat(events.get(0).at("/evidence/trigger").asText()).isEqualTo("befriended");
        // the bad line is reported by file and line, and skipped
        assertThat(r.err()).contains("dyad: warning: dictionary middle.actors.txt:3:");
    }

    @Test
    void aPetrarchConfigNamesTheDictionariesAndTheOptions(@TempDir Path dir) throws IOException {
        Path input = Files.writeString(dir.resolve("middle-earth.jsonl"), MIDDLE_EARTH);
        middleEarth(dir);
        Path ini = Files.writeString(dir.resolve("PETR_config.ini"), """
                [Dictionaries]
                verbfile_name = dicts/middle.verbs.txt
                actorfile_list = dicts/middle.actors.txt
                [Options]
                require_dyad = false
                """);
        Run r = run("code", input.toString(), "--format", "jsonl", "--petrarch-config", ini.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> events = events(r);
        // require_dyad = false: befriending someone no dictionary knows is still an event, with no target
        assertThat(events).extracting(CodeCommandTest::triple).contains("me1 GON-ARN:050", "me2 GON----:050");
        JsonNode oneSided = events.stream().filter(e -> e.get("doc_id").asText().equals("me2")).findFirst()
                .orElseThrow();
        assertThat(oneSided.get("target").isNull()).isTrue();

        // the same dictionaries without the config's options: no one-sided event
        Run dyadic = run("code", input.toString(), "--format", "jsonl", "--dictionaries",
                dir.resolve("dicts").toString());
        assertThat(events(dyadic)).extracting(CodeCommandTest::triple).noneMatch(t -> t.startsWith("me2"));
    }

    @Test
    void dictionariesWithTheDyadCoderIsAUsageError(@TempDir Path dir) throws IOException {
        Path input = Files.writeString(dir.resolve("middle-earth.jsonl"), MIDDLE_EARTH);
        Run r = run("code", input.toString(), "--coder", "dyad", "--dictionaries", middleEarth(dir).toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--dictionaries and --petrarch-config need --coder petrarch");
        assertThat(r.out()).isEmpty();
        Run config = run("code", input.toString(), "--coder", "dyad", "--petrarch-config", "PETR_config.ini");
        assertThat(config.exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aMissingDictionaryFolderIsAUsageError(@TempDir Path dir) throws IOException {
        Path input = Files.writeString(dir.resolve("middle-earth.jsonl"), MIDDLE_EARTH);
        Run r = run("code", input.toString(), "--dictionaries", dir.resolve("nowhere").toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("no such folder");
    }
}
