package org.dyad.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Optional;
import org.dyad.actor.Actor;
import org.dyad.event.Evidence;
import org.dyad.event.Location;

/** A JSON Lines generator with the pieces the JSON exports share. Not thread-safe. */
final class JsonOut implements AutoCloseable {
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
            .build();

    final JsonGenerator g;

    JsonOut(Writer out) {
        try {
            g = JSON.createGenerator(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        g.setRootValueSeparator(null);
    }

    void endLine() throws IOException {
        g.writeRaw('\n');
    }

    void actor(String field, Optional<Actor> actor) throws IOException {
        g.writeFieldName(field);
        if (actor.isEmpty()) {
            g.writeNull();
            return;
        }
        Actor a = actor.get();
        g.writeStartObject();
        g.writeStringField("code", a.code());
        g.writeStringField("country", a.country());
        g.writeArrayFieldStart("sectors");
        for (String s : a.sectors()) {
            g.writeString(s);
        }
        g.writeEndArray();
        g.writeStringField("text", a.text());
        g.writeStringField("name", a.name());
        g.writeEndObject();
    }

    void location(Optional<Location> location) throws IOException {
        g.writeFieldName("location");
        if (location.isEmpty()) {
            g.writeNull();
            return;
        }
        Location l = location.get();
        g.writeStartObject();
        g.writeStringField("text", l.text());
        g.writeStringField("country", l.country());
        number("lat", l.lat());
        number("lon", l.lon());
        g.writeEndObject();
    }

    void evidence(Evidence ev) throws IOException {
        g.writeObjectFieldStart("evidence");
        g.writeStringField("text", ev.text());
        g.writeNumberField("start", ev.start());
        g.writeNumberField("end", ev.end());
        g.writeStringField("trigger", ev.trigger());
        g.writeNumberField("trigger_start", ev.triggerStart());
        g.writeNumberField("trigger_end", ev.triggerEnd());
        g.writeEndObject();
    }

    void string(String field, Optional<String> value) throws IOException {
        if (value.isPresent() && !value.get().isEmpty()) {
            g.writeStringField(field, value.get());
        } else {
            g.writeNullField(field);
        }
    }

    void number(String field, Optional<Double> value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(field, value.get());
        } else {
            g.writeNullField(field);
        }
    }

    @Override
    public void close() {
        try {
            g.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
