package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar dyad-app/target/dyad-app.jar ...} runs the CLI: Main-Class and Class-Path in the manifest. */
class ExecutableJarIT {
    @TempDir
    Path scratch;

    @Test
    void manifestNamesTheMainClassAndExactlyTheCopiedRuntimeJars() throws Exception {
        Path jar = PackagedRuns.built("dyad.jar");
        Path lib = PackagedRuns.built("dyad.lib");
        try (JarFile file = new JarFile(jar.toFile())) {
            assertThat(file.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo(Main.class.getName());
        }
        List<String> classPath = PackagedRuns.manifestClassPath(jar);
        assertThat(classPath).allSatisfy(entry -> assertThat(entry).startsWith("lib/")).doesNotHaveDuplicates();
        // The same names both ways: a Class-Path entry with no file is silently ignored by the JVM, and a jar
        // in lib/ that the manifest does not name (e.g. left over from an older dependency: mvn clean) would
        // still be on ./dyad's and bin/dyad's class path (lib/*).
        assertThat(classPath.stream().map(e -> e.substring("lib/".length())).toList())
                .as("Class-Path of %s vs the jars in %s", jar, lib)
                .containsExactlyInAnyOrderElementsOf(PackagedRuns.jarNames(lib));
        assertThat(classPath).anySatisfy(e -> assertThat(e).matches("lib/stanford-corenlp-[0-9.]+-models\\.jar"))
                .anySatisfy(e -> assertThat(e).matches("lib/dyad-core-.+\\.jar"));
    }

    @Test
    void javaDashJarCodesTheExamples() throws Exception {
        Path jar = PackagedRuns.built("dyad.jar");
        Path root = PackagedRuns.projectRoot();
        // As the README says, from the project root; nothing from the build's environment.
        PackagedRuns.Result result = PackagedRuns.run(root, Map.of("HOME", scratch.toString()), scratch,
                PackagedRuns.java().toString(), "-Xmx2g", "-jar", root.relativize(jar).toString(),
                "code", "examples/");
        PackagedRuns.assertCodedExamples(result, root.resolve("examples"));
    }
}
