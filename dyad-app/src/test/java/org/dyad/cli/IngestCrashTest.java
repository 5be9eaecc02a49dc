package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.cli.StoreCorpus.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dyad.cli.StoreCorpus.Run;
import org.dyad.store.EventStore;
import org.dyad.store.ExportFormat;
import org.dyad.store.Exports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child {@code dyad ingest} killed with SIGKILL after it has stored a few articles; the same command again
 * (in this JVM) must end with exactly what an uninterrupted run stores.
 */
class IngestCrashTest {
    private static final int ARTICLES = 10;
    private static final String[][] PAIRS = {{"Armenia", "Georgia", "Iran"}, {"Chile", "Peru", "Bolivia"},
            {"Kenya", "Uganda", "Tanzania"}, {"Norway", "Sweden", "Finland"}, {"Vietnam", "Laos", "Cambodia"},
            {"Ghana", "Togo", "Benin"}, {"Poland", "Lithuania", "Belarus"}, {"Egypt", "Sudan", "Ethiopia"}};
    private static final String[] GOODS = {"grain", "timber", "copper", "fish", "coffee", "cotton", "steel", "rice",
            "wool", "salt", "tea", "cement", "glass", "paper", "sugar", "tin"};

    @TempDir Path dir;

    /** Sixteen short articles of our own, each a trade deal, praise and a neighbour's complaint. */
    private Path corpus() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ARTICLES; i++) {
            String[] p = PAIRS[i % PAIRS.length];
            String text = p[0] + " signed a trade agreement with " + p[1] + " on Monday. The agreement lowers tariffs on "
                    + GOODS[i] + " and opens two new border crossings. " + p[0] + " praised " + p[1]
                    + " for its support during the negotiations. " + p[2] + " criticized " + p[1]
                    + " on Tuesday for leaving it out of the talks.";
            sb.append(String.format("{\"id\": \"deal-%02d\", \"date\": \"2024-%02d-%02d\", \"source\": \"%s\", "
                    + "\"text\": \"%s\"}%n", i, 5 + i / 8, 1 + 2 * (i % 8), i % 2 == 0 ? "Wire A" : "Wire B", text));
        }
        Path file = dir.resolve("deals.jsonl");
        Files.writeString(file, sb.toString());
        return file;
    }

    @Test
    void aRerunAfterSigkillEndsWithWhatAnUninterruptedRunStores() throws Exception {
        Path corpus = corpus();
        Path killed = dir.resolve("killed.duckdb");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.dyad.cli.Main", "ingest", corpus.toString(), "--db", killed.toString(), "--progress", "lines",
                "--threads", "1");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process child = pb.start();
        List<String> progress = new ArrayList<>();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(),
                StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            for (String line = err.readLine(); line != null && System.nanoTime() < deadline; line = err.readLine()) {
                progress.add(line);
                if (line.startsWith("ingest: 3/" + ARTICLES + " ")) {
                    child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no checkpoint
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(progress).as("the child's stderr").anyMatch(l -> l.startsWith("ingest: 3/" + ARTICLES));
        assertThat(child.exitValue()).as("killed by signal 9").isEqualTo(137);

        long survived;
        try (EventStore s = EventStore.openReadOnly(killed)) {
            survived = s.totals().articles();
        }
        assertThat(survived).as("articles committed before the kill").isBetween(3L, ARTICLES - 1L);

        Run rerun = run("ingest", corpus.toString(), "--db", killed.toString(), "--progress", "none");
        assertThat(rerun.exit()).as(rerun.err()).isZero();
        assertThat(rerun.out()).contains((ARTICLES - survived) + " stored").contains(survived + " unchanged");

        Path clean = dir.resolve("clean.duckdb");
        Run uninterrupted = run("ingest", corpus.toString(), "--db", clean.toString(), "--progress", "none");
        assertThat(uninterrupted.exit()).as(uninterrupted.err()).isZero();

        try (EventStore a = EventStore.openReadOnly(killed); EventStore b = EventStore.openReadOnly(clean)) {
            assertThat(a.totals()).isEqualTo(b.totals());
            assertThat(a.totals().articles()).isEqualTo(ARTICLES);
            assertThat(events(a)).isEqualTo(events(b));
        }
    }

    /** The events as CSV without the date_added column (it is the time of ingest). */
    private static List<String> events(EventStore s) {
        java.io.StringWriter w = new java.io.StringWriter();
        Exports.write(s, ExportFormat.CSV, false, w);
        List<String> lines = w.toString().lines().toList();
        int column = List.of(lines.get(0).split(",")).indexOf("date_added");
        assertThat(column).as("date_added in " + lines.get(0)).isNotNegative();
        // counted from the end: the columns after date_added hold no comma, whatever the evidence holds
        return lines.stream().map(l -> {
            List<String> cells = new ArrayList<>(List.of(l.split(",", -1)));
            cells.remove(cells.size() - (List.of(lines.get(0).split(",")).size() - column));
            return String.join(",", cells);
        }).toList();
    }
}
