package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archive {@code dyad-<version>.tar.gz}, unpacked with tar into a temporary folder, runs
 * with only a JRE: {@code bin/dyad code examples/} in an environment that holds JAVA_HOME and HOME alone (no
 * PATH to Maven or anything else).
 */
class DistributionIT {
    /** Unpacked once for the class (~600 MB). */
    @TempDir
    static Path scratch;
    private static Path home;

    @BeforeAll
    static void unpack() throws Exception {
        Path archive = PackagedRuns.built("dyad.dist");
        Path into = Files.createDirectory(scratch.resolve("unpacked"));
        PackagedRuns.Result tar = PackagedRuns.run(into, Map.of("PATH", "/usr/bin:/bin"), scratch,
                "tar", "-xzf", archive.toString());
        assertThat(tar.exitCode()).as("tar -xzf %s: %s", archive, tar.err()).isZero();
        home = into.resolve(System.getProperty("dyad.dist.name"));
        try (var top = Files.list(into)) {
            assertThat(top.toList()).as("one top folder").containsExactly(home);
        }
    }

    @Test
    void holdsTheLauncherTheJarsTheDocumentsAndTheExamples() throws Exception {
        Path launcher = home.resolve("bin/dyad");
        assertThat(launcher).isRegularFile().isExecutable();
        assertThat(Files.readString(launcher)).startsWith("#!/bin/sh\n").doesNotContain("\r");
        for (String doc : new String[] {"README.md", "NOTICE", "LICENSE"}) {
            assertThat(home.resolve(doc)).hasSameTextualContentAs(PackagedRuns.projectRoot().resolve(doc));
        }
        assertThat(Files.readString(home.resolve("LICENSE"))).contains("GNU GENERAL PUBLIC LICENSE")
                .contains("Version 3, 29 June 2007");
        Set<String> expectedJars = new TreeSet<>(PackagedRuns.jarNames(PackagedRuns.built("dyad.lib")));
        expectedJars.add(PackagedRuns.built("dyad.jar").getFileName().toString());
        assertThat(PackagedRuns.jarNames(home.resolve("lib"))).isEqualTo(expectedJars);
        Path examples = PackagedRuns.projectRoot().resolve("examples");
        assertThat(home.resolve("examples")).isDirectoryContaining(p -> p.toString().endsWith(".txt"));
        try (var files = Files.list(examples)) {
            files.forEach(f -> assertThat(home.resolve("examples").resolve(f.getFileName())).hasSameBinaryContentAs(f));
        }
    }

    @Test
    void noticeNamesTheLicenseOfEveryBundledJar() throws Exception {
        String notice = Files.readString(home.resolve("NOTICE"), StandardCharsets.UTF_8);
        assertThat(PackagedRuns.jarNames(home.resolve("lib"))).allSatisfy(jar -> {
            if (!jar.startsWith("dyad-")) {
                assertThat(notice).as("NOTICE lists %s (bundled in lib/)", jar).contains(jar);
            }
        });
    }

    @Test
    void binDyadCodesTheExamplesWithOnlyAJre() throws Exception {
        Map<String, String> env = Map.of("JAVA_HOME", System.getProperty("java.home"), "HOME", scratch.toString(),
                "PATH", scratch.resolve("empty").toString());
        PackagedRuns.Result result = PackagedRuns.run(home, env, scratch, "bin/dyad", "code", "examples/");
        PackagedRuns.assertCodedExamples(result, home.resolve("examples"));
    }

    @Test
    void binDyadFindsJavaOnThePathAndItsLibThroughASymlink() throws Exception {
        Path javaDir = Files.createDirectory(scratch.resolve("java-only"));
        Path javaLink = Files.createSymbolicLink(javaDir.resolve("java"), PackagedRuns.java());
        try {
            checkJavaOnPathAndSymlinkedLauncher(javaDir);
        } finally {
            Files.delete(javaLink); // a link out of the temporary folder: JUnit would warn on cleanup
        }
    }

    private static void checkJavaOnPathAndSymlinkedLauncher(Path javaDir) throws Exception {
        PackagedRuns.Result onPath = PackagedRuns.run(scratch, Map.of("PATH", javaDir.toString()), scratch,
                home.resolve("bin/dyad").toString(), "--version");
        assertThat(onPath.exitCode()).as(onPath.err()).isZero();
        assertThat(onPath.out()).startsWith("dyad ");

        Path userBin = Files.createDirectory(scratch.resolve("user-bin"));
        Files.createSymbolicLink(userBin.resolve("dyad"), home.resolve("bin/dyad"));
        PackagedRuns.Result linked = PackagedRuns.run(scratch,
                Map.of("PATH", javaDir + ":/usr/bin:/bin"), scratch, userBin.resolve("dyad").toString(), "--version");
        assertThat(linked.exitCode()).as(linked.err()).isZero();
        assertThat(linked.out()).isEqualTo(onPath.out());
    }

    @Test
    void binDyadWithoutJavaSaysWhatIsMissing() throws Exception {
        PackagedRuns.Result noJava = PackagedRuns.run(scratch, Map.of("PATH", scratch.resolve("empty").toString()),
                scratch, home.resolve("bin/dyad").toString(), "--version");
        assertThat(noJava.exitCode()).isEqualTo(1);
        assertThat(noJava.err()).contains("no Java found").contains("JAVA_HOME");

        PackagedRuns.Result badHome = PackagedRuns.run(scratch, Map.of("JAVA_HOME", scratch.toString()),
                scratch, home.resolve("bin/dyad").toString(), "--version");
        assertThat(badHome.exitCode()).isEqualTo(1);
        assertThat(badHome.err()).contains("JAVA_HOME is " + scratch);
    }
}
