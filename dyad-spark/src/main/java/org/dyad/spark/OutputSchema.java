package org.dyad.spark;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The job's Parquet folders and their columns: {@code articles}, {@code mentions} and {@code events} have the
 * columns of the DuckDB store's {@code article}, {@code mention} and {@code event} tables (dyad-store's
 * {@code Schema}, described in docs/store.md), in the same order and of the same types, so that
 * {@code dyad query --parquet} reads them with the store's own queries; {@code errors} says which article could
 * not be read or coded and why; {@code meta} holds the store schema version, written last. Timestamps are UTC
 * without a zone (DuckDB's TIMESTAMP). OutputSchemaTest checks the columns against the store's.
 */
final class OutputSchema {
    private OutputSchema() {}

    /** The store schema version these columns are (dyad-store's {@code Schema.VERSION}). */
    static final int STORE_VERSION = 2;

    static final String ARTICLES = "articles";
    static final String MENTIONS = "mentions";
    static final String EVENTS = "events";
    static final String ERRORS = "errors";
    static final String META = "meta";

    private static final DataType TEXT = DataTypes.StringType;
    private static final DataType INT = DataTypes.IntegerType;
    private static final DataType TEXTS = DataTypes.createArrayType(DataTypes.StringType, false);

    static final StructType ARTICLE = new StructType()
            .add("id", TEXT, false)
            .add("text_hash", TEXT, false)
            .add("published", DataTypes.DateType, true)
            .add("title", TEXT, false)
            .add("byline", TEXT, false)
            .add("source", TEXT, false)
            .add("url", TEXT, false)
            .add("outlet", TEXT, false)
            .add("text", TEXT, false)
            .add("sentences", INT, false)
            .add("tokens", INT, false)
            .add("mentions", INT, false)
            .add("ingested_at", DataTypes.TimestampNTZType, false);

    static final StructType MENTION = new StructType()
            .add("mention_id", TEXT, false)
            .add("article_id", TEXT, false)
            .add("sentence", INT, false)
            .add("date", DataTypes.DateType, true)
            .add("date_precision", TEXT, false)
            .add("source_code", TEXT, false)
            .add("source_country", TEXT, false)
            .add("source_sectors", TEXTS, false)
            .add("source_text", TEXT, false)
            .add("source_name", TEXT, false)
            .add("target_code", TEXT, true)
            .add("target_country", TEXT, true)
            .add("target_sectors", TEXTS, true)
            .add("target_text", TEXT, true)
            .add("target_name", TEXT, true)
            .add("cameo", TEXT, false)
            .add("cameo_name", TEXT, false)
            .add("cameo_root", TEXT, false)
            .add("cameo_base", TEXT, false)
            .add("goldstein", DataTypes.DoubleType, false)
            .add("quad_class", INT, false)
            .add("plover_type", TEXT, true)
            .add("plover_mode", TEXT, true)
            .add("reciprocal", DataTypes.BooleanType, false)
            .add("negated", DataTypes.BooleanType, false)
            .add("hypothetical", DataTypes.BooleanType, false)
            .add("historical", DataTypes.BooleanType, false)
            .add("historical_year", INT, true)
            .add("location_text", TEXT, true)
            .add("location_country", TEXT, true)
            .add("location_lat", DataTypes.DoubleType, true)
            .add("location_lon", DataTypes.DoubleType, true)
            .add("evidence_text", TEXT, false)
            .add("evidence_start", INT, false)
            .add("evidence_end", INT, false)
            .add("trigger", TEXT, false)
            .add("trigger_start", INT, false)
            .add("trigger_end", INT, false)
            .add("rule", TEXT, false)
            .add("event_id", DataTypes.LongType, true)
            .add("confidence", DataTypes.DoubleType, true);

    static final StructType EVENT = new StructType()
            .add("event_id", DataTypes.LongType, false)
            .add("event_key", TEXT, false)
            .add("date", DataTypes.DateType, true)
            .add("date_precision", TEXT, false)
            .add("source_code", TEXT, false)
            .add("source_country", TEXT, false)
            .add("target_code", TEXT, true)
            .add("target_country", TEXT, true)
            .add("cameo_base", TEXT, false)
            .add("cameo", TEXT, false)
            .add("cameo_name", TEXT, false)
            .add("cameo_root", TEXT, false)
            .add("goldstein", DataTypes.DoubleType, false)
            .add("quad_class", INT, false)
            .add("plover_type", TEXT, true)
            .add("plover_mode", TEXT, true)
            .add("num_mentions", INT, false)
            .add("num_sources", INT, false)
            .add("num_articles", INT, false)
            .add("root_event", DataTypes.BooleanType, false)
            .add("first_mention_id", TEXT, false)
            .add("first_article_id", TEXT, false)
            .add("location_text", TEXT, true)
            .add("location_country", TEXT, true)
            .add("location_lat", DataTypes.DoubleType, true)
            .add("location_lon", DataTypes.DoubleType, true)
            .add("source_url", TEXT, false)
            .add("date_added", DataTypes.TimestampNTZType, false);

    /**
     * What could not be read or coded: the article's id (null when no article could be read, e.g. a line that is
     * not JSON), where it came from ({@code file:line}, a file, a Parquet row), and the reason.
     */
    static final StructType ERROR = new StructType()
            .add("article_id", TEXT, true)
            .add("input", TEXT, false)
            .add("reason", TEXT, false);

    /** Key and value, as the store's {@code meta} table: {@code schema_version}. */
    static final StructType META_ROW = new StructType()
            .add("key", TEXT, false)
            .add("value", TEXT, false);
}
