package org.dyad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * A closed DuckDB store's tables written as Parquet in the Spark job's layout ({@code articles/}, {@code mentions/},
 * {@code events/}, {@code meta/}), by DuckDB, so that {@code --parquet} can be tested against {@code --db} on the
 * same rows in this module (dyad-spark's tests read the job's own output).
 */
public final class ParquetLayout {
    private ParquetLayout() {}

    public static Path write(Path db, Path out) throws Exception {
        Properties p = new Properties();
        p.setProperty("duckdb.read_only", "true");
        String[][] tables = {{"article", "articles"}, {"mention", "mentions"}, {"event", "events"}, {"meta", "meta"}};
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath(), p);
             Statement s = c.createStatement()) {
            for (String[] t : tables) {
                Files.createDirectories(out.resolve(t[1]));
                s.execute("COPY (SELECT * FROM " + t[0] + ") TO '" + out.resolve(t[1]).resolve("part-00000.parquet")
                        + "' (FORMAT parquet)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the Parquet layout of " + db + ": " + e.getMessage(), e);
        }
        return out;
    }
}
