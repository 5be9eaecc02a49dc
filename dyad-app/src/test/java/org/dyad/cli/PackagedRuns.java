package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Helpers of the integration tests that run what {@code mvn package} built ({@code target/dyad-app.jar},
 * {@code target/lib}, the distribution archive) in a separate process, as a user would: the paths come from
 * system properties that failsafe sets (see dyad-app's pom).
 */
final class PackagedRuns {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** CoreNLP loads in each run (~20 s of CPU); generous for a loaded 2-core machine. */
    private static final long TIMEOUT_MINUTES = 8;

    private PackagedRuns() {}

    /** A path given by failsafe's system property {@code name}; fails the test if it is not set or missing. */
    static Path built(String name) {
        String value = System.getProperty(name);
        assertThat(value).as("system property %s (set by failsafe: run with mvn verify)", name).isNotNull();
        Path path = Path.of(value);
        assertThat(path).as("%s: run mvn package first", name).exists();
        return path;
    }

    /** The project root (failsafe runs in dyad-app/). */
    static Path projectRoot() {
        return Path.of("..").toAbsolutePath().normalize();
    }

    /** The {@code java} of the JRE running the tests. */
    static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** File names of the jars in {@code dir}, sorted. */
    static Set<String> jarNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar"))
                    .collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    /** The manifest Class-Path entries of {@code jar}, in order. */
    static List<String> manifestClassPath(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            String classPath = file.getManifest().getMainAttributes().getValue("Class-Path");
            return classPath == null ? List.of() : List.of(classPath.trim().split("\\s+"));
        }
    }

    /** What a finished process printed. */
    record Result(int exitCode, String out, String err) {
        List<String> outLines() {
            return out.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    /**
     * Runs {@code command} in {@code dir} with exactly the environment {@code env} (nothing inherited: no
     * Maven, no JAVA_TOOL_OPTIONS of the build), standard input closed, and waits for it.
     */
    static Result run(Path dir, Map<String, String> env, Path scratch, String... command)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(scratch, "out", ".txt");
        Path err = Files.createTempFile(scratch, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + TIMEOUT_MINUTES
                    + " minutes; stderr: " + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /**
     * Checks the JSONL that {@code dyad code examples/} printed: it exited 0, every line is an event, every
     * bundled example article gave events, and the founding article gave the agreement the README shows
     * ({@code 2022-01-25 AZEGOVMIL 057 IRNGOVMIL}).
     */
    static void assertCodedExamples(Result result, Path examples) throws IOException {
        assertThat(result.exitCode()).as("exit code; stderr:%n%s", result.err()).isZero();
        List<JsonNode> events = new ArrayList<>();
        for (String line : result.outLines()) {
            events.add(JSON.readTree(line));
        }
        assertThat(events).as("events printed; stderr:%n%s", result.err()).isNotEmpty()
                .allSatisfy(e -> {
                    assertThat(e.path("cameo").asText()).matches("\\d{3,4}");
                    assertThat(e.path("source").path("code").asText()).isNotEmpty();
                    assertThat(e.path("evidence").path("text").asText()).isNotEmpty();
                });
        Set<String> docs = new TreeSet<>();
        events.forEach(e -> docs.add(e.path("doc_id").asText()));
        Set<String> articles = new TreeSet<>();
        try (Stream<Path> files = Files.list(examples)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .forEach(n -> articles.add(n.substring(0, n.length() - ".txt".length())));
        }
        assertThat(articles).isNotEmpty();
        assertThat(docs).as("articles with events").isEqualTo(articles);
        assertThat(events).anySatisfy(e -> {
            assertThat(e.path("doc_id").asText()).isEqualTo("article-azerbaijan-iran-2022-01-26");
            assertThat(e.path("date").asText()).isEqualTo("2022-01-25");
            assertThat(e.path("source").path("code").asText()).isEqualTo("AZEGOVMIL");
            assertThat(e.path("cameo").asText()).isEqualTo("057");
            assertThat(e.path("target").path("code").asText()).isEqualTo("IRNGOVMIL");
        });
    }
}
