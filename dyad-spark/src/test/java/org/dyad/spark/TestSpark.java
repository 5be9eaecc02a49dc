package org.dyad.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one Spark session of the test JVM: local mode, two worker threads, a task tried at most twice
 * ({@code local[2,2]}: local[2] with one retry, which the retry test needs), on loopback, without the web UI. The
 * CoreNLP models load once in this JVM, for the job's executor threads and the CLI's ingest alike. Dates are
 * java.time values, as the job sets them.
 */
final class TestSpark {
    private static SparkSession session;

    private TestSpark() {}

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2,2]")
                    .appName("dyad-spark tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.datetime.java8API.enabled", "true")
                    .getOrCreate();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> session.stop()));
        }
        return session;
    }
}
