package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Optional;
import org.dyad.actor.Actor;
import org.dyad.event.Event;
import org.dyad.event.Evidence;
import org.dyad.event.Location;
import org.dyad.event.Modality;
import org.dyad.ontology.CameoCode;

/** An event mention as the 41 values of a row of the {@code mention} table (the order of {@link Schema}). Stateless. */
final class MentionRows {
    private MentionRows() {}

    /** Binds one mention's 41 values from parameter {@code i} on; returns the next parameter. */
    static int bind(Connection c, PreparedStatement p, int i, Event e, Optional<Long> eventId) throws SQLException {
        p.setString(i++, e.eventId());
        p.setString(i++, e.docId());
        p.setInt(i++, e.sentence());
        setDate(p, i++, e.date());
        p.setString(i++, e.datePrecision());
        i = actor(c, p, i, Optional.of(e.source()));
        i = actor(c, p, i, e.target());
        CameoCode k = e.cameo();
        p.setString(i++, k.code());
        p.setString(i++, k.name());
        p.setString(i++, k.root());
        p.setString(i++, k.base());
        p.setDouble(i++, k.goldstein());
        p.setInt(i++, k.quadClass());
        setString(p, i++, k.ploverType().filter(s -> !s.isEmpty()));
        setString(p, i++, k.ploverMode().filter(s -> !s.isEmpty()));
        p.setBoolean(i++, e.reciprocal());
        Modality m = e.modality();
        p.setBoolean(i++, m.negated());
        p.setBoolean(i++, m.hypothetical());
        p.setBoolean(i++, m.historical());
        if (m.historicalYear().isPresent()) {
            p.setInt(i++, m.historicalYear().get().getValue());
        } else {
            p.setNull(i++, Types.INTEGER);
        }
        Optional<Location> loc = e.location();
        setString(p, i++, loc.map(Location::text));
        setString(p, i++, loc.map(Location::country));
        setDouble(p, i++, loc.flatMap(Location::lat));
        setDouble(p, i++, loc.flatMap(Location::lon));
        Evidence ev = e.evidence();
        p.setString(i++, ev.text());
        p.setInt(i++, ev.start());
        p.setInt(i++, ev.end());
        p.setString(i++, ev.trigger());
        p.setInt(i++, ev.triggerStart());
        p.setInt(i++, ev.triggerEnd());
        p.setString(i++, e.rule());
        if (eventId.isPresent()) {
            p.setLong(i++, eventId.get());
        } else {
            p.setNull(i++, Types.BIGINT);
        }
        p.setDouble(i++, e.confidence());
        return i;
    }

    private static int actor(Connection c, PreparedStatement p, int i, Optional<Actor> actor) throws SQLException {
        if (actor.isEmpty()) {
            p.setNull(i++, Types.VARCHAR);
            p.setNull(i++, Types.VARCHAR);
            p.setNull(i++, Types.ARRAY);
            p.setNull(i++, Types.VARCHAR);
            p.setNull(i++, Types.VARCHAR);
            return i;
        }
        Actor a = actor.get();
        p.setString(i++, a.code());
        p.setString(i++, a.country());
        p.setArray(i++, c.createArrayOf("VARCHAR", a.sectors().toArray()));
        p.setString(i++, a.text());
        p.setString(i++, a.name());
        return i;
    }

    private static void setString(PreparedStatement p, int i, Optional<String> v) throws SQLException {
        if (v.isPresent()) {
            p.setString(i, v.get());
        } else {
            p.setNull(i, Types.VARCHAR);
        }
    }

    private static void setDouble(PreparedStatement p, int i, Optional<Double> v) throws SQLException {
        if (v.isPresent()) {
            p.setDouble(i, v.get());
        } else {
            p.setNull(i, Types.DOUBLE);
        }
    }

    private static void setDate(PreparedStatement p, int i, Optional<LocalDate> v) throws SQLException {
        if (v.isPresent()) {
            p.setObject(i, v.get());
        } else {
            p.setNull(i, Types.DATE);
        }
    }
}
