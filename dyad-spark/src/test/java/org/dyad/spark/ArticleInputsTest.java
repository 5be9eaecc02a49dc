package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dyad.spark.ArticleInputs.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading inputs with Spark, without coding: kinds, listing, sources, order, read errors. */
class ArticleInputsTest {
    @TempDir Path dir;

    @Test
    void aFileIsReadByItsExtension() {
        assertThat(Kind.of("a.jsonl", false)).isEqualTo(Kind.LINES);
        assertThat(Kind.of("a.NDJSON.gz", false)).isEqualTo(Kind.LINES);
        assertThat(Kind.of("a.jsonl.bz2", false)).isEqualTo(Kind.LINES);
        assertThat(Kind.of("part-0.snappy.parquet", false)).isEqualTo(Kind.PARQUET);
        assertThat(Kind.of("a.txt", false)).isEqualTo(Kind.WHOLE);
        assertThat(Kind.of("a.HTM", false)).isEqualTo(Kind.WHOLE);
        assertThat(Kind.of("a.xml", false)).isEqualTo(Kind.WHOLE);
        assertThat(Kind.of("meta.json", false)).as("metadata in a folder").isEqualTo(Kind.SKIP);
        assertThat(Kind.of("_SUCCESS", false)).isEqualTo(Kind.SKIP);
        assertThat(Kind.of("meta.json", true)).as("named explicitly").isEqualTo(Kind.WHOLE);
        assertThat(Kind.of("story", true)).isEqualTo(Kind.WHOLE);
    }

    @Test
    void aFolderIsListedAsIngestWalksIt() throws IOException {
        Files.createDirectories(dir.resolve("in/b/.hidden"));
        Files.createDirectories(dir.resolve("in/.git"));
        for (String f : List.of("in/z.txt", "in/a.jsonl", "in/b/c.html", "in/b/.hidden/x.txt", "in/.git/y.txt",
                "in/.dot.txt", "in/notes.md", "in/b/t.parquet")) {
            Files.writeString(dir.resolve(f), "x");
        }
        Configuration conf = new Configuration();
        ArticleInputs.Listing l = ArticleInputs.list(conf, dir.resolve("in").toString());
        assertThat(l.errors()).isEmpty();
        assertThat(l.lines()).extracting(s -> s.substring(s.indexOf("/in/"))).containsExactly("/in/a.jsonl");
        assertThat(l.whole()).extracting(s -> s.substring(s.indexOf("/in/"))).containsExactly("/in/b/c.html", "/in/z.txt");
        assertThat(l.parquet()).hasSize(1);
        ArticleInputs.Listing one = ArticleInputs.list(conf, dir.resolve("in/notes.md").toString());
        assertThat(one.whole()).hasSize(1);
        ArticleInputs.Listing none = ArticleInputs.list(conf, dir.resolve("nothing").toString());
        assertThat(none.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("no such file"));
    }

    @Test
    void localFilesAreNamedByTheirPath() {
        assertThat(ArticleInputs.fromUrl("file:/data/my%20news/a.jsonl")).isEqualTo("/data/my news/a.jsonl");
        assertThat(ArticleInputs.shown(new org.apache.hadoop.fs.Path("file:/data/my news/a.txt")))
                .isEqualTo("/data/my news/a.txt");
        assertThat(ArticleInputs.fromUrl("hdfs://nn:8020/news/a.jsonl")).isEqualTo("hdfs://nn:8020/news/a.jsonl");
    }

    @Test
    void everyKindOfInputIsReadAsIngestReadsIt() throws IOException {
        Path in = Files.createDirectories(dir.resolve("my in"));
        Files.writeString(in.resolve("a.jsonl"), "{\"id\": \"j1\", \"text\": \"Iran met Iraq.\", \"date\": \"2022-01-26\"}\n"
                + "\n{broken\n{\"id\": \"j2\", \"text\": \"Iraq met Iran.\", \"source\": \"Wire\"}\n");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(in.resolve("b.jsonl.gz")))) {
            out.write("{\"id\": \"g1\", \"text\": \"Turkey met Iraq.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(in.resolve("c.txt"), "Date: 2023-06-20\nTitle: T\n\nJapan met India.\n");
        Files.writeString(in.resolve("d.html"), "<html><head><title>H</title></head><body><p>Chile met Peru.</p>"
                + "</body></html>");
        Files.writeString(in.resolve("e.txt"), "Argentina met Brazil and Uruguay on Monday.\n");
        SparkSession spark = TestSpark.session();
        StructType table = new StructType().add("id", DataTypes.LongType).add("text", DataTypes.StringType)
                .add("date", DataTypes.DateType).add("url", DataTypes.StringType).add("extra", DataTypes.IntegerType);
        spark.createDataFrame(List.of(RowFactory.create(7L, "Peru met Chile.", LocalDate.of(2020, 5, 4),
                        "https://example.org/p", 1), RowFactory.create(8L, "  ", null, null, 2)), table)
                .coalesce(1).write().parquet(dir.resolve("table").toString());

        List<Row> rows = ArticleInputs.read(spark, List.of(in.toString(), dir.resolve("table").toString(),
                        dir.resolve("missing").toString()), 30)
                .orderBy("ord_input", "ord_file", "ord_block", "ord_row", "ord_sub").collectAsList();
        assertThat(rows).extracting(r -> r.<String>getAs("id") + " " + r.<String>getAs("input")).containsExactly(
                "j1 " + in + "/a.jsonl:1",
                "null " + in + "/a.jsonl:3",
                "j2 " + in + "/a.jsonl:4",
                "g1 " + in + "/b.jsonl.gz:1",
                "c " + in + "/c.txt",
                "d " + in + "/d.html",
                "null " + in + "/e.txt",
                "7 " + dir.resolve("table") + "/" + partFile(dir.resolve("table")) + ":row 0",
                "null " + dir.resolve("table") + "/" + partFile(dir.resolve("table")) + ":row 1",
                "null " + dir.resolve("missing"));
        assertThat(rows.get(0).<LocalDate>getAs("published")).isEqualTo(LocalDate.of(2022, 1, 26));
        assertThat(rows.get(0).<String>getAs("source")).isEqualTo(in + "/a.jsonl");
        assertThat(rows.get(1).<String>getAs("reason")).startsWith("bad JSON");
        assertThat(rows.get(2).<String>getAs("source")).isEqualTo("Wire");
        assertThat(rows.get(4).<String>getAs("title")).isEqualTo("T");
        assertThat(rows.get(4).<String>getAs("text")).startsWith("Japan met India.");
        assertThat(rows.get(5).<String>getAs("text")).isEqualTo("Chile met Peru.");
        assertThat(rows.get(6).<String>getAs("reason")).as("over the limit, as ingest --max-chars 30 refuses it")
                .contains("characters, more than the limit of 30 (--max-chars)");
        assertThat(rows.get(7).<LocalDate>getAs("published")).isEqualTo(LocalDate.of(2020, 5, 4));
        assertThat(rows.get(7).<String>getAs("url")).isEqualTo("https://example.org/p");
        assertThat(rows.get(8).<String>getAs("reason")).isEqualTo("no article text");
        assertThat(rows.get(9).<String>getAs("reason")).isEqualTo("no such file or directory");
        assertThat(rows.get(4).<String>getAs("text_hash")).hasSize(64);
    }

    private static String partFile(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".parquet")).findFirst()
                    .orElseThrow();
        }
    }
}
