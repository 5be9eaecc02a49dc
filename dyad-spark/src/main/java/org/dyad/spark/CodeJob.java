package org.dyad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.dyad.pipeline.Limits;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Dyad as a Spark job: articles from any Hadoop path in, the DuckDB store's tables out as Parquet.
 *
 * <pre>
 * spark-submit --class org.dyad.spark.CodeJob --jars stanford-corenlp-4.5.10-models.jar dyad-spark-job.jar \
 *     --output hdfs:///dyad/out hdfs:///news/2021/ hdfs:///news/2022/
 * </pre>
 *
 * <ol>
 *   <li>read: {@link ArticleInputs} (JSONL in the input contract, folders of .txt/.html/.xml, Parquet with
 *       id, text, date, ...), a read error becoming an {@code errors} row;</li>
 *   <li>order: {@link ArticleOrder}, what {@code dyad ingest} does with repeated ids and repeated texts;</li>
 *   <li>code: {@link PartitionCoder}, one {@code Dyad} per executor JVM ({@link ExecutorDyad}), each article within
 *       {@code dyad ingest}'s limits ({@code --max-chars}, {@code --max-sentence-tokens}, {@code --time-budget}), one
 *       that fails becoming an {@code errors} row while the rest go on;</li>
 *   <li>merge: {@link SparkMerge}, mentions of one happening across all articles into one event by dyad-core's
 *       merge rule;</li>
 *   <li>write: {@code articles/}, {@code mentions/}, {@code events/}, {@code errors/} and last {@code meta/} under
 *       {@code --output} ({@link OutputSchema}); {@code dyad query|export|serve --parquet DIR} read them.</li>
 * </ol>
 * Event ids are hashes of the merge key and mention ids come from the article id and sentence, so a task that Spark
 * retries, or a rerun of the whole job, writes exactly the same rows. docs/spark.md has the spark-submit lines.
 */
@Command(name = "org.dyad.spark.CodeJob", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Code articles on Spark and write Parquet: articles/, mentions/, events/ (mentions of one "
                + "happening merged, with NumMentions, NumSources, NumArticles), errors/ and meta/, with the columns "
                + "of dyad ingest's DuckDB tables. dyad query|export|serve --parquet OUTPUT read them.",
                "INPUT: files or folders on any Hadoop file system: .jsonl/.ndjson (also .gz, .bz2) one article a "
                        + "line {\"id\", \"text\", \"date\"?, \"title\"?, \"source\"?, \"url\"?}; .txt/.html/.xml one "
                        + "file each (as dyad ingest reads them); .parquet with columns id, text and optionally date, "
                        + "title, byline, source, url."})
