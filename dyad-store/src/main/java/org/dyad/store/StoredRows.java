package org.dyad.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.actor.Actor;
import org.dyad.event.Event;
import org.dyad.event.Evidence;
import org.dyad.event.Location;
import org.dyad.event.Modality;
import org.dyad.merge.EventKey;
import org.dyad.ontology.CameoCode;

/** Rows of the store's tables back as the objects they were made from. Stateless. */
final class StoredRows {
    private StoredRows() {}

    static StoredEvent event(ResultSet r, List<Event> mentions) throws SQLException {
        long eventId = r.getLong("event_id");
        String firstId = r.getString("first_mention_id");
        String firstArticle = r.getString("first_article_id");
        Event first = mentions.stream()
                .filter(m -> m.eventId().equals(firstId) && m.docId().equals(firstArticle))
                .findFirst().orElseThrow(() -> new StoreException("event " + eventId
                        + " lost its first mention " + firstId));
        Optional<LocalDate> date = Optional.ofNullable(date(r, "date"));
        EventKey key = new EventKey(date, r.getString("date_precision"), r.getString("source_code"),
                Optional.ofNullable(r.getString("target_code")).orElse(""), r.getString("cameo_base"),
                date.isPresent() ? "" : firstArticle);
        CameoCode cameo = new CameoCode(r.getString("cameo"), r.getString("cameo_name"), r.getString("cameo_root"),
                r.getString("cameo_base"), r.getDouble("goldstein"), r.getInt("quad_class"),
                Optional.ofNullable(r.getString("plover_type")), Optional.ofNullable(r.getString("plover_mode")));
        return new StoredEvent(r.getLong("event_id"), key, cameo, r.getInt("num_mentions"), r.getInt("num_sources"),
                r.getInt("num_articles"), r.getBoolean("root_event"), location(r), r.getString("source_url"),
                r.getTimestamp("date_added").toInstant(), first, mentions);
    }

    /** A mention row back as the Event the coder made. */
    static Event mention(ResultSet r) throws SQLException {
        Actor source = new Actor(r.getString("source_code"), r.getString("source_country"),
                strings(r.getArray("source_sectors")), r.getString("source_text"), r.getString("source_name"));
        Optional<Actor> target = Optional.empty();
        if (r.getString("target_code") != null) {
            target = Optional.of(new Actor(r.getString("target_code"), r.getString("target_country"),
                    strings(r.getArray("target_sectors")), r.getString("target_text"), r.getString("target_name")));
        }
        CameoCode cameo = new CameoCode(r.getString("cameo"), r.getString("cameo_name"), r.getString("cameo_root"),
                r.getString("cameo_base"), r.getDouble("goldstein"), r.getInt("quad_class"),
                Optional.ofNullable(r.getString("plover_type")), Optional.ofNullable(r.getString("plover_mode")));
        int year = r.getInt("historical_year");
        Optional<Year> historicalYear = r.wasNull() ? Optional.empty() : Optional.of(Year.of(year));
        Modality modality = new Modality(r.getBoolean("negated"), r.getBoolean("hypothetical"),
                r.getBoolean("historical"), historicalYear);
        Evidence evidence = new Evidence(r.getString("evidence_text"), r.getInt("evidence_start"),
                r.getInt("evidence_end"), r.getString("trigger"), r.getInt("trigger_start"), r.getInt("trigger_end"));
        return new Event(r.getString("mention_id"), r.getString("article_id"), r.getInt("sentence"),
                Optional.ofNullable(date(r, "date")), r.getString("date_precision"), source,
                target, cameo, r.getBoolean("reciprocal"),
                modality, location(r), evidence, r.getString("rule"), confidence(r));
    }

    /** The mention's confidence; 1 for a mention stored before there was one (or a version-1 store). */
    private static double confidence(ResultSet r) throws SQLException {
        try {
            double c = r.getDouble(r.findColumn("confidence"));
            return r.wasNull() ? 1.0 : c;
        } catch (SQLException e) {
            return 1.0;
        }
    }

    private static Optional<Location> location(ResultSet r) throws SQLException {
        String text = r.getString("location_text");
        if (text == null) {
            return Optional.empty();
        }
        return Optional.of(new Location(text, r.getString("location_country"), optionalDouble(r, "location_lat"),
                optionalDouble(r, "location_lon")));
    }

    static Optional<Double> optionalDouble(ResultSet r, String column) throws SQLException {
        double v = r.getDouble(column);
        return r.wasNull() ? Optional.empty() : Optional.of(v);
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            out.add(String.valueOf(o));
        }
        return out;
    }

    static LocalDate date(ResultSet r, String column) throws SQLException {
        Object o = r.getObject(column);
        return o == null ? null : toDate(o);
    }

    static LocalDate date(ResultSet r, int column) throws SQLException {
        Object o = r.getObject(column);
        return o == null ? null : toDate(o);
    }

    private static LocalDate toDate(Object o) {
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(o.toString());
    }
}
