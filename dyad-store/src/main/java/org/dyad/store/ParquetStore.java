package org.dyad.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Spark output folder read as a store: an in-memory DuckDB database whose {@code article}, {@code mention},
 * {@code event} and {@code meta} are views over {@code articles/*.parquet}, {@code mentions/*.parquet},
 * {@code events/*.parquet} and {@code meta/*.parquet}, each column cast to its type in the store's own DDL
 * ({@link Schema}), and whose {@code actor} is a view of the actor codes the mentions name. The store's queries and
 * exports then run unchanged. Nothing is copied: DuckDB reads the Parquet files at each query. Read-only.
 */
final class ParquetStore {
    private ParquetStore() {}

    /** The Parquet folder of each table the job writes. */
    private static final Map<String, String> FOLDERS = new LinkedHashMap<>();

    static {
        FOLDERS.put("article", "articles");
        FOLDERS.put("mention", "mentions");
        FOLDERS.put("event", "events");
        FOLDERS.put("meta", "meta");
    }

    /** The schema the store's DDL is run in, to read its columns and types; dropped afterwards. */
    private static final String DDL_SCHEMA = "dyad_ddl";

    private static final String ACTORS = """
            CREATE VIEW actor AS
            SELECT code, min(country) AS country, min(sectors) AS sectors FROM (
              SELECT source_code AS code, source_country AS country, source_sectors AS sectors FROM mention
              UNION ALL
              SELECT target_code, target_country, target_sectors FROM mention WHERE target_code IS NOT NULL)
            GROUP BY code""";

    static EventStore open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (!Files.isDirectory(dir)) {
            throw new StoreException("no Spark output folder at " + dir + " (dyad-spark's CodeJob --output writes one)");
        }
        for (Map.Entry<String, String> f : FOLDERS.entrySet()) {
            if (!hasParquet(dir.resolve(f.getValue()))) {
                throw new StoreException(dir + " is not a finished Dyad Spark output: no " + f.getValue()
                        + "/*.parquet" + (f.getKey().equals("meta") ? " (meta/ is written last: did the job end?)" : ""));
            }
        }
        Connection c;
        try {
            c = DriverManager.getConnection("jdbc:duckdb:");
        } catch (SQLException e) {
            throw new StoreException("cannot start DuckDB to read " + dir + ": " + e.getMessage(), e);
        }
        try {
            views(c, dir);
            Schema.check(c, dir.toString());
            return new EventStore(c, dir, true);
        } catch (SQLException | RuntimeException e) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the first error is the one to report
            }
            throw e instanceof StoreException se ? se : new StoreException("cannot read " + dir + ": "
                    + firstLine(String.valueOf(e.getMessage())), e);
        }
    }

    private static void views(Connection c, Path dir) throws SQLException {
        Map<String, List<String[]>> columns = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + DDL_SCHEMA);
            s.execute("SET schema = '" + DDL_SCHEMA + "'");
            Schema.create(c, dir.toString());
            s.execute("SET schema = 'main'");
            try (ResultSet r = s.executeQuery("SELECT table_name, column_name, data_type FROM information_schema.columns "
                    + "WHERE table_schema = '" + DDL_SCHEMA + "' ORDER BY table_name, ordinal_position")) {
                while (r.next()) {
                    columns.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                            .add(new String[] {r.getString(2), r.getString(3)});
                }
            }
            s.execute("DROP SCHEMA " + DDL_SCHEMA + " CASCADE");
            for (Map.Entry<String, String> f : FOLDERS.entrySet()) {
                String table = f.getKey();
                List<String> cast = new ArrayList<>();
                for (String[] col : columns.get(table)) {
                    cast.add("CAST(\"" + col[0] + "\" AS " + col[1] + ") AS \"" + col[0] + "\"");
                }
                String glob = dir.resolve(f.getValue()).toAbsolutePath() + "/*.parquet";
                try {
                    s.execute("CREATE VIEW " + table + " AS SELECT " + String.join(", ", cast)
                            + " FROM read_parquet('" + glob.replace("'", "''") + "')");
                    s.executeQuery("SELECT * FROM " + table + " LIMIT 0").close();
                } catch (SQLException e) {
                    throw new StoreException(dir.resolve(f.getValue()) + " does not have the store's " + table
                            + " columns: " + firstLine(String.valueOf(e.getMessage())), e);
                }
            }
            s.execute(ACTORS);
        }
    }

    private static boolean hasParquet(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.parquet")) {
            return files.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
