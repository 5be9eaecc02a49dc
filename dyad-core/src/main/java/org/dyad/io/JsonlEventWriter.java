package org.dyad.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Optional;
import org.dyad.actor.Actor;
import org.dyad.event.Event;
import org.dyad.event.Evidence;
import org.dyad.event.Location;
import org.dyad.event.Modality;

/**
 * Event JSONL as DESIGN.md "Interchange contracts" fixes it: one object a line, the contract's fields in
 * the contract's order, with {@code date_precision}, {@code reciprocal}, {@code cameo_name},
 * {@code modality.historical_year}, {@code evidence.trigger_start} and {@code evidence.trigger_end} next
 * to the fields they belong with. {@code target} and {@code location} are JSON null when absent;
 * {@code plover} is always an object whose {@code type} and {@code mode} are null when empty.
 *
 * <p>Each {@link #write} hands one whole line to the Writer (whose own buffering decides when it
 * reaches its destination); {@link #close()} flushes and closes the Writer.
 */
public final class JsonlEventWriter implements EventWriter {

    /** Immutable and thread-safe once configured; shared by all writers. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
            .build();

    private final JsonGenerator out;
    private boolean closed;

    public JsonlEventWriter(Writer out) {
        try {
            this.out = JSON.createGenerator(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.out.setRootValueSeparator(null);
    }

    @Override
    public void write(Event e) {
        if (closed) {
            throw new IllegalStateException("writer is closed");
        }
        try {
            event(e);
            out.writeRaw('\n');
            out.flush();
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    private void event(Event e) throws IOException {
        out.writeStartObject();
        out.writeStringField("event_id", e.eventId());
        out.writeStringField("doc_id", e.docId());
        out.writeNumberField("sentence", e.sentence());
        if (e.date().isPresent()) {
            out.writeStringField("date", e.date().get().toString());
        } else {
            out.writeNullField("date");
        }
        out.writeStringField("date_precision", e.datePrecision());
        out.writeFieldName("source");
        actor(e.source());
        out.writeFieldName("target");
        if (e.target().isPresent()) {
            actor(e.target().get());
        } else {
            out.writeNull();
        }
        out.writeBooleanField("reciprocal", e.reciprocal());
        out.writeStringField("cameo", e.cameo().code());
        out.writeStringField("cameo_root", e.cameo().root());
        out.writeStringField("cameo_name", e.cameo().name());
        out.writeNumberField("goldstein", e.cameo().goldstein());
        out.writeNumberField("quad_class", e.cameo().quadClass());
        out.writeObjectFieldStart("plover");
        optional("type", e.cameo().ploverType());
        optional("mode", e.cameo().ploverMode());
        out.writeEndObject();
        modality(e.modality());
        out.writeFieldName("location");
        if (e.location().isPresent()) {
            location(e.location().get());
        } else {
            out.writeNull();
        }
        evidence(e.evidence());
        out.writeStringField("rule", e.rule());
        out.writeNumberField("confidence", e.confidence());
        out.writeEndObject();
    }

    private void actor(Actor a) throws IOException {
        out.writeStartObject();
        out.writeStringField("code", a.code());
        out.writeStringField("country", a.country());
        out.writeArrayFieldStart("sectors");
        for (String s : a.sectors()) {
            out.writeString(s);
        }
        out.writeEndArray();
        out.writeStringField("text", a.text());
        out.writeStringField("name", a.name());
        out.writeEndObject();
    }

    private void modality(Modality m) throws IOException {
        out.writeObjectFieldStart("modality");
        out.writeBooleanField("negated", m.negated());
        out.writeBooleanField("hypothetical", m.hypothetical());
        out.writeBooleanField("historical", m.historical());
        out.writeFieldName("historical_year");
        if (m.historicalYear().isPresent()) {
            out.writeNumber(m.historicalYear().get().getValue());
        } else {
            out.writeNull();
        }
        out.writeEndObject();
    }

    private void location(Location l) throws IOException {
        out.writeStartObject();
        out.writeStringField("text", l.text());
        out.writeStringField("country", l.country());
        number("lat", l.lat());
        number("lon", l.lon());
        out.writeEndObject();
    }

    private void evidence(Evidence ev) throws IOException {
        out.writeObjectFieldStart("evidence");
        out.writeStringField("text", ev.text());
        out.writeNumberField("start", ev.start());
        out.writeNumberField("end", ev.end());
        out.writeStringField("trigger", ev.trigger());
        out.writeNumberField("trigger_start", ev.triggerStart());
        out.writeNumberField("trigger_end", ev.triggerEnd());
        out.writeEndObject();
    }

    private void optional(String field, Optional<String> value) throws IOException {
        if (value.isPresent() && !value.get().isEmpty()) {
            out.writeStringField(field, value.get());
        } else {
            out.writeNullField(field);
        }
    }

    private void number(String field, Optional<Double> value) throws IOException {
        if (value.isPresent()) {
            out.writeNumberField(field, value.get());
        } else {
            out.writeNullField(field);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            out.close(); // AUTO_CLOSE_TARGET: flushes and closes the Writer
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
