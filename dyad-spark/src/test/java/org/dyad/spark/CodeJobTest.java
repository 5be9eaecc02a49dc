package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in local mode ({@link TestSpark}: local[2], a task tried twice) against {@code dyad ingest} of the same
 * inputs, on broken inputs, and with a task that fails once.
 */
class CodeJobTest {
    @TempDir static Path dir;

    /** Our own small corpus: the project's examples, one good JSONL article, and broken inputs. */
    static Path broken;

    @BeforeAll
    static void brokenCorpus() throws IOException {
        broken = Files.createDirectories(dir.resolve("broken"));
        try (Stream<Path> examples = Files.list(Path.of(System.getProperty("dyad.examples", "../examples")))) {
            for (Path e : examples.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(e, broken.resolve(e.getFileName()));
            }
        }
        Files.writeString(broken.resolve("news.jsonl"), String.join("\n",
                "{\"id\": \"good\", \"date\": \"2024-02-05\", \"text\": \"Georgia and Armenia signed a border "
                        + "agreement in Tbilisi on Monday.\"}",
                "{\"id\": \"cut\", \"text\": \"Georgia and Armenia",
                "{\"id\": \"empty\", \"text\": \"   \"}",
                ""), StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(broken.resolve("latin1.txt"))) {
            out.write("Caf\u00e9 owners in Baku protested on Monday.".getBytes(StandardCharsets.ISO_8859_1));
        }
        Files.writeString(broken.resolve("huge.txt"), "Iran met Iraq. ".repeat(7000), StandardCharsets.UTF_8);
    }

