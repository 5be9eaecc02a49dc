package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives byte-identical JSONL on two different days: `dyad code` is run twice with the clock fixed
 * by faketime (Debian's libfaketime, which .ci/run installs) to 2030-01-07 and 2031-06-15, on a dated article and
 * an undated one whose text says "on Monday" and "last week".
 */
class DeterminismIT {
    @TempDir Path dir;

    private static boolean hasFaketime() {
        try {
            return new ProcessBuilder("faketime", "--version").start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private String run(String day, Path input) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of("faketime", day + " 12:00:00", java, "-Xmx2g", "-cp",
                System.getProperty("java.class.path"), "org.dyad.cli.Main", "code", input.toString(), "--format",
                "jsonl", "--threads", "1"));
        Path out = dir.resolve("out-" + day + ".jsonl");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void theSameInputCodesByteForByteTheSameOnAnotherDay() throws Exception {
        assumeTrue(hasFaketime(), "faketime is not installed");
        Path input = Files.writeString(dir.resolve("in.jsonl"), String.join("\n",
                "{\"id\": \"dated\", \"date\": \"2024-05-15\", \"text\": \"Armenia signed a trade agreement with Georgia "
                        + "on Monday. Turkey criticised Syria last week.\"}",
                "{\"id\": \"undated\", \"text\": \"Armenia signed a trade agreement with Georgia on Monday. Turkey "
                        + "criticised Syria last week. Iran and Iraq signed a border treaty on 5 March 2021.\"}",
                ""), StandardCharsets.UTF_8);
        String first = run("2030-01-07", input);
        String second = run("2031-06-15", input);
        assertThat(first).contains("\"doc_id\":\"undated\"").contains("\"date\":null").contains("2021-03-05");
        assertThat(second).isEqualTo(first);
    }
}
