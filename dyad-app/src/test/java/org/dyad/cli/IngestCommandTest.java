package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.cli.StoreCorpus.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.cli.StoreCorpus.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad ingest} end to end with the real pipeline and a real DuckDB file. */
class IngestCommandTest {
    private static final String TOTALS = "5 articles, 9 mentions, 6 events, 4 actors";

    @TempDir Path dir;

    private Run ingest(Path db, String... inputs) {
        List<String> args = new ArrayList<>(List.of("ingest", "--db", db.toString(), "--progress", "none"));
        args.addAll(List.of(inputs));
        return run(args.toArray(String[]::new));
    }

    private static List<JsonNode> events(Path db) throws IOException {
        Run r = run("export", "--db", db.toString(), "--format", "jsonl");
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> out = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            out.add(new ObjectMapper().readTree(line));
        }
        return out;
    }

    @Test
    void oneSigningToldFourTimesInThreeArticlesIsOneEvent() throws IOException {
        Path db = dir.resolve("s.duckdb");
        Run r = ingest(db, StoreCorpus.write(dir).toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("5 articles read; 5 stored").contains(TOTALS);
        List<JsonNode> events = events(db);
        assertThat(events).hasSize(6);
        JsonNode signing = events.stream().filter(e -> e.get("cameo").asText().equals("057")).findFirst().orElseThrow();
        assertThat(signing.get("date").asText()).isEqualTo("2024-03-12");
        assertThat(signing.at("/source/code").asText()).isEqualTo("KAZ");
        assertThat(signing.at("/target/code").asText()).isEqualTo("UZB");
        // mentions: steppe-1 twice, steppe-2 and river-1; articles: 3; sources: Steppe Daily and riverpost.example
        assertThat(signing.get("num_mentions").asInt()).isEqualTo(4);
        assertThat(signing.get("num_articles").asInt()).isEqualTo(3);
        assertThat(signing.get("num_sources").asInt()).isEqualTo(2);
        List<String> mentions = new ArrayList<>();
        signing.get("mentions").forEach(m -> mentions.add(m.get("doc_id").asText() + ":" + m.get("sentence").asInt()));
        assertThat(mentions).containsExactly("steppe-1:0", "steppe-1:2", "river-1:0", "steppe-2:1");
        assertThat(signing.get("mentions")).allSatisfy(m ->
                assertThat(m.at("/evidence/text").asText()).contains("signed").contains("Uzbekistan"));
    }

    @Test
    void ingestingTwiceStoresNothingTwice() {
        Path db = dir.resolve("s.duckdb");
        Path corpus = StoreCorpus.write(dir);
        assertThat(ingest(db, corpus.toString()).out()).contains(TOTALS);
        Run again = ingest(db, corpus.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("0 stored").contains("5 unchanged and skipped").contains(TOTALS);
    }

    @Test
    void theSameTextUnderANewIdReplacesTheOldArticle() throws IOException {
        Path db = dir.resolve("s.duckdb");
        ingest(db, StoreCorpus.write(dir).toString());
        Path copy = dir.resolve("copy.jsonl");
        Files.writeString(copy, "{\"id\": \"river-1-again\", \"date\": \"2024-03-13\", \"source\": \"River Post\", "
                + "\"url\": \"https://www.riverpost.example/2024/03/13/water\", \"text\": \"Kazakhstan signed a "
                + "water-sharing agreement with Uzbekistan on Tuesday. Kyrgyzstan criticized Uzbekistan on Wednesday "
                + "for leaving it out of the talks.\"}\n");
        Run r = ingest(db, copy.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 stored (1 of them replacing an earlier version)").contains(TOTALS);
        JsonNode signing = events(db).stream().filter(e -> e.get("cameo").asText().equals("057")).findFirst()
                .orElseThrow();
        assertThat(signing.get("num_mentions").asInt()).isEqualTo(4);
        assertThat(signing.get("mentions").toString()).contains("river-1-again").doesNotContain("\"river-1\"");
    }

    @Test
    void ofTwoArticlesWithOneTextInOneRunTheLaterIsStoredEveryTime() throws IOException {
        Path db = dir.resolve("s.duckdb");
        Path twins = dir.resolve("twins.jsonl");
        String text = "Chile praised Peru on Monday for its help after the floods.";
        Files.writeString(twins, "{\"id\": \"first\", \"date\": \"2024-06-04\", \"text\": \"" + text + "\"}\n"
                + "{\"id\": \"second\", \"date\": \"2024-06-04\", \"text\": \"" + text + "\"}\n");
        for (int run = 0; run < 2; run++) {
            Run r = ingest(db, twins.toString());
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("1 articles skipped: a later article of this batch has the same text")
                    .contains("store " + db + ": 1 articles");
            assertThat(r.out()).contains(run == 0 ? "1 stored" : "1 unchanged");
        }
        assertThat(run("query", "events", "--db", db.toString(), "--format", "csv").out()).contains(",second,");
    }

    @Test
    void badInputsAreNamedAndEverythingElseIsStored() throws IOException {
        Path db = dir.resolve("s.duckdb");
        Path broken = dir.resolve("broken.jsonl");
        Files.writeString(broken, "{\"id\": \"ok\", \"text\": \"Iran praised Iraq on Monday.\", \"date\": \"2024-05-02\"}\n"
                + "{not json\n");
        Path big = dir.resolve("big.txt");
        Files.writeString(big, "Iran praised Iraq. ".repeat(100));
        Run r = run("ingest", "--db", db.toString(), "--progress", "none", "--max-chars", "1000",
                dir.resolve("missing.txt").toString(), broken.toString(), big.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(r.err()).contains("missing.txt").contains("broken.jsonl:2").contains("big")
                .contains("more than the limit of 1,000 (--max-chars)");
        assertThat(r.out()).contains("1 stored").contains("3 errors").contains("store " + db + ": 1 articles");
    }

    @Test
    void articlesWithoutADateAreStoredAndExportedUndated() throws IOException {
        Path db = dir.resolve("u.duckdb");
        Path in = dir.resolve("undated.jsonl");
        Files.writeString(in, "{\"id\": \"u1\", \"text\": \"Kazakhstan signed an agreement with Uzbekistan.\", "
                + "\"date\": \"\"}\n{\"id\": \"u2\", \"text\": \"Kyrgyzstan criticised Tajikistan.\", "
                + "\"date\": \"2022-13-45\"}\n");
        Path page = dir.resolve("page.html");
        Files.writeString(page, "<html><body><p>Uzbekistan praised Kazakhstan.</p></body></html>");
        Run r = ingest(db, in.toString(), page.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("dyad: warning: " + in + ":2: unreadable date \"2022-13-45\"")
                .doesNotContain(in + ":1");
        List<JsonNode> events = events(db);
        assertThat(events).hasSizeGreaterThanOrEqualTo(3).allSatisfy(e -> {
            assertThat(e.get("date").isNull()).as(e.toString()).isTrue();
            assertThat(e.get("date_precision").asText()).isEqualTo("none");
        });
        // the day of the run appears only as the day the article was added, never as an event date
        Run csv = run("export", "--db", db.toString(), "--format", "csv");
        assertThat(csv.out().lines().skip(1)).isNotEmpty().allSatisfy(l -> assertThat(l).containsPattern("^\\d+,,none,"));
        Run gdelt = run("export", "--db", db.toString(), "--format", "gdelt");
        assertThat(gdelt.out().lines()).isNotEmpty().allSatisfy(l -> assertThat(l).containsPattern("^\\d+\t\t\t\t\t"));
        Run plover = run("export", "--db", db.toString(), "--format", "plover");
        assertThat(plover.out().lines()).allSatisfy(l -> assertThat(l).contains("\"date\":null"));
        Run mentions = run("export", "--db", db.toString(), "--format", "jsonl", "--mentions");
        assertThat(mentions.out().lines()).allSatisfy(l -> assertThat(l).contains("\"date\":null"));
        Run query = run("query", "events", "--db", db.toString(), "--format", "json");
        assertThat(query.exit()).isZero();
        assertThat(new ObjectMapper().readTree(query.out())).hasSize(events.size());
    }

    @Test
    void aCorruptAndATruncatedStoreGiveTheSameExitCode() throws IOException {
        Path good = dir.resolve("good.duckdb");
        assertThat(ingest(good, StoreCorpus.write(dir).toString()).exit()).isZero();
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("truncated.duckdb"), java.util.Arrays.copyOf(bytes, bytes.length / 3));
        byte[] garbage = bytes.clone();
        for (int i = 0; i < garbage.length; i += 7) {
            garbage[i] = (byte) (garbage[i] ^ 0x5A);
        }
        Path corrupt = Files.write(dir.resolve("corrupt.duckdb"), garbage);
        Path text = Files.writeString(dir.resolve("text.duckdb"), "not a database at all");
        for (Path db : List.of(truncated, corrupt, text)) {
            for (String[] args : List.of(new String[] {"export", "--db", db.toString()},
                    new String[] {"query", "actors", "--db", db.toString()})) {
                Run r = run(args);
                assertThat(r.exit()).as(db + " " + args[0] + ": " + r.err()).isEqualTo(ExitCodes.STORE);
                assertThat(r.err()).contains(db.getFileName().toString());
            }
        }
        Run missing = run("export", "--db", dir.resolve("nowhere.duckdb").toString());
        assertThat(missing.exit()).isEqualTo(ExitCodes.STORE);
    }

    @Test
    void progressLinesNameEachStoredArticle() {
        Path db = dir.resolve("s.duckdb");
        Run r = run("ingest", "--db", db.toString(), "--progress", "lines", "--threads", "1",
                StoreCorpus.write(dir).toString());
        assertThat(r.err()).contains("ingest: 1/5 steppe-1 stored (3 mentions)").contains("ingest: 5/5 steppe-3 stored");
    }

    @Test
    void anUnknownProgressModeIsAUsageError() {
        Run r = run("ingest", "--db", dir.resolve("s.duckdb").toString(), "--progress", "loud", "x.txt");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("unknown progress 'loud'");
    }
}
