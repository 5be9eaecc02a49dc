package org.dyad.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.dyad.actor.Actor;
import org.dyad.event.Event;
import org.dyad.io.SentenceIssues;

/**
 * Merged events in PLOVER's recommended JSON fields (PLOVER manual 0.8, "JSON fields"), one object a line:
 * {@code id, has_event, date, actor, recipient, event, event_loc, event_text, quad_code, mode, context, text,
 * text_info, cite_info, coder, coded_date}, and, beyond PLOVER's list, {@code cameo}, {@code num_mentions},
 * {@code num_sources} and {@code num_articles}. An entity is {@code {code, sector, entity_text,
 * identifier_text}}: the country (or for an actor with none, the first three letters of its code), its
 * sectors joined ("GOVMIL"), the words and the name. {@code quad_code} is the PLOVER type's quad. Events whose
 * CAMEO code PLOVER drops (no PLOVER type in the 2021 mapping) are left out; {@link #skipped()} counts them.
 */
final class PloverJson implements EventSink {
    private static final Map<String, Integer> QUAD = quads();
    private static final SentenceIssues ISSUES = SentenceIssues.defaults();

    private final JsonOut out;
    private long skipped;

    PloverJson(Writer w) {
        out = new JsonOut(w);
    }

    long skipped() {
        return skipped;
    }

    @Override
    public void write(StoredEvent e) {
        Optional<String> type = e.cameo().ploverType().filter(t -> !t.isEmpty());
        if (type.isEmpty()) {
            skipped++;
            return;
        }
        try {
            var g = out.g;
            Event f = e.first();
            g.writeStartObject();
            g.writeStringField("id", Long.toString(e.id()));
            g.writeBooleanField("has_event", true);
            out.string("date", e.date().map(Object::toString));
            g.writeArrayFieldStart("actor");
            entity(e.source());
            g.writeEndArray();
            g.writeArrayFieldStart("recipient");
            if (e.target().isPresent()) {
                entity(e.target().get());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("event");
            g.writeString(type.get());
            g.writeEndArray();
            if (e.location().isPresent()) {
                g.writeObjectFieldStart("event_loc");
                g.writeStringField("extracted_place", e.location().get().text());
                g.writeStringField("country_code", e.location().get().country());
                out.number("lat", e.location().get().lat());
                out.number("lon", e.location().get().lon());
                g.writeEndObject();
            } else {
                g.writeNullField("event_loc");
            }
            g.writeArrayFieldStart("event_text");
            Set<String> texts = new LinkedHashSet<>();
            e.mentions().forEach(m -> texts.add(m.evidence().text()));
            for (String t : texts) {
                g.writeString(t);
            }
            g.writeEndArray();
            Integer quad = QUAD.get(type.get());
            if (quad != null) {
                g.writeNumberField("quad_code", quad);
            } else {
                g.writeNullField("quad_code");
            }
            g.writeArrayFieldStart("mode");
            e.cameo().ploverMode().filter(m -> !m.isEmpty()).ifPresent(m -> {
                try {
                    g.writeString(m);
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            });
            g.writeEndArray();
            List<String> issues = new ArrayList<>(new LinkedHashSet<>(texts.stream()
                    .flatMap(t -> ISSUES.issues(t).stream()).toList()));
            g.writeArrayFieldStart("context");
            for (String c : ISSUES.contexts(issues)) {
                g.writeString(c);
            }
            g.writeEndArray();
            g.writeStringField("text", f.evidence().text());
            g.writeObjectFieldStart("text_info");
            g.writeNumberField("sequence", f.sentence());
            g.writeNumberField("start", f.evidence().start());
            g.writeNumberField("end", f.evidence().end());
            g.writeEndObject();
            g.writeObjectFieldStart("cite_info");
            g.writeStringField("citation", f.docId());
            g.writeStringField("url", e.sourceUrl());
            g.writeStringField("language", "en");
            g.writeStringField("coder", "Dyad");
            g.writeStringField("codebook", "CAMEO 1.1b3, PLOVER by the 2021 CAMEO-PLOVER mapping");
            g.writeEndObject();
            g.writeStringField("coder", "Dyad");
            g.writeStringField("coded_date", e.added().atOffset(ZoneOffset.UTC).toLocalDate().toString());
            g.writeStringField("cameo", e.cameo().code());
            g.writeNumberField("num_mentions", e.numMentions());
            g.writeNumberField("num_sources", e.numSources());
            g.writeNumberField("num_articles", e.numArticles());
            g.writeArrayFieldStart("issues");
            for (String i : issues) {
                g.writeString(i);
            }
            g.writeEndArray();
            g.writeEndObject();
            out.endLine();
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    private void entity(Actor a) throws IOException {
        var g = out.g;
        g.writeStartObject();
        g.writeStringField("code", a.country().isEmpty() ? a.code().substring(0, Math.min(3, a.code().length()))
                : a.country());
        g.writeStringField("sector", String.join("", a.sectors()));
        g.writeStringField("entity_text", a.text());
        g.writeStringField("identifier_text", a.name());
        g.writeEndObject();
    }

    private static Map<String, Integer> quads() {
        Map<String, Integer> map = new TreeMap<>();
        InputStream in = org.dyad.ontology.Cameo.class.getResourceAsStream("plover_types.tsv");
        if (in == null) {
            throw new IllegalStateException("missing resource org/dyad/ontology/plover_types.tsv");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t", -1);
                if (f.length >= 2 && !f[1].isBlank()) {
                    map.put(f[0], Integer.parseInt(f[1].strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }

    @Override
    public void close() {
        out.close();
    }
}
