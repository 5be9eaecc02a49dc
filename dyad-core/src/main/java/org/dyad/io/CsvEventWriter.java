package org.dyad.io;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.dyad.actor.Actor;
import org.dyad.event.Event;

/**
 * Events as CSV (RFC 4180 quoting by jackson-dataformat-csv): a header row, then one flat row per event.
 * Absent values (no target, no PLOVER type, no location) are empty cells; sectors are space-joined.
 * {@link #close()} flushes and closes the Writer.
 */
public final class CsvEventWriter implements EventWriter {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of(
            "event_id", "doc_id", "sentence", "date",
            "source_code", "source_country", "source_sectors", "source_text", "source_name",
            "target_code", "target_country", "target_sectors", "target_text", "target_name",
            "cameo", "cameo_root", "cameo_name", "goldstein", "quad_class", "plover_type", "plover_mode",
            "reciprocal", "negated", "hypothetical", "historical", "location_text", "location_country",
            "location_lat", "location_lon", "evidence_text", "evidence_start", "evidence_end", "trigger", "rule",
            "confidence");

    /** Quotes only where RFC 4180 needs it (comma, quote, line break, leading or trailing space). */
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();
    private static final CsvSchema SCHEMA = schema();

    private final SequenceWriter out;
    private boolean closed;

    public CsvEventWriter(Writer out) {
        try {
            this.out = CSV.writer(SCHEMA).writeValues(out);
            this.out.write(COLUMNS.toArray(String[]::new)); // the header, even when no event follows
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CsvSchema schema() {
        CsvSchema.Builder b = CsvSchema.builder();
        COLUMNS.forEach(b::addColumn);
        return b.setUseHeader(false).build();
    }

    @Override
    public void write(Event e) {
        if (closed) {
            throw new IllegalStateException("writer is closed");
        }
        try {
            out.write(row(e));
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    static String[] row(Event e) {
        Optional<Actor> t = e.target();
        return new String[] {
            e.eventId(), e.docId(), Integer.toString(e.sentence()), e.date().map(Object::toString).orElse(""),
            e.source().code(), e.source().country(), String.join(" ", e.source().sectors()),
            e.source().text(), e.source().name(),
            t.map(Actor::code).orElse(""), t.map(Actor::country).orElse(""),
            t.map(a -> String.join(" ", a.sectors())).orElse(""), t.map(Actor::text).orElse(""),
            t.map(Actor::name).orElse(""),
            e.cameo().code(), e.cameo().root(), e.cameo().name(), Double.toString(e.cameo().goldstein()),
            Integer.toString(e.cameo().quadClass()), e.cameo().ploverType().orElse(""),
            e.cameo().ploverMode().orElse(""),
            Boolean.toString(e.reciprocal()), Boolean.toString(e.modality().negated()),
            Boolean.toString(e.modality().hypothetical()), Boolean.toString(e.modality().historical()),
            e.location().map(l -> l.text()).orElse(""), e.location().map(l -> l.country()).orElse(""),
            e.location().flatMap(l -> l.lat()).map(String::valueOf).orElse(""),
            e.location().flatMap(l -> l.lon()).map(String::valueOf).orElse(""),
            e.evidence().text(), Integer.toString(e.evidence().start()), Integer.toString(e.evidence().end()),
            e.evidence().trigger(), e.rule(), Double.toString(e.confidence()),
        };
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            out.close(); // flushes and closes the Writer
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
