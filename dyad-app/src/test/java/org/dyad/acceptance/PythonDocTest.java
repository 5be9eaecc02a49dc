package org.dyad.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.article.Article;
import org.dyad.io.ArticleReader;
import org.dyad.pipeline.CodedArticle;
import org.dyad.store.EventStore;
import org.dyad.store.ExportFormat;
import org.dyad.store.Exports;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/python.md stays true: its Python snippets, run in order with pandas on the exports of examples/ it tells
 * how to make, print the store's own counts. Needs python3 with pandas (Debian's python3-pandas, which
 * .ci/run installs); skipped where there is none.
 */
class PythonDocTest {
    private static final Path DOC = Path.of("..", "docs", "python.md");
    private static final Pattern BLOCK = Pattern.compile("```python\\n(.*?)```", Pattern.DOTALL);

    /** Debian's python3 (where apt puts python3-pandas) before whatever python3 is first on the PATH. */
    private static String python() {
        for (String p : List.of("/usr/bin/python3", "python3")) {
            try {
                Process pr = new ProcessBuilder(p, "-c", "import pandas").redirectErrorStream(true).start();
                pr.getInputStream().readAllBytes();
                if (pr.waitFor(60, TimeUnit.SECONDS) && pr.exitValue() == 0) {
                    return p;
                }
            } catch (IOException e) {
                // not there: try the next
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return null;
    }

    @Test
    void theSnippetsRunOnRealExportsAndCountWhatTheStoreHolds(@TempDir Path dir) throws Exception {
        String python = python();
        Assumptions.assumeTrue(python != null, "needs python3 with pandas (apt-get install python3-pandas)");
        List<Article> articles = new ArrayList<>();
        new ArticleReader().read(List.of(Path.of("..", "examples").toString()), articles::add, e -> {
            throw new AssertionError(e.toString());
        });
        long events;
        long asserted;
        try (EventStore store = EventStore.open(dir.resolve("my.duckdb"))) {
            TestPipeline.coder().codeAll(articles, (CodedArticle c) -> store.put(c), f -> {
                throw new AssertionError(f.message());
            });
            events = store.totals().events();
            export(store, ExportFormat.JSONL, false, dir.resolve("events.jsonl"));
            export(store, ExportFormat.CSV, false, dir.resolve("events.csv"));
            export(store, ExportFormat.JSONL, true, dir.resolve("mentions.jsonl"));
            asserted = export(store, ExportFormat.GDELT_MENTIONS, false, dir.resolve("mentions.tsv"));
        }
        StringBuilder script = new StringBuilder();
        Matcher m = BLOCK.matcher(Files.readString(DOC));
        while (m.find()) {
            script.append(m.group(1)).append('\n');
        }
        assertThat(script).contains("json_normalize", "read_csv");
        Path py = dir.resolve("doc.py");
        Files.writeString(py, script);
        Process p = new ProcessBuilder(python, py.toString()).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("events " + events + " csv rows " + events + " mentions " + asserted + " asserted "
                + asserted + " gdelt mention rows " + asserted);
        assertThat(out).contains("AZEGOVMIL").contains("coop");
    }

    private static long export(EventStore store, ExportFormat f, boolean mentions, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            return Exports.write(store, f, mentions, w).rows();
        }
    }
}
