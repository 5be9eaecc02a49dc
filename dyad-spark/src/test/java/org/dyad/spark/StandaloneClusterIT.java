package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The job on a real Spark standalone cluster: src/test/scripts/standalone-cluster.sh starts a master and two workers
 * (each its own JVM, from the Spark jars Maven resolved) on loopback, submits dyad-spark-job.jar with the CoreNLP
 * models jar in --jars, checks that every output folder was written and stops the cluster. Its output must be what
 * {@code dyad ingest} stores from the same inputs. Runs after package (failsafe), in verify.
 */
class StandaloneClusterIT {
    @Test
    void aStandaloneClusterCodesAsIngestDoes() throws IOException, InterruptedException {
        Path base = Path.of(System.getProperty("dyad.jobJar")).getParent().resolve("standalone-cluster");
        Path in = Files.createDirectories(base.resolve("in"));
        try (Stream<Path> examples = Files.list(Path.of(System.getProperty("dyad.examples")))) {
            for (Path e : examples.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(e, in.resolve(e.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(in.resolve("wire.jsonl"), String.join("\n",
                "{\"id\": \"w1\", \"date\": \"2024-02-05\", \"text\": \"Georgia and Armenia signed a border agreement "
                        + "in Tbilisi on Monday.\", \"url\": \"https://caucasus-wire.example/1\"}",
                "{\"id\": \"w2\", \"date\": \"2024-02-06\", \"text\": \"Armenia and Georgia signed a border agreement "
                        + "in Tbilisi on Monday, officials said.\", \"url\": \"https://yerevan-daily.example/2\"}",
                "{\"id\": \"w3\", \"date\": \"2024-02-06\", \"text\": \"Azerbaijan accused Armenia of shelling its "
                        + "positions on Tuesday.\"}"), StandardCharsets.UTF_8);
        Path out = base.resolve("out");
        Path log = base.resolve("run.log");
        List<String> command = new ArrayList<>(List.of("bash", System.getProperty("dyad.script"), out.toString(),
                in.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("DYAD_JOB_JAR", System.getProperty("dyad.jobJar"));
        pb.environment().put("DYAD_MODELS_JAR", System.getProperty("dyad.modelsJar"));
        pb.environment().put("DYAD_SPARK_CLASSPATH", System.getProperty("dyad.sparkClasspath"));
        pb.environment().put("DYAD_WORK", base.resolve("work").toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        boolean ended = p.waitFor(20, TimeUnit.MINUTES);
        if (!ended) {
            p.destroy();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        String run = Files.readString(log);
        System.out.println(run);
        assertThat(ended).as("the script ends within 20 minutes").isTrue();
        assertThat(p.exitValue()).as(run).isZero();
        assertThat(run).contains("executors granted by the master: 2").contains("output checked");
        assertThat(run).containsPattern("tasks ran on executors: 0 1 ");

        Path db = base.resolve("ingest.duckdb");
        Files.deleteIfExists(db);
        Cli ingest = Cli.run("ingest", in.toString(), "--db", db.toString(), "--progress", "none");
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        Outputs one = Outputs.ofStore(db);
        assertThat(Outputs.ofParquet(out)).isEqualTo(one);
        assertThat(one.totals().events()).as("the inputs make events").isGreaterThan(20);
    }
}
