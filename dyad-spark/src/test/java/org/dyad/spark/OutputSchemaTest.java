package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's Parquet columns, as DuckDB reads them, are the store's tables' columns, name for name, type for type. */
class OutputSchemaTest {
    @TempDir Path dir;

    private static List<String> columns(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("DESCRIBE " + sql)) {
            while (r.next()) {
                out.add(r.getString("column_name") + " " + r.getString("column_type"));
            }
        }
        return out;
    }

    @Test
    void theColumnsAreTheStoresColumns() throws SQLException {
        Path db = dir.resolve("s.duckdb");
        EventStore.open(db).close();
        SparkSession spark = TestSpark.session();
        String[][] tables = {{"article", OutputSchema.ARTICLES}, {"mention", OutputSchema.MENTIONS},
                {"event", OutputSchema.EVENTS}, {"meta", OutputSchema.META}};
        StructType[] schemas = {OutputSchema.ARTICLE, OutputSchema.MENTION, OutputSchema.EVENT, OutputSchema.META_ROW};
        for (int i = 0; i < tables.length; i++) {
            spark.createDataFrame(List.of(), schemas[i]).write().parquet(dir.resolve(tables[i][1]).toString());
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath())) {
            for (String[] t : tables) {
                assertThat(columns(c, "SELECT * FROM read_parquet('" + dir.resolve(t[1]) + "/*.parquet')"))
                        .as(t[1]).isEqualTo(columns(c, t[0]).stream().map(s -> s.replace(" NOT NULL", "")).toList());
            }
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
                r.next();
                assertThat(r.getString(1)).isEqualTo(Integer.toString(OutputSchema.STORE_VERSION));
            }
        }
    }
}