    @Test
    void sameEventsAsDyadIngestOnTheDevTexts() throws Exception {
        Optional<Path> shared = DevInputs.shared();
        assumeTrue(shared.isPresent(), "../shared/dev and ../shared/seed are not beside the project");
        int limit = Integer.getInteger("dyad.spark.devLimit", 100);
        Path in = DevInputs.write(shared.get(), dir.resolve("dev/in"), limit);
        Path db = dir.resolve("dev/ingest.duckdb");
        Cli ingest = Cli.run("ingest", in.toString(), "--db", db.toString(), "--threads", "2", "--progress", "none");
        assertThat(ingest.exit()).as(ingest.err()).isZero();

        Path out = dir.resolve("dev/spark");
        CodeJob.Summary s = CodeJob.run(TestSpark.session(), "--output", out.toString(), in.toString());
        System.out.println(s.line());
        assertThat(s.errors()).isZero();

        Outputs one = Outputs.ofStore(db);
        Outputs spark = Outputs.ofParquet(out);
        assertThat(one.totals().events()).as("the corpus makes events").isGreaterThan(50);
        assertThat(one.events().stream().filter(e -> e.contains("mentions=1 ")).count())
                .as("some events merge mentions of several articles").isLessThan(one.totals().events());
        assertThat(spark.totals()).isEqualTo(one.totals());
        assertThat(spark.mentions()).isEqualTo(one.mentions());
        assertThat(spark.events()).isEqualTo(one.events());
        assertThat(s.articles()).isEqualTo(one.totals().articles());
        assertThat(s.events()).isEqualTo(one.totals().events());

        // what the reading rules did, the same in both: the repeated id renamed, the later of two same texts kept
        List<String> ids = TestSpark.session().read().parquet(out.resolve("articles").toString())
                .select("id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
        assertThat(ids).contains("cc1", "cc1#2").doesNotContain("page-0");

        // and the queries read the Spark folder as they read the store
        for (String[] q : List.of(new String[] {"actors", "--top", "20"}, new String[] {"network", "--countries"},
                new String[] {"events", "--actor", "USA", "--limit", "50"})) {
            Cli fromDb = Cli.run(concat(new String[] {"query"}, q, new String[] {"--format", "json", "--db",
                    db.toString()}));
            Cli fromParquet = Cli.run(concat(new String[] {"query"}, q, new String[] {"--format", "json", "--parquet",
                    out.toString()}));
            assertThat(fromParquet.exit()).as(fromParquet.err()).isZero();
            assertThat(fromParquet.out()).as(String.join(" ", q)).isEqualTo(fromDb.out());
        }
    }

    private static String[] concat(String[]... parts) {
        return Stream.of(parts).flatMap(Stream::of).toArray(String[]::new);
    }

    @Test
    void aBrokenArticleGoesToErrorsAndTheRestIsCoded() throws Exception {
        Path out = dir.resolve("broken-out");
        CodeJob.Summary s = CodeJob.run(TestSpark.session(), "--output", out.toString(), broken.toString());
        assertThat(s.articles()).as("three examples, the good JSONL line and the Latin-1 file").isEqualTo(5);
        assertThat(s.errors()).isEqualTo(3);
        List<Row> errors = TestSpark.session().read().parquet(out.resolve("errors").toString())
                .orderBy("input").collectAsList();
        assertThat(errors).extracting(r -> r.getString(1)).containsExactly(broken.resolve("huge.txt").toString(),
                broken.resolve("news.jsonl") + ":2", broken.resolve("news.jsonl") + ":3");
        assertThat(errors).allMatch(r -> r.isNullAt(0), "no article was read from them");
        assertThat(errors.get(0).getString(2)).contains("105,000 characters, more than the limit of 100,000");
        assertThat(errors.get(1).getString(2)).startsWith("bad JSON");
        assertThat(errors.get(2).getString(2)).isEqualTo("no article text");
        // bytes that are not UTF-8 are read as Windows-1252, as dyad ingest reads them (a warning, not an error)
        assertThat(TestSpark.session().read().parquet(out.resolve("articles").toString())
                .filter("id = 'latin1'").select("text").as(org.apache.spark.sql.Encoders.STRING()).collectAsList())
                .containsExactly("Caf\u00e9 owners in Baku protested on Monday.");

        Outputs o = Outputs.ofParquet(out);
        assertThat(o.events()).anyMatch(e -> e.contains("|GEO|ARM|057") || e.contains("|ARM|GEO|057"));
        assertThat(o.events()).anyMatch(e -> e.contains("|AZEGOVMIL|IRNGOVMIL|057"));
        // dyad ingest refuses the same inputs
        Cli ingest = Cli.run("ingest", broken.toString(), "--db", dir.resolve("broken.duckdb").toString(),
                "--progress", "none");
        assertThat(ingest.exit()).isEqualTo(3);
        for (Row e : errors) {
            assertThat(ingest.err()).contains(e.getString(0) != null ? e.getString(0) : e.getString(1));
        }
        assertThat(Outputs.ofStore(dir.resolve("broken.duckdb"))).isEqualTo(o);
    }

    @Test
    void aRetriedTaskDoublesNothing() throws Exception {
        SparkSession spark = TestSpark.session();
        Path once = dir.resolve("retry/once");
        Path retried = dir.resolve("retry/retried");
        CodeJob.run(spark, "--output", once.toString(), "--partitions", "2", broken.toString());
        java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
        org.apache.spark.scheduler.SparkListener listener = new org.apache.spark.scheduler.SparkListener() {
            @Override
            public void onTaskEnd(org.apache.spark.scheduler.SparkListenerTaskEnd end) {
                if (String.valueOf(end.reason()).contains("failFirstAttempt")) {
                    failed.incrementAndGet();
                }
            }
        };
        spark.sparkContext().addSparkListener(listener);
        spark.conf().set("spark.dyad.test.failFirstAttempt", "true");
        try {
            CodeJob.run(spark, "--output", retried.toString(), "--partitions", "2", broken.toString());
        } finally {
            spark.conf().unset("spark.dyad.test.failFirstAttempt");
        }
        for (int i = 0; i < 100 && failed.get() == 0; i++) {
            Thread.sleep(100); // the listener bus is asynchronous
        }
        spark.sparkContext().removeSparkListener(listener);
        assertThat(failed.get()).as("the first attempt of a coding task failed and was retried").isPositive();
        Outputs a = Outputs.ofParquet(once);
        Outputs b = Outputs.ofParquet(retried);
        assertThat(b).isEqualTo(a);
        assertThat(b.mentions()).doesNotHaveDuplicates();
        assertThat(b.events()).doesNotHaveDuplicates();
        // and a rerun into the same folder replaces it only when asked
        assertThatThrownBy(() -> CodeJob.run(spark, "--output", once.toString(), broken.toString()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--overwrite");
        CodeJob.run(spark, "--output", once.toString(), "--overwrite", broken.toString());
        assertThat(Outputs.ofParquet(once)).isEqualTo(a);
    }
}
