package org.dyad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dyad.article.Article;
import org.dyad.article.TextHash;
import org.dyad.io.ArticleReader;
import org.dyad.io.ReadError;
import org.dyad.io.ReadWarning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the job's inputs from any Hadoop path (a file or a folder, walked recursively) into rows of {@link #READ}:
 * one per article read, one per input or line that could not be read.
 *
 * <ul>
 *   <li>{@code .jsonl} and {@code .ndjson} files (also gzip- or bzip2-compressed: {@code .jsonl.gz}): one article a
 *       line in the input contract, read by Spark's text source, so a large file is split across tasks; each line
 *       goes through {@link ArticleReader#readJsonLine}, as {@code dyad ingest} reads it.</li>
 *   <li>{@code .txt}, {@code .text}, {@code .html}, {@code .htm}, {@code .xml} files in a folder, and any other
 *       file named explicitly: the whole file through {@link ArticleReader#readFile} (header lines of a .txt are
 *       metadata; an HTML page's visible text; PETRARCH's XML).</li>
 *   <li>{@code .parquet} files: one article a row, with columns {@code id} and {@code text} (string) and optionally
 *       {@code date} (date, timestamp or string), {@code title}, {@code byline}, {@code source}, {@code url}; each row
 *       is read as the JSONL line of its fields would be.</li>
 * </ul>
 * In a folder, hidden files and folders (a name starting with a dot) and files of other extensions are skipped, as
 * {@code dyad ingest} skips them. An article longer than the character limit is refused by name, as
 * {@code dyad ingest} refuses it; what {@code dyad ingest} prints as a warning (an unreadable date, bytes that are not
 * UTF-8) goes to the executor's log at WARN ({@code dyad: warning: INPUT: ...}), the article kept. Local files keep their path as their source ({@code /data/a.txt}, not
 * {@code file:/data/a.txt}), so the articles match those {@code dyad ingest} reads from the same path.
 *
 * <p>Each row carries its place among the inputs ({@code ord_*}: input number, file, split start, row in the split,
 * article in the row), the order {@code dyad ingest} would read it in, which {@link ArticleOrder} needs.
 */
final class ArticleInputs {
    private ArticleInputs() {}

    private static final Logger LOG = LoggerFactory.getLogger(ArticleInputs.class);

    private static final String TEXT_COLUMN = "text";
    private static final String ID_COLUMN = "id";
    private static final String DATE_COLUMN = "date";

    /** What was read: the article's place among the inputs, its fields, or a reason it could not be read. */
    static final StructType READ = new StructType()
            .add("ord_input", DataTypes.IntegerType, false)
            .add("ord_file", DataTypes.StringType, false)
            .add("ord_block", DataTypes.LongType, false)
            .add("ord_row", DataTypes.LongType, false)
            .add("ord_sub", DataTypes.IntegerType, false)
            .add("id", DataTypes.StringType, true)
            .add("text", DataTypes.StringType, true)
            .add("text_hash", DataTypes.StringType, true)
            .add("published", DataTypes.DateType, true)
            .add("title", DataTypes.StringType, true)
            .add("byline", DataTypes.StringType, true)
            .add("source", DataTypes.StringType, true)
            .add("url", DataTypes.StringType, true)
            .add("input", DataTypes.StringType, false)
            .add("reason", DataTypes.StringType, true);

    /** The files of one input, by how they are read. */
    record Listing(List<String> lines, List<String> whole, List<String> parquet, List<ReadError> errors) {}

