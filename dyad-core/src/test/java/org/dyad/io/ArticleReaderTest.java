package org.dyad.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.article.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    private static final String SEED = "article-azerbaijan-iran-2022-01-26.txt";

    @TempDir
    Path dir;

    private final List<Article> articles = new ArrayList<>();
    private final List<ReadError> errors = new ArrayList<>();
    private final List<ReadWarning> warnings = new ArrayList<>();

    private void read(ArticleReader reader, String... inputs) {
        reader.read(List.of(inputs), articles::add, errors::add, warnings::add);
    }

    private void read(String... inputs) {
        read(new ArticleReader(InputStream.nullInputStream()), inputs);
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    private Path seed() throws IOException {
        Path p = dir.resolve(SEED);
        try (InputStream in = getClass().getResourceAsStream(SEED)) {
            Files.copy(in, p);
        }
        return p;
    }

    @Test
    void seedHeaderIsMetadataNotText() throws IOException {
        Path p = seed();
        read(p.toString());

        assertThat(errors).isEmpty();
        assertThat(articles).hasSize(1);
        Article a = articles.get(0);
        assertThat(a.id()).isEqualTo("article-azerbaijan-iran-2022-01-26");
        assertThat(a.published()).contains(LocalDate.of(2022, 1, 26));
        assertThat(a.byline()).isEqualTo("Vugar Khalilov");
        assertThat(a.source()).isEqualTo(p.toString());
        assertThat(a.text()).startsWith("Azerbaijani Defence Minister Col-Gen Zakir Hasanov")
                .doesNotContain("Vugar")
                .contains("\n\nThe meeting of senior military officials")
                .contains("The parties signed a protocol outlining the meeting's outcomes.");
    }

    @Test
    void otherHeaderFormsInAnyOrder() throws IOException {
        Path p = write("a.txt", "\nTitle: Talks in Baku\nBy Jane Doe\ndate: January 26, 2022\nSource: Reuters\n"
                + "URL: https://example.org/a\n\n\nBy then, the talks had ended.\nSecond line.\n");
        read(p.toString());

        Article a = articles.get(0);
        assertThat(a.title()).isEqualTo("Talks in Baku");
        assertThat(a.byline()).isEqualTo("Jane Doe");
        assertThat(a.published()).contains(LocalDate.of(2022, 1, 26));
        assertThat(a.source()).isEqualTo("Reuters");
        assertThat(a.url()).isEqualTo("https://example.org/a");
        assertThat(a.text()).isEqualTo("By then, the talks had ended.\nSecond line.\n");
    }

    @Test
    void noHeaderMeansNoDateAndTextUnchanged() throws IOException {
        Path p = write("plain.text", "\n\n  Date palms grow in Iraq.\nLine two.");
        read(p.toString());

        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.published()).isEmpty();
            assertThat(a.text()).isEqualTo("  Date palms grow in Iraq.\nLine two.");
        });
    }

    @Test
    void foldersAreWalkedInSortedOrderSkippingHiddenAndOtherFiles() throws IOException {
        write("b/z.txt", "Zeta.");
        write("b/a.txt", "Alpha.");
        write("a/m.htm", "<html><body><p>Mu.</p></body></html>");
        write("a/notes.md", "skipped");
        write("a/.hidden.txt", "skipped");
        write(".git/x.txt", "skipped");
        write("c/feed.ndjson", "{\"id\":\"n1\",\"text\":\"Nu.\"}\n");
        read(dir.toString());

        assertThat(errors).isEmpty();
        assertThat(articles).extracting(Article::id).containsExactly("m", "a", "z", "n1");
        assertThat(articles).extracting(Article::text).containsExactly("Mu.", "Alpha.", "Zeta.", "Nu.");
    }

    @Test
    void badInputsAreReportedAndTheRestIsRead() throws IOException {
        Path jsonl = write("in.jsonl", """
                {"id": "a1", "text": "Iran and Azerbaijan signed a protocol.", "date": "2022-01-25T10:00:00Z", "title": "T"}

                {"id": "a2", "text": broken
                {"text": "no id"}
                {"id": "a3", "text": "Third.", "source": "AP", "url": "https://x"}
                """);
        Path bytes = dir.resolve("latin1.txt");
        Files.write(bytes, new byte[] {'O', 'k', ' ', (byte) 0xE9, '.'});
        Path good = write("good.txt", "Good text.");
        String missing = dir.resolve("missing.txt").toString();
        read(missing, jsonl.toString(), bytes.toString(), good.toString());

        assertThat(articles).extracting(Article::id).containsExactly("a1", "a3", "latin1", "good");
        assertThat(articles.get(2).text()).isEqualTo("Ok \u00e9.");
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.input()).isEqualTo(bytes.toString());
            assertThat(w.message()).contains("not valid UTF-8").contains("byte offset 3").contains("Windows-1252");
        });
        Article a1 = articles.get(0);
        assertThat(a1.published()).contains(LocalDate.of(2022, 1, 25));
        assertThat(a1.title()).isEqualTo("T");
        assertThat(a1.source()).isEqualTo(jsonl.toString());
        assertThat(articles.get(1).source()).isEqualTo("AP");
        assertThat(errors).extracting(ReadError::input).containsExactly(missing, jsonl + ":3", jsonl + ":4");
        assertThat(errors.get(0).message()).contains("no such file");
        assertThat(errors.get(2).message()).contains("id");
    }

    @Test
    void duplicateIdsGetSuffixes() throws IOException {
        write("x/same.txt", "One.");
        write("y/same.txt", "Two.");
        Path jsonl = write("z.jsonl", "{\"id\":\"same\",\"text\":\"Three.\"}\n");
        read(dir.resolve("x").toString(), dir.resolve("y").toString(), jsonl.toString());

        assertThat(articles).extracting(Article::id).containsExactly("same", "same#2", "same#3");
    }

    @Test
    void stdinAsText() throws IOException {
        byte[] seed;
        try (InputStream in = getClass().getResourceAsStream(SEED)) {
            seed = in.readAllBytes();
        }
        read(new ArticleReader(new ByteArrayInputStream(seed)), "-");

        assertThat(errors).isEmpty();
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("stdin");
            assertThat(a.published()).contains(LocalDate.of(2022, 1, 26));
            assertThat(a.text()).startsWith("Azerbaijani Defence Minister");
        });
    }

    @Test
    void stdinAsJsonLines() {
        String in = "\n  {\"id\": \"s1\", \"text\": \"First.\", \"date\": \"2022-01-26\"}\nnot json\n"
                + "{\"id\": \"s2\", \"text\": \"Second.\"}\n";
        read(new ArticleReader(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8))), "-");

        assertThat(articles).extracting(Article::id).containsExactly("s1", "s2");
        assertThat(articles.get(0).published()).contains(LocalDate.of(2022, 1, 26));
        assertThat(errors).extracting(ReadError::input).containsExactly("-:3");
    }

    @Test
    void html() throws IOException {
        Path p = write("page.html", """
                <!doctype html>
                <html><head><title>Ministers meet in Tehran</title>
                <meta property="article:published_time" content="2022-01-25T08:30:00+03:30">
                <style>p { color: red }</style><script>var x = "not text";</script></head>
                <body><nav><a href="/">Home</a></nav>
                <article><h1>Ministers meet in Tehran</h1>
                <p>Azerbaijani Defence Minister <b>Zakir Hasanov</b> met his Iranian counterpart.</p>
                <p>The parties   signed
                 a protocol.</p></article>
                <footer>Copyright</footer></body></html>
                """);
        read(p.toString());

        assertThat(errors).isEmpty();
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("page");
            assertThat(a.title()).isEqualTo("Ministers meet in Tehran");
            assertThat(a.published()).contains(LocalDate.of(2022, 1, 25));
            assertThat(a.text()).isEqualTo("Azerbaijani Defence Minister Zakir Hasanov met his Iranian counterpart."
                    + "\n\nThe parties signed a protocol.");
        });
    }

    @Test
    void htmlDateFromTimeElement() throws IOException {
        Path p = write("t.htm", "<p>Posted <time datetime=\"2021-12-31\">yesterday</time></p><p>Body.</p>");
        read(p.toString());

        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.published()).isEqualTo(Optional.of(LocalDate.of(2021, 12, 31)));
            assertThat(a.text()).isEqualTo("Posted yesterday\n\nBody.");
        });
    }

    @Test
    void jsonArrayFile() throws IOException {
        Path p = write("list.json", "[\n {\"id\": \"j1\", \"text\": \"One.\"},\n {\"id\": \"j2\"}\n]");
        read(p.toString());

        assertThat(articles).extracting(Article::id).containsExactly("j1");
        assertThat(errors).extracting(ReadError::input).containsExactly(p + "[1]");
    }

    @Test
    void oneFilesBytesReadAsReadReadsTheFile() throws IOException {
        Path html = write("page.html", "<html><head><title>T</title></head><body><p>Iran and Azerbaijan met.</p>"
                + "</body></html>");
        Path jsonl = write("in/two.jsonl", "{\"id\": \"a\", \"text\": \"One.\"}\n{bad\n"
                + "{\"id\": \"a\", \"text\": \"Two.\", \"date\": \"someday\"}\n");
        Path latin = dir.resolve("latin.txt");
        Files.write(latin, new byte[] {'O', 'k', ' ', (byte) 0xe9, '.'});
        read(html.toString(), jsonl.toString(), latin.toString());
        List<Article> fromFiles = List.copyOf(articles);
        List<ReadError> fileErrors = List.copyOf(errors);
        List<ReadWarning> fileWarnings = List.copyOf(warnings);
        articles.clear();
        errors.clear();
        warnings.clear();
        ArticleReader reader = new ArticleReader(InputStream.nullInputStream());
        for (Path p : List.of(html, jsonl, latin)) {
            reader.readFile(p.toString(), Files.readAllBytes(p), articles::add, errors::add, warnings::add);
        }
        assertThat(errors).isEqualTo(fileErrors).hasSize(1);
        assertThat(warnings).isEqualTo(fileWarnings).hasSize(2);
        assertThat(articles).isEqualTo(fromFiles).hasSize(4);
        assertThat(articles.get(2).id()).as("a repeated id within one file").isEqualTo("a#2");
        assertThat(articles.get(3).text()).isEqualTo("Ok \u00e9.");
    }

    @Test
    void oneFileOverTheLimitIsRefusedAsReadRefusesIt() throws IOException {
        Path big = write("big.txt", "Iran met Turkey. ".repeat(2000));
        ArticleReader reader = new ArticleReader(InputStream.nullInputStream()).withMaxChars(100);
        read(reader, big.toString());
        List<ReadError> fileErrors = List.copyOf(errors);
        errors.clear();
        reader.readFile(big.toString(), Files.readAllBytes(big), articles::add, errors::add, warnings::add);
        assertThat(articles).isEmpty();
        assertThat(errors).isEqualTo(fileErrors).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("--max-chars"));
    }

    @Test
    void oneJsonLineAsAFileLine() {
        ArticleReader reader = new ArticleReader(InputStream.nullInputStream());
        reader.readJsonLine("f.jsonl:3", "f.jsonl", "{\"id\": 7, \"text\": \"Iran met Turkey.\", \"date\": \"2022-01-26\"}",
                articles::add, errors::add, warnings::add);
        reader.readJsonLine("f.jsonl:4", "f.jsonl", "   ", articles::add, errors::add, warnings::add);
        reader.readJsonLine("f.jsonl:5", "f.jsonl", "{\"text\": \"no id\"}", articles::add, errors::add, warnings::add);
        reader.readJsonLine("f.jsonl:6", "f.jsonl", "[1", articles::add, errors::add, warnings::add);
        reader.readJsonLine("f.jsonl:7", "f.jsonl", "{\"id\": \"u\", \"text\": \"Undated.\", \"date\": \"soon\"}",
                articles::add, errors::add, warnings::add);
        reader.withMaxChars(10).readJsonLine("f.jsonl:8", "f.jsonl",
                "{\"id\": \"long\", \"text\": \"" + "x".repeat(200_000) + "\"}", articles::add, errors::add,
                warnings::add);
        assertThat(articles).hasSize(2).first().satisfies(a -> {
            assertThat(a.id()).isEqualTo("7");
            assertThat(a.source()).isEqualTo("f.jsonl");
            assertThat(a.published()).contains(LocalDate.of(2022, 1, 26));
        });
        assertThat(articles.get(1).published()).isEmpty();
        assertThat(errors).extracting(ReadError::input).containsExactly("f.jsonl:5", "f.jsonl:6", "f.jsonl:8");
        assertThat(errors.get(2).message()).contains("--max-chars");
        assertThat(warnings).extracting(ReadWarning::input).containsExactly("f.jsonl:7");
    }
}
