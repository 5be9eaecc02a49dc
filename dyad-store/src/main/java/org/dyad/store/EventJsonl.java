package org.dyad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.dyad.event.Event;

/**
 * Merged events as JSON Lines: per event the Event JSONL contract's fields (docs/design.md), taken from the
 * event's first mention except {@code event_id} (the merged event's id, as a string), {@code cameo} and its
 * ontology fields (the event's code), {@code location} (the first mention that has one) and {@code modality}
 * (always asserted: only asserted mentions make events); then {@code cameo_base}, {@code num_mentions},
 * {@code num_sources}, {@code num_articles}, {@code root_event}, {@code source_url}, {@code date_added} and
 * {@code mentions}: every mention with its id, article, sentence, date, code, trigger and evidence.
 */
final class EventJsonl implements EventSink {
    private final JsonOut out;

    EventJsonl(Writer w) {
        out = new JsonOut(w);
    }

    @Override
    public void write(StoredEvent e) {
        try {
            var g = out.g;
            Event f = e.first();
            g.writeStartObject();
            g.writeStringField("event_id", Long.toString(e.id()));
            g.writeStringField("doc_id", f.docId());
            g.writeNumberField("sentence", f.sentence());
            out.string("date", e.date().map(Object::toString));
            g.writeStringField("date_precision", e.key().precision());
            out.actor("source", java.util.Optional.of(e.source()));
            out.actor("target", e.target());
            g.writeBooleanField("reciprocal", f.reciprocal());
            g.writeStringField("cameo", e.cameo().code());
            g.writeStringField("cameo_root", e.cameo().root());
            g.writeStringField("cameo_base", e.cameo().base());
            g.writeStringField("cameo_name", e.cameo().name());
            g.writeNumberField("goldstein", e.cameo().goldstein());
            g.writeNumberField("quad_class", e.cameo().quadClass());
            g.writeObjectFieldStart("plover");
            out.string("type", e.cameo().ploverType());
            out.string("mode", e.cameo().ploverMode());
            g.writeEndObject();
            g.writeObjectFieldStart("modality");
            g.writeBooleanField("negated", false);
            g.writeBooleanField("hypothetical", false);
            g.writeBooleanField("historical", false);
            g.writeNullField("historical_year");
            g.writeEndObject();
            out.location(e.location());
            out.evidence(f.evidence());
            g.writeStringField("rule", f.rule());
            g.writeNumberField("confidence", e.confidence());
            g.writeNumberField("num_mentions", e.numMentions());
            g.writeNumberField("num_sources", e.numSources());
            g.writeNumberField("num_articles", e.numArticles());
            g.writeBooleanField("root_event", e.rootEvent());
            g.writeStringField("source_url", e.sourceUrl());
            g.writeStringField("date_added", e.added().toString());
            g.writeArrayFieldStart("mentions");
            for (Event m : e.mentions()) {
                g.writeStartObject();
                g.writeStringField("mention_id", m.eventId());
                g.writeStringField("doc_id", m.docId());
                g.writeNumberField("sentence", m.sentence());
                out.string("date", m.date().map(Object::toString));
                g.writeStringField("cameo", m.cameo().code());
                out.evidence(m.evidence());
                g.writeStringField("rule", m.rule());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            out.endLine();
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    @Override
    public void close() {
        out.close();
    }
}