public final class CodeJob implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders (any Hadoop path).")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "The output folder.")
    String output;

    @Option(names = "--overwrite", description = "Replace what DIR holds (else an existing DIR is an error).")
    boolean overwrite;

    @Option(names = "--nlp", paramLabel = "PROFILE", description = "fast (the default) or accurate, as dyad's --nlp.")
    String nlp = "fast";

    @Option(names = "--coder", paramLabel = "CODER", description = "combined (the default), dyad or petrarch.")
    String coder = "combined";

    @Option(names = "--max-chars", paramLabel = "N",
            description = "Refuse (into errors/) an article longer than N characters, as dyad ingest (default: "
                    + "${DEFAULT-VALUE}).")
    int maxChars = Limits.DEFAULTS.maxChars();

    @Option(names = "--max-sentence-tokens", paramLabel = "N",
            description = "Split a sentence longer than N tokens at clause punctuation before parsing it, as dyad "
                    + "ingest (default: ${DEFAULT-VALUE}; 10 to 1000).")
    int maxSentenceTokens = Limits.DEFAULTS.maxSentenceTokens();

    @Option(names = "--time-budget", paramLabel = "SECONDS",
            description = "An article not coded within SECONDS goes to errors/ and the task goes on, as in dyad "
                    + "ingest (default: ${DEFAULT-VALUE}).")
    long timeBudget = Limits.DEFAULTS.timeBudget().toSeconds();

    @Option(names = "--min-confidence", paramLabel = "C",
            description = "Leave out mentions whose confidence is below C, as dyad ingest --min-confidence (default: "
                    + "${DEFAULT-VALUE}, every mention).")
    double minConfidence = 0;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions to code in (default: 4 per core of spark.default.parallelism).")
    int partitions;

    /** What a run wrote, and how long it took. */
    record Summary(long articles, long sentences, long mentions, long events, long errors, double seconds,
                   double codingTaskSeconds) {
        /** Sentences per second of task time spent coding (one task slot codes one article at a time). */
        double sentencesPerTaskSecond() {
            return codingTaskSeconds > 0 ? sentences / codingTaskSeconds : 0;
        }

        String line() {
            return String.format(Locale.ROOT, "dyad CodeJob: %,d articles coded (%,d sentences), %,d mentions, "
                    + "%,d events, %,d errors in %.1f s (%.1f sentences/s, %.2f articles/s); coding: %.1f sentences "
                    + "per task-second", articles, sentences, mentions, events, errors, seconds,
                    seconds > 0 ? sentences / seconds : 0, seconds > 0 ? articles / seconds : 0,
                    sentencesPerTaskSecond());
        }
    }

    /** spark-submit's entry point. */
    public static void main(String[] args) {
        int code = new CommandLine(new CodeJob()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    @Override
    public Integer call() throws IOException {
        SparkSession spark = SparkSession.builder().appName("dyad CodeJob").getOrCreate();
        try {
            Summary s = run(spark);
            System.out.println(s.line());
            return s.errors() == 0 ? 0 : 3;
        } finally {
            spark.stop();
        }
    }

    /** Parses {@code args} as the command line does and runs the job on {@code spark} (tests, embedding). */
    static Summary run(SparkSession spark, String... args) throws IOException {
        CodeJob job = new CodeJob();
        new CommandLine(job).parseArgs(args);
        return job.run(spark);
    }

    Summary run(SparkSession spark) throws IOException {
        if (partitions < 0 || !(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("--partitions is at least 0 and --min-confidence between 0 and 1");
        }
        long started = System.nanoTime();
        // Dates as java.time.LocalDate: java.sql.Date needs JDK internals (sun.util.calendar) opened to Spark.
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
        CoderSettings settings = new CoderSettings(nlp, coder, maxChars, maxSentenceTokens, timeBudget);
        Path out = new Path(output);
        FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (fs.exists(out) && !overwrite) {
            throw new IllegalArgumentException("output " + output + " exists; --overwrite replaces it");
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int n = partitions > 0 ? partitions : 4 * Math.max(1, jsc.defaultParallelism());
        LocalDateTime storedAt = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        LongAccumulator sentences = jsc.sc().longAccumulator("dyad sentences");
        LongAccumulator codingNanos = jsc.sc().longAccumulator("dyad coding nanoseconds");
        boolean failFirst = Boolean.parseBoolean(spark.conf().get("spark.dyad.test.failFirstAttempt", "false"));

        Dataset<Row> articlesIn = ArticleOrder.dedupe(ArticleInputs.read(spark, inputs, maxChars))
                .repartition(n, col("input"));
        JavaRDD<Coded> coded = articlesIn.javaRDD()
                .mapPartitions(new PartitionCoder(settings, minConfidence, storedAt, sentences, codingNanos, failFirst))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            Dataset<Row> articles = spark.createDataFrame(coded.filter(c -> c.article() != null).map(Coded::article),
                    OutputSchema.ARTICLE);
            Dataset<Row> mentions = spark.createDataFrame(coded.flatMap(c -> c.mentions().iterator()),
                    OutputSchema.MENTION);
            Dataset<Row> errors = spark.createDataFrame(coded.filter(c -> c.error() != null).map(Coded::error),
                    OutputSchema.ERROR);
            SaveMode mode = overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
            articles.write().mode(mode).parquet(folder(OutputSchema.ARTICLES));
            mentions.write().mode(mode).parquet(folder(OutputSchema.MENTIONS));
            errors.coalesce(1).write().mode(mode).parquet(folder(OutputSchema.ERRORS));
            Dataset<Row> written = spark.read().parquet(folder(OutputSchema.MENTIONS));
            Dataset<Row> info = spark.read().parquet(folder(OutputSchema.ARTICLES));
            SparkMerge.events(spark, written, info).write().mode(mode).parquet(folder(OutputSchema.EVENTS));
            spark.createDataFrame(List.of(RowFactory.create("schema_version",
                            Integer.toString(OutputSchema.STORE_VERSION))), OutputSchema.META_ROW)
                    .coalesce(1).write().mode(mode).parquet(folder(OutputSchema.META));
        } finally {
            coded.unpersist(false);
        }
        Dataset<Row> articles = spark.read().parquet(folder(OutputSchema.ARTICLES));
        Row totals = articles.agg(sum(col("sentences"))).first();
        return new Summary(articles.count(), totals.isNullAt(0) ? 0 : totals.getLong(0),
                spark.read().parquet(folder(OutputSchema.MENTIONS)).count(),
                spark.read().parquet(folder(OutputSchema.EVENTS)).count(),
                spark.read().parquet(folder(OutputSchema.ERRORS)).count(),
                (System.nanoTime() - started) / 1e9, codingNanos.value() / 1e9);
    }

    private String folder(String name) {
        return new Path(output, name).toString();
    }
}
