package org.dyad.store;

import java.io.Writer;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;
import org.dyad.io.EventWriter;
import org.dyad.io.EventWriters;

/**
 * Writes what a store holds in an export format: merged events by default, or with {@code mentions} every
 * stored mention (asserted or not) exactly as {@code dyad code} writes it (jsonl, csv) or as the mention table
 * (parquet). {@code gdelt-mentions} is GDELT's mentions table: every mention of every event, with or without
 * {@code mentions}.
 */
public final class Exports {

    /** The first mention's row joined to each event, for Parquet. */
    private static final String PARQUET_EVENTS = """
            COPY (
              SELECT e.event_id, e.date, e.date_precision,
                     e.source_code, e.source_country, f.source_sectors, f.source_text, f.source_name,
                     e.target_code, e.target_country, f.target_sectors, f.target_text, f.target_name,
                     e.cameo, e.cameo_base, e.cameo_root, e.cameo_name, e.goldstein, e.quad_class,
                     e.plover_type, e.plover_mode, e.num_mentions, e.num_sources, e.num_articles, e.root_event,
                     e.location_text, e.location_country, e.location_lat, e.location_lon,
                     e.first_article_id AS doc_id, f.sentence, f.evidence_text, f.trigger, f.rule, e.source_url,
                     e.date_added,
                     (SELECT list(struct_pack(mention_id := m.mention_id, doc_id := m.article_id,
                                              sentence := m.sentence, cameo := m.cameo,
                                              evidence_text := m.evidence_text, evidence_start := m.evidence_start,
                                              evidence_end := m.evidence_end, trigger := m.trigger)
                                  ORDER BY m.article_id, m.sentence, m.mention_id)
                      FROM mention m WHERE m.event_id = e.event_id) AS mentions
              FROM event e JOIN mention f ON f.article_id = e.first_article_id AND f.mention_id = e.first_mention_id
              WHERE EXISTS (SELECT 1 FROM mention c WHERE c.event_id = e.event_id
                                                  AND coalesce(c.confidence, 1) >= $MIN_CONFIDENCE)
              ORDER BY e.date, e.event_id
            ) TO ? (FORMAT parquet)""";

    private static final String PARQUET_MENTIONS = """
            COPY (SELECT * FROM mention WHERE coalesce(confidence, 1) >= $MIN_CONFIDENCE
                  ORDER BY article_id, sentence, evidence_start, mention_id)
            TO ? (FORMAT parquet)""";

    private Exports() {}

    /** What an export wrote. */
    public record Written(long rows, long skipped) {}

    /**
     * Writes events (or mentions) to {@code out} in a text format, then closes {@code out}.
     *
     * @throws IllegalArgumentException for parquet (a file: {@link #parquet}), or for mentions in plover, gdelt
     *                                  or petrarch
     */
    public static Written write(EventStore store, ExportFormat format, boolean mentions, Writer out) {
        return write(store, format, mentions, 0, out);
    }

    /**
     * As {@link #write(EventStore, ExportFormat, boolean, Writer)}, leaving out mentions whose confidence is below
     * {@code minConfidence} and events none of whose mentions reaches it.
     */
    public static Written write(EventStore store, ExportFormat format, boolean mentions, double minConfidence,
                                Writer out) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(out, "out");
        if (format == ExportFormat.PARQUET) {
            throw new IllegalArgumentException("parquet is written to a file (--out FILE)");
        }
        if (format == ExportFormat.GDELT_MENTIONS) { // a mention table whether or not mentions were asked for
            return new Written(GdeltMentionsTsv.export(store, out, minConfidence), 0);
        }
        if (mentions) {
            if (format != ExportFormat.JSONL && format != ExportFormat.CSV) {
                throw new IllegalArgumentException("mentions are exported as jsonl, csv or parquet, not "
                        + format.label());
            }
            long[] n = {0};
            try (EventWriter w = EventWriters.create(format.label(), out)) {
                store.mentions(e -> {
                    if (e.confidence() >= minConfidence) {
                        w.write(e);
                        n[0]++;
                    }
                });
            }
            return new Written(n[0], 0);
        }
        long[] n = {0};
        EventSink sink = switch (format) {
            case JSONL -> new EventJsonl(out);
            case PLOVER -> new PloverJson(out);
            case CSV -> new EventCsv(out);
            case GDELT -> new GdeltTsv(out);
            case PETRARCH -> new PetrarchEvents(out, ArticleInfo.all(store));
            case GDELT_MENTIONS, PARQUET -> throw new AssertionError();
        };
        try (sink) {
            store.events(e -> {
                if (e.confidence() >= minConfidence) {
                    sink.write(e);
                    n[0]++;
                }
            });
        }
        long skipped = sink instanceof PloverJson p ? p.skipped() : 0;
        return new Written(n[0] - skipped, skipped);
    }

    /** Writes events (or mentions) to a Parquet file through DuckDB's COPY. */
    public static Written parquet(EventStore store, boolean mentions, Path file) {
        return parquet(store, mentions, 0, file);
    }

    /** As {@link #parquet(EventStore, boolean, Path)}, at or above a confidence (as {@link #write}). */
    public static Written parquet(EventStore store, boolean mentions, double minConfidence, Path file) {
        String sql = (mentions ? PARQUET_MENTIONS : PARQUET_EVENTS).replace("?", "'"
                + file.toAbsolutePath().toString().replace("'", "''") + "'")
                .replace("$MIN_CONFIDENCE", Double.toString(minConfidence));
        try (PreparedStatement p = store.connection().prepareStatement(sql)) {
            p.execute();
            var totals = store.totals();
            return new Written(mentions ? totals.mentions() : totals.events(), 0);
        } catch (SQLException e) {
            throw new StoreException("writing " + file + ": " + e.getMessage(), e);
        }
    }
}
