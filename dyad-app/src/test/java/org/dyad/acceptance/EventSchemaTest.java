package org.dyad.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.article.Article;
import org.dyad.io.ArticleReader;
import org.dyad.io.EventWriter;
import org.dyad.io.EventWriters;
import org.dyad.pipeline.CodedArticle;
import org.dyad.store.EventStore;
import org.dyad.store.ExportFormat;
import org.dyad.store.Exports;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/event.schema.json holds for every event Dyad writes as JSONL: {@code dyad code}'s on examples/ and on
 * the development gold texts of ../shared/dev (skipped without ../shared), and {@code dyad export}'s.
 */
class EventSchemaTest {
    private static final Path SCHEMA = Path.of("..", "docs", "event.schema.json");
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final Path DEV = Path.of("..", "..", "shared", "dev", "plover-gsr-dev.jsonl");

    private static Schema schema() throws IOException {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(SCHEMA), InputFormat.JSON);
    }

    private static List<CodedArticle> code(Path input) {
        List<Article> articles = new ArrayList<>();
        new ArticleReader().read(List.of(input.toString()), articles::add, e -> {
            throw new AssertionError(e.toString());
        });
        List<CodedArticle> out = new ArrayList<>();
        TestPipeline.coder().codeAll(articles, out::add, f -> {
            throw new AssertionError(f.message());
        });
        return out;
    }

    private static String jsonl(List<CodedArticle> coded) {
        StringWriter w = new StringWriter();
        try (EventWriter out = EventWriters.create("jsonl", w)) {
            coded.forEach(c -> c.events().forEach(out::write));
        }
        return w.toString();
    }

    /** Each line's schema errors, "line N: message"; the line count in {@code lines}. */
    private static List<String> violations(Schema schema, String jsonl, int[] lines) {
        List<String> out = new ArrayList<>();
        int n = 0;
        for (String line : jsonl.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            n++;
            for (Error e : schema.validate(line, InputFormat.JSON)) {
                out.add("line " + n + ": " + e.getMessage());
            }
        }
        lines[0] = n;
        return out;
    }

    @Test
    void everyEventCodedFromTheExamplesAndExportedFromTheStoreFollowsTheSchema(@TempDir Path dir) throws IOException {
        Schema schema = schema();
        List<CodedArticle> coded = code(EXAMPLES);
        int[] lines = {0};
        assertThat(violations(schema, jsonl(coded), lines)).isEmpty();
        assertThat(lines[0]).isGreaterThan(20);
        StringWriter export = new StringWriter();
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            coded.forEach(store::put);
            Exports.write(store, ExportFormat.JSONL, false, export);
        }
        assertThat(violations(schema, export.toString(), lines)).isEmpty();
        assertThat(lines[0]).isGreaterThan(10);
    }

    @Test
    void theSchemaCatchesWhatBreaksTheContract() throws IOException {
        Schema schema = schema();
        String good = jsonl(code(EXAMPLES.resolve("agreement-2023-06-20.txt"))).lines().findFirst().orElseThrow();
        int[] lines = {0};
        assertThat(violations(schema, good, lines)).isEmpty();
        assertThat(violations(schema, good.replaceFirst("\"quad_class\":\\d", "\"quad_class\":7"), lines)).isNotEmpty();
        assertThat(violations(schema, good.replaceFirst("\"confidence\":[0-9.]+", "\"confidence\":1.5"), lines))
                .isNotEmpty();
        assertThat(violations(schema, good.replaceFirst("\"confidence\":[0-9.]+", "\"confidence\":0.8"), lines))
                .isEmpty();
        assertThat(violations(schema, good.replaceFirst("\"source\":\\{\"code\":\"[A-Z]+\"", "\"source\":{\"code\":\"jp\""),
                lines)).isNotEmpty();
        assertThat(violations(schema, good.replaceFirst("\"rule\":", "\"rules\":"), lines)).isNotEmpty();
    }

    @Test
    void everyEventCodedFromTheDevelopmentTextsFollowsTheSchema() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(DEV), "needs ../shared/dev beside the project");
        int[] lines = {0};
        assertThat(violations(schema(), jsonl(code(DEV)), lines)).isEmpty();
        assertThat(lines[0]).isGreaterThan(100);
    }
}