    /**
     * Reads every input, refusing articles longer than {@code maxChars} characters; the rows of input {@code i} have
     * {@code ord_input = i}.
     */
    static Dataset<Row> read(SparkSession spark, List<String> inputs, int maxChars) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        List<JavaRDD<Row>> parts = new ArrayList<>();
        List<Row> driverErrors = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            int input = i;
            Listing l = list(conf, inputs.get(i));
            for (ReadError e : l.errors()) {
                driverErrors.add(error(new Place(input, e.input(), 0, 0), 0, e));
            }
            if (!l.lines().isEmpty()) {
                Dataset<Row> lines = spark.read().text(escaped(l.lines()))
                        .select(col("value"), col("_metadata.file_path"), col("_metadata.file_block_start"));
                parts.add(lines.javaRDD().mapPartitions(rows -> new JsonLines(input, maxChars).apply(rows)));
            }
            if (!l.whole().isEmpty()) {
                Dataset<Row> files = spark.read().format("binaryFile").load(escaped(l.whole()))
                        .select(col("path"), col("content"));
                parts.add(files.javaRDD().flatMap(row -> wholeFile(input, maxChars, row).iterator()));
            }
            if (!l.parquet().isEmpty()) {
                Dataset<Row> table = spark.read().parquet(escaped(l.parquet()));
                Dataset<Row> json = table.select(to_json(struct(parquetFields(table, inputs.get(i)))).as("json"),
                        col("_metadata.file_path"), col("_metadata.row_index"));
                parts.add(json.javaRDD().flatMap(row -> parquetRow(input, maxChars, row).iterator()));
            }
        }
        JavaRDD<Row> all = jsc.parallelize(driverErrors, 1);
        for (JavaRDD<Row> p : parts) {
            all = all.union(p);
        }
        return spark.createDataFrame(all, READ);
    }

    // ------------------------------------------------------------------------------------- listing (driver)

    /** The files of {@code input} to read, by kind, or why it cannot be read. */
    static Listing list(Configuration conf, String input) {
        Listing l = new Listing(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        try {
            Path root = new Path(input);
            FileSystem fs = root.getFileSystem(conf);
            if (!fs.exists(root)) {
                l.errors().add(new ReadError(input, "no such file or directory"));
                return l;
            }
            FileStatus status = fs.getFileStatus(root);
            if (!status.isDirectory()) {
                String name = status.getPath().toString();
                Kind k = Kind.of(status.getPath().getName(), true);
                (k == Kind.LINES ? l.lines() : k == Kind.PARQUET ? l.parquet() : l.whole()).add(name);
                return l;
            }
            String rootPath = status.getPath().toUri().getPath();
            List<String> found = new ArrayList<>();
            RemoteIterator<LocatedFileStatus> files = fs.listFiles(status.getPath(), true);
            while (files.hasNext()) {
                LocatedFileStatus f = files.next();
                if (f.isFile() && !hidden(rootPath, f.getPath().toUri().getPath())) {
                    found.add(f.getPath().toString());
                }
            }
            found.sort(null); // dyad ingest reads a folder in sorted path order
            for (String file : found) {
                switch (Kind.of(new Path(file).getName(), false)) {
                    case LINES -> l.lines().add(file);
                    case WHOLE -> l.whole().add(file);
                    case PARQUET -> l.parquet().add(file);
                    case SKIP -> { }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            l.errors().add(new ReadError(input, String.valueOf(e.getMessage())));
        }
        return l;
    }

    /** How a file is read. */
    enum Kind {
        LINES, WHOLE, PARQUET, SKIP;

        /** By extension, ignoring case; {@code explicit}: named on the command line rather than found in a folder. */
        static Kind of(String name, boolean explicit) {
            String n = name.toLowerCase(Locale.ROOT);
            String base = n.endsWith(".gz") || n.endsWith(".bz2") ? n.substring(0, n.lastIndexOf('.')) : n;
            if (base.endsWith(".jsonl") || base.endsWith(".ndjson")) {
                return LINES;
            }
            if (n.endsWith(".parquet")) {
                return PARQUET;
            }
            if (explicit || ArticleReader.readsInFolders(java.nio.file.Path.of(n))) {
                return WHOLE;
            }
            return SKIP;
        }
    }

    private static boolean hidden(String root, String file) {
        String rel = file.startsWith(root) ? file.substring(root.length()) : file;
        return Arrays.stream(rel.split("/")).anyMatch(s -> s.startsWith("."));
    }

    /** Paths as Spark's readers take them: glob characters escaped (these are file names, not patterns). */
    private static String[] escaped(List<String> paths) {
        return paths.stream().map(p -> p.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1")).toArray(String[]::new);
    }

    /** The columns of a Parquet input that are article fields; id and text are required. */
    private static Column[] parquetFields(Dataset<Row> table, String input) {
        List<String> names = Arrays.asList(table.columns());
        if (!names.contains(ID_COLUMN) || !names.contains(TEXT_COLUMN)) {
            throw new IllegalArgumentException("Parquet input " + input + " has columns " + names + "; an article "
                    + "needs \"id\" and \"text\" (and may have date, title, byline, source, url)");
        }
        List<Column> fields = new ArrayList<>(List.of(col(ID_COLUMN), col(TEXT_COLUMN)));
        if (names.contains(DATE_COLUMN)) {
            fields.add(col(DATE_COLUMN).cast(DataTypes.StringType).as(DATE_COLUMN));
        }
        for (String name : OPTIONAL_TEXT) {
            if (names.contains(name)) {
                fields.add(col(name));
            }
        }
        return fields.toArray(Column[]::new);
    }

    /** The input contract's other fields a Parquet row may carry (besides id, text and date). */
    private static final List<String> OPTIONAL_TEXT = List.of("title", "byline", "source", "url");

    // ------------------------------------------------------------------------------------- reading (executors)

    /** Where a row came from: input number, file (as {@link #shown}), split start, row within the split. */
    record Place(int input, String file, long block, long row) implements Serializable {}

    /** A file as articles name it: a local file by its path ({@code /data/a.txt}), any other by its URI. */
    static String shown(Path p) {
        URI u = p.toUri();
        return "file".equals(u.getScheme()) ? u.getPath() : p.toString();
    }

    /** A file named by Spark's {@code _metadata.file_path} (a URL-encoded URI), as {@link #shown}. */
    static String fromUrl(String url) {
        try {
            return shown(new Path(new URI(url)));
        } catch (URISyntaxException e) {
            return url;
        }
    }

    /** The rows of one partition of JSONL lines, counting lines within each file split. */
    private static final class JsonLines {
        private final int input;
        private final ArticleReader reader;
        private String file = "";
        private long block = -1;
        private long row;

        JsonLines(int input, int maxChars) {
            this.input = input;
            this.reader = reader(maxChars);
        }

        Iterator<Row> apply(Iterator<Row> lines) {
            return new Expand<>(lines, (line, out) -> {
                String f = line.getString(1);
                long b = line.getLong(2);
                if (!f.equals(file) || b != block) {
                    file = f;
                    block = b;
                    row = 0;
                }
                String path = fromUrl(f);
                String where = b == 0 ? path + ":" + (row + 1) : path + ":" + (row + 1) + " after byte " + b;
                Place p = new Place(input, path, b, row++);
                int[] sub = {0};
                reader.readJsonLine(where, path, line.getString(0), a -> out.accept(article(p, sub[0]++, where, a)),
                        e -> out.accept(error(p, sub[0]++, e)), ArticleInputs::warn);
            });
        }
    }

    /** A reader of articles of at most {@code maxChars} characters (standard input is never read here). */
    private static ArticleReader reader(int maxChars) {
        return new ArticleReader(java.io.InputStream.nullInputStream()).withMaxChars(maxChars);
    }

    /** What dyad ingest prints as a warning, in the executor's log. */
    private static void warn(ReadWarning w) {
        LOG.warn("dyad: warning: {}: {}", w.input(), w.message());
    }

    private static List<Row> wholeFile(int input, int maxChars, Row file) {
        String path = shown(new Path(file.getString(0))); // binaryFile's path: Hadoop's Path.toString, not encoded
        Place p = new Place(input, path, 0, 0);
        List<Row> out = new ArrayList<>();
        int[] sub = {0};
        reader(maxChars).readFile(path, (byte[]) file.get(1), a -> out.add(article(p, sub[0]++, path, a)),
                e -> out.add(error(p, sub[0]++, e)), ArticleInputs::warn);
        return out;
    }

    private static List<Row> parquetRow(int input, int maxChars, Row row) {
        String path = fromUrl(row.getString(1));
        long index = row.getLong(2);
        Place p = new Place(input, path, 0, index);
        String where = path + ":row " + index;
        List<Row> out = new ArrayList<>();
        int[] sub = {0};
        reader(maxChars).readJsonLine(where, path, row.getString(0), a -> out.add(article(p, sub[0]++, where, a)),
                e -> out.add(error(p, sub[0]++, e)), ArticleInputs::warn);
        return out;
    }

    private static Row article(Place p, int sub, String where, Article a) {
        LocalDate published = a.published().orElse(null);
        return RowFactory.create(p.input(), p.file(), p.block(), p.row(), sub, a.id(), a.text(), TextHash.of(a.text()),
                published, a.title(), a.byline(), a.source(), a.url(), where, null);
    }

    private static Row error(Place p, int sub, ReadError e) {
        return RowFactory.create(p.input(), p.file(), p.block(), p.row(), sub, null, null, null, null, null, null,
                null, null, e.input(), e.message());
    }

    /** The article of a {@link #READ} row that holds one (no reason). */
    static Article article(Row r) {
        return new Article(r.getAs("id"), r.getAs("text"), Optional.ofNullable(Dates.local(r.getAs("published"))),
                r.getAs("title"), r.getAs("byline"), r.getAs("source"), r.getAs("url"));
    }

    /** An iterator that expands each element of another into zero or more, lazily. */
    static final class Expand<T, R> implements Iterator<R> {
        /** Hands the outputs of one input element to the consumer. */
        interface Step<T, R> {
            void accept(T in, Consumer<R> out);
        }

        private final Iterator<T> in;
        private final Step<T, R> step;
        private final java.util.ArrayDeque<R> ready = new java.util.ArrayDeque<>();

        Expand(Iterator<T> in, Step<T, R> step) {
            this.in = in;
            this.step = step;
        }

        @Override
        public boolean hasNext() {
            while (ready.isEmpty() && in.hasNext()) {
                step.accept(in.next(), ready::add);
            }
            return !ready.isEmpty();
        }

        @Override
        public R next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            return ready.poll();
        }
    }
}
