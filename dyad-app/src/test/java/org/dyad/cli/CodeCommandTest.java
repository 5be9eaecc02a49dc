package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code dyad code} command end to end, in-process, with the real pipeline. */
class CodeCommandTest {
    private static final String AGREEMENT = Path.of("..", "examples", "agreement-2023-06-20.txt").toString();

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        CommandLine cl = Dyad.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void jsonlHasTheContractFields() throws IOException {
        Run r = run("code", AGREEMENT, "--format", "jsonl");
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            lines.add(new ObjectMapper().readTree(line));
        }
        assertThat(lines).isNotEmpty();
        for (JsonNode e : lines) {
            assertThat(e.fieldNames()).toIterable().contains("event_id", "doc_id", "sentence", "date", "source",
                    "target", "cameo", "cameo_root", "goldstein", "quad_class", "plover", "modality", "location",
                    "evidence", "rule");
            assertThat(e.get("doc_id").asText()).isEqualTo("agreement-2023-06-20");
            assertThat(e.at("/source/code").asText()).isNotEmpty();
            int start = e.at("/evidence/start").asInt();
            int end = e.at("/evidence/end").asInt();
            assertThat(end - start).isEqualTo(e.at("/evidence/text").asText().length());
        }
    }

    @Test
    void aMissingFileIsReportedByNameAndTheRestIsCoded(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.jsonl");
        Files.writeString(broken, "{\"id\": \"a1\", \"text\": \"Iran praised Iraq.\", \"date\": \"2024-05-02\"}\n{not json\n");
        Run r = run("code", dir.resolve("missing.txt").toString(), broken.toString(), AGREEMENT, "--format", "csv");
        assertThat(r.exit()).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(r.err()).contains("missing.txt").contains("broken.jsonl:2");
        assertThat(r.out()).startsWith("event_id,");
        assertThat(r.out()).contains("agreement-2023-06-20").contains("a1");
    }

    @Test
    void unknownFormatIsAUsageError() {
        Run r = run("code", AGREEMENT, "--format", "xml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown format 'xml'");
    }
}
