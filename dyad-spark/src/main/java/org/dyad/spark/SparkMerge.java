package org.dyad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.merge.EventMerge;

/**
 * Mentions of one happening become one event, across every article of the job: the mentions that belong to an event
 * (an {@code event_id}: asserted, {@link org.dyad.merge.EventKey#eventId}; an undated one is keyed by its article,
 * so it merges only within its article) are joined to what the merge
 * needs of their article, grouped by event id on the cluster, and each group is merged by dyad-core's
 * {@link EventMerge}, the rule the DuckDB store applies. Stateless.
 */
final class SparkMerge {
    private SparkMerge() {}

    /** The {@code events} rows (OutputSchema.EVENT) of {@code mentions} and their {@code articles}. */
    static Dataset<Row> events(SparkSession spark, Dataset<Row> mentions, Dataset<Row> articles) {
        Dataset<Row> info = articles.select(col("id").as("info_id"), col("published"), col("outlet"),
                expr("coalesce(nullif(url, ''), source)").as("article_ref"), col("ingested_at"));
        Dataset<Row> joined = mentions.filter(col("event_id").isNotNull())
                .join(info, col("article_id").equalTo(col("info_id")));
        JavaRDD<Row> events = joined.javaRDD()
                .groupBy(r -> r.<Long>getAs("event_id"))
                .map(group -> {
                    List<EventMerge.MentionRow> rows = new ArrayList<>();
                    for (Row r : group._2()) {
                        rows.add(mentionRow(r));
                    }
                    return Rows.event(EventMerge.merge(rows).get(0));
                });
        return spark.createDataFrame(events, OutputSchema.EVENT);
    }

    /** What the merge needs of one joined mention row. */
    static EventMerge.MentionRow mentionRow(Row r) {
        LocalDate published = Dates.local(r.getAs("published"));
        return new EventMerge.MentionRow(r.<Long>getAs("event_id"), r.getAs("mention_id"), r.getAs("article_id"),
                r.<Integer>getAs("sentence"), Dates.local(r.getAs("date")), r.getAs("date_precision"),
                r.getAs("source_code"), r.getAs("source_country"), text(r, "target_code"), text(r, "target_country"),
                r.getAs("cameo_base"), r.getAs("cameo"), r.getAs("cameo_name"), r.getAs("cameo_root"),
                r.<Double>getAs("goldstein"), r.<Integer>getAs("quad_class"), text(r, "plover_type"),
                text(r, "plover_mode"), text(r, "location_text"), text(r, "location_country"),
                Optional.ofNullable(r.<Double>getAs("location_lat")), Optional.ofNullable(r.<Double>getAs("location_lon")),
                Optional.ofNullable(published), r.getAs("outlet"), r.getAs("article_ref"),
                Dates.utc(r.getAs("ingested_at")));
    }

    private static Optional<String> text(Row r, String column) {
        return Optional.ofNullable(r.<String>getAs(column));
    }
}
