package org.dyad.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's library example is this package's {@link ReadmeExample}, word for word: the README shows the code
 * between the markers, this test checks it is the same and runs it.
 */
class ReadmeExampleTest {
    private static Path root() {
        Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        return Files.exists(p.resolve("README.md")) ? p : p.getParent();
    }

    private static String example() throws IOException {
        String src = Files.readString(root().resolve(
                "dyad-app/src/test/java/org/dyad/example/ReadmeExample.java"), StandardCharsets.UTF_8);
        int from = src.indexOf('\n', src.indexOf("// README: library example begins")) + 1;
        int to = src.indexOf("// README: library example ends");
        return src.substring(from, to).strip();
    }

    @Test
    void theReadmeShowsTheExampleThatCompiles() throws IOException {
        String readme = Files.readString(root().resolve("README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains("```java\n" + example() + "\n```");
    }

    @Test
    void theExampleCodesTheMeetingAndTheSigning() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            ReadmeExample.main(new String[0]);
        } finally {
            System.setOut(out);
        }
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("2022-01-25 AZEGOV").contains("IRNGOV").contains(" 057 ");
    }
}
