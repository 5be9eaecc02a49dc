package org.dyad.petrarch;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.ontology.Cameo;
import org.dyad.ontology.CameoCode;
import org.dyad.text.Sentence;
import org.dyad.dictionary.ActorCodes;

/**
 * Writes a {@link CodedEvent} as the event object of DESIGN.md's event JSONL. Codes outside CAMEO (a
 * validation suite's own codes) get null Goldstein, QuadClass and PLOVER fields.
 */
public final class CodedEventJson {
    private final Cameo cameo;

    public CodedEventJson(Cameo cameo) {
        this.cameo = cameo;
    }

    public void write(JsonGenerator out, CodedEvent e, String docId, LocalDate date, Sentence sentence, int n)
        throws IOException {
        out.writeStartObject();
        out.writeStringField("event_id", docId + "-" + e.sentence() + "-" + e.triggerStart() + "-" + n);
        out.writeStringField("doc_id", docId);
        out.writeNumberField("sentence", e.sentence());
        out.writeStringField("date", date.toString());
        out.writeFieldName("source");
        actor(out, e.source(), e.sourceText());
        out.writeFieldName("target");
        if (e.target().equals(CodedEvent.NONE)) {
            out.writeNull();
        } else {
            actor(out, e.target(), e.targetText());
        }
        Optional<CameoCode> c = cameo.find(e.code());
        out.writeStringField("cameo", e.code());
        out.writeStringField("cameo_root", c.map(CameoCode::root).orElse(null));
        out.writeStringField("cameo_name", c.map(CameoCode::name).orElse(null));
        if (c.isPresent()) {
            out.writeNumberField("goldstein", c.get().goldstein());
            out.writeNumberField("quad_class", c.get().quadClass());
        } else {
            out.writeNullField("goldstein");
            out.writeNullField("quad_class");
        }
        out.writeObjectFieldStart("plover");
        out.writeStringField("type", c.flatMap(CameoCode::ploverType).orElse(null));
        out.writeStringField("mode", c.flatMap(CameoCode::ploverMode).orElse(null));
        out.writeEndObject();
        out.writeObjectFieldStart("modality");
        out.writeBooleanField("negated", e.negated());
        out.writeBooleanField("hypothetical", false);
        out.writeBooleanField("historical", false);
        out.writeEndObject();
        out.writeNullField("location");
        out.writeObjectFieldStart("evidence");
        out.writeStringField("text", sentence == null ? "" : sentence.text());
        out.writeNumberField("start", sentence == null ? 0 : sentence.start());
        out.writeNumberField("end", sentence == null ? 0 : sentence.end());
        out.writeStringField("trigger", e.trigger());
        out.writeNumberField("trigger_start", e.triggerStart());
        out.writeNumberField("trigger_end", e.triggerEnd());
        out.writeEndObject();
        if (!e.issues().isEmpty()) {
            out.writeArrayFieldStart("issues");
            for (String i : e.issues()) {
                out.writeString(i);
            }
            out.writeEndArray();
        }
        out.writeStringField("rule", e.rule());
        out.writeEndObject();
    }

    private static void actor(JsonGenerator out, String code, String text) throws IOException {
        out.writeStartObject();
        out.writeStringField("code", code);
        List<String> parts = ActorCodes.split(code);
        out.writeStringField("country", parts.get(0));
        out.writeArrayFieldStart("sectors");
        for (String s : parts.subList(1, parts.size())) {
            out.writeString(s);
        }
        out.writeEndArray();
        out.writeStringField("text", text);
        out.writeStringField("name", "");
        out.writeEndObject();
    }
}
