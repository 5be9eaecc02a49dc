package org.dyad.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.article.Article;

/**
 * Fuzz tests of {@link ArticleReader}: whatever the bytes of a .txt, .html or .jsonl file or of standard input,
 * reading never throws, every article delivered has text within the limit, and every message is short. In a plain
 * test run each target replays the inputs committed under {@code ArticleReaderFuzzTestInputs/}; with
 * {@code JAZZER_FUZZ=1} it fuzzes for {@code maxDuration}.
 */
class ArticleReaderFuzzTest {
    private static final int MAX_CHARS = 2_000;

    @FuzzTest(maxDuration = "10s")
    void files(FuzzedDataProvider data) throws IOException {
        String ext = data.pickValue(new String[] {"txt", "html", "jsonl", "json", "text"});
        byte[] bytes = data.consumeRemainingAsBytes();
        Path dir = Files.createTempDirectory("fuzz");
        try {
            Path file = Files.write(dir.resolve("in." + ext), bytes);
            check(new ArticleReader(InputStream.nullInputStream()).withMaxChars(MAX_CHARS), file.toString());
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    @FuzzTest(maxDuration = "10s")
    void standardInput(byte[] bytes) {
        check(new ArticleReader(new ByteArrayInputStream(bytes)).withMaxChars(MAX_CHARS), "-");
    }

    private static void check(ArticleReader reader, String input) {
        List<Article> articles = new ArrayList<>();
        List<ReadError> errors = new ArrayList<>();
        List<ReadWarning> warnings = new ArrayList<>();
        reader.read(List.of(input), articles::add, errors::add, warnings::add);
        for (Article a : articles) {
            assertThat(a.text()).isNotBlank();
            assertThat(a.text().length()).isLessThanOrEqualTo(MAX_CHARS);
        }
        for (ReadError e : errors) {
            assertThat(e.message().length()).as(e.message()).isLessThan(400);
        }
        for (ReadWarning w : warnings) {
            assertThat(w.message().length()).as(w.message()).isLessThan(400);
        }
    }
}
