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
import org.dyad.article.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link ArticleReader} does with dates, encodings and sizes that are not as they should be. */
class ArticleReaderLimitsTest {
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
        return Files.writeString(dir.resolve(name), content);
    }

    // ------------------------------------------------------------------------------------------- dates

    @Test
    void anEmptyDateIsNoDateQuietly() throws IOException {
        Path p = write("d.jsonl", "{\"id\": \"e\", \"text\": \"Iran praised Iraq.\", \"date\": \"\"}\n"
                + "{\"id\": \"n\", \"text\": \"Iran praised Iraq again.\", \"date\": null}\n");
        read(p.toString());

        assertThat(errors).isEmpty();
        assertThat(warnings).isEmpty();
        assertThat(articles).extracting(Article::published).containsOnly(java.util.Optional.empty());
    }

    @Test
    void anInvalidDateIsNoDateWithAWarningNamingTheInput() throws IOException {
        Path p = write("d.jsonl", "{\"id\": \"x\", \"text\": \"Iran praised Iraq.\", \"date\": \"2022-13-45\"}\n");
        read(p.toString());

        assertThat(errors).isEmpty();
        assertThat(articles).singleElement().satisfies(a -> assertThat(a.published()).isEmpty());
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.input()).isEqualTo(p + ":1");
            assertThat(w.message()).contains("\"2022-13-45\"").contains("undated");
        });
    }

    @Test
    void aTextHeaderDateThatIsNotADateWarnsAndTheArticleIsUndated() throws IOException {
        Path p = write("h.txt", "Date: sometime last spring\n\nIran praised Iraq.");
        read(p.toString());

        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.published()).isEmpty();
            assertThat(a.text()).isEqualTo("Iran praised Iraq.");
        });
        assertThat(warnings).singleElement().satisfies(w -> assertThat(w.message()).contains("sometime last spring"));
    }

    @Test
    void anHtmlPageWithoutADateIsUndatedQuietly() throws IOException {
        Path p = write("p.html", "<html><head><title>T</title></head><body><p>Iran praised Iraq.</p></body></html>");
        read(p.toString());

        assertThat(articles).singleElement().satisfies(a -> assertThat(a.published()).isEmpty());
        assertThat(warnings).isEmpty();
        assertThat(errors).isEmpty();
    }

    @Test
    void aLongBadValueIsQuotedToAHundredAndTwentyCharacters() throws IOException {
        String junk = "x".repeat(5000);
        Path p = write("j.jsonl", "{\"id\": \"j\", \"text\": \"T.\", \"date\": \"" + junk + "\"}\n{" + junk + "\n");
        read(p.toString());

        assertThat(warnings).singleElement().satisfies(w -> assertThat(w.message()).hasSizeLessThan(250)
                .contains("5000 characters"));
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.message()).hasSizeLessThan(300));
    }

    // ------------------------------------------------------------------------------------------- encodings

    @Test
    void utf16FilesWithAByteOrderMarkAreRead() throws IOException {
        String text = "date 2022-01-26\n\nIran and Azerbaijan signed a protocol in Bak\u00fc.";
        Files.write(dir.resolve("le.txt"), withBom(new byte[] {(byte) 0xFF, (byte) 0xFE},
                text.getBytes(StandardCharsets.UTF_16LE)));
        Files.write(dir.resolve("be.txt"), withBom(new byte[] {(byte) 0xFE, (byte) 0xFF},
                text.getBytes(StandardCharsets.UTF_16BE)));
        Files.write(dir.resolve("u8.txt"), withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                text.getBytes(StandardCharsets.UTF_8)));
        read(dir.toString());

        assertThat(errors).isEmpty();
        assertThat(warnings).isEmpty();
        assertThat(articles).hasSize(3).allSatisfy(a -> {
            assertThat(a.text()).isEqualTo("Iran and Azerbaijan signed a protocol in Bak\u00fc.");
            assertThat(a.published()).contains(LocalDate.of(2022, 1, 26));
        });
    }

    @Test
    void aStrayWindows1252ByteKeepsTheArticleAndTheUtf8AroundIt() throws IOException {
        byte[] before = "{\"id\": \"s\", \"text\": \"Iran\u2019s minister said it".getBytes(StandardCharsets.UTF_8);
        byte[] after = "s fine.\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] line = withBom(before, new byte[] {(byte) 0x92});
        Path p = dir.resolve("mixed.jsonl");
        Files.write(p, withBom("\n".getBytes(StandardCharsets.UTF_8), withBom(line, after)));
        read(p.toString());

        assertThat(errors).isEmpty();
        assertThat(articles).singleElement().satisfies(a ->
                assertThat(a.text()).isEqualTo("Iran\u2019s minister said it\u2019s fine."));
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.input()).isEqualTo(p.toString());
            assertThat(w.message()).contains("byte offset " + (1 + before.length));
        });
    }

    @Test
    void standardInputInUtf16IsRead() {
        byte[] in = withBom(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "{\"id\": \"u\", \"text\": \"Iran praised Iraq.\"}\n".getBytes(StandardCharsets.UTF_16LE));
        read(new ArticleReader(new ByteArrayInputStream(in)), "-");

        assertThat(errors).isEmpty();
        assertThat(articles).extracting(Article::id).containsExactly("u");
    }

    // ------------------------------------------------------------------------------------------- sizes

    @Test
    void anArticleOverTheLimitIsRefusedByNameAndTheOthersAreRead() throws IOException {
        Path big = write("big.txt", "Iran praised Iraq. ".repeat(60)); // 1,140 characters
        Path huge = dir.resolve("huge.txt");
        Files.write(huge, new byte[20 * 1024 * 1024]); // refused on its size, never decoded
        Path good = write("good.txt", "Iran praised Iraq.");
        Path lines = write("l.jsonl", "{\"id\": \"long\", \"text\": \"" + "a".repeat(1500) + "\"}\n"
                + "{\"id\": \"short\", \"text\": \"Iran praised Iraq.\"}\n"
                + "{\"id\": \"huge\", \"text\": \"" + "b".repeat(200_000) + "\"}\n");
        read(new ArticleReader(InputStream.nullInputStream()).withMaxChars(1000), big.toString(), huge.toString(),
                good.toString(), lines.toString());

        assertThat(articles).extracting(Article::id).containsExactly("good", "short");
        assertThat(errors).extracting(ReadError::input).containsExactly(big.toString(), huge.toString(),
                lines + ":1", lines + ":3");
        assertThat(errors.get(0).message()).contains("1,140 characters").contains("1,000").contains("--max-chars");
        assertThat(errors.get(1).message()).contains("20,971,520 bytes").contains("not read");
        assertThat(errors.get(3).message()).contains("a line of").contains("not read");
    }

    @Test
    void standardInputOverTheLimitIsRefused() {
        byte[] in = "Iran praised Iraq. ".repeat(10_000).getBytes(StandardCharsets.UTF_8);
        read(new ArticleReader(new ByteArrayInputStream(in)).withMaxChars(1000), "-");

        assertThat(articles).isEmpty();
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.input()).isEqualTo("-");
            assertThat(e.message()).contains("--max-chars");
        });
    }

    private static byte[] withBom(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
