package org.dyad.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.dictionary.DictionaryLines;
import org.dyad.gaps.Example;
import org.dyad.gaps.GapReport;

/**
 * The dictionary gaps as JSON, the same for {@code GET /api/gaps} and {@code dyad gaps --format json}: the counts,
 * the header rows of actors.tsv and verbs.tsv, and the ranked rows of each list with their examples and ready
 * dictionary lines (real tabs inside; JSON escapes them). Schema {@code Gaps} in /api/openapi.json.
 */
public final class GapsJson {
    private GapsJson() {}

    /** {@code s} as nested maps and lists, for Jackson. */
    public static Map<String, Object> of(GapReport.Summary s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("articles", s.articles());
        out.put("sentences", s.sentences());
        out.put("placeholder", DictionaryLines.PLACEHOLDER);
        Map<String, Object> actors = new LinkedHashMap<>();
        actors.put("distinct", s.distinctActors());
        actors.put("mentions", s.actorMentions());
        actors.put("header", DictionaryLines.actorsHeader());
        List<Map<String, Object>> actorRows = new ArrayList<>();
        for (GapReport.ActorRow r : s.actors()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", r.name());
            m.put("kind", r.kind().name().toLowerCase(Locale.ROOT));
            m.put("mentions", r.mentions());
            m.put("articles", r.articles());
            m.put("code", r.code());
            m.put("placeholder", r.placeholder());
            m.put("cues", r.cues());
            m.put("examples", examples(r.examples()));
            m.put("line", r.line());
            actorRows.add(m);
        }
        actors.put("rows", actorRows);
        out.put("actors", actors);
        Map<String, Object> verbs = new LinkedHashMap<>();
        verbs.put("distinct", s.distinctVerbs());
        verbs.put("mentions", s.verbMentions());
        verbs.put("known", s.knownVerbs());
        verbs.put("header", DictionaryLines.verbsHeader());
        List<Map<String, Object>> verbRows = new ArrayList<>();
        for (GapReport.VerbRow r : s.verbs()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("verb", r.verb());
            m.put("mentions", r.mentions());
            m.put("articles", r.articles());
            m.put("forms", r.forms());
            m.put("pairs", r.pairs());
            m.put("known", r.known());
            m.put("examples", examples(r.examples()));
            m.put("lines", r.lines());
            verbRows.add(m);
        }
        verbs.put("rows", verbRows);
        out.put("verbs", verbs);
        return out;
    }

    private static List<Map<String, Object>> examples(List<Example> examples) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Example e : examples) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("doc_id", e.docId());
            m.put("sentence", e.sentence());
            m.put("text", e.text());
            out.add(m);
        }
        return out;
    }
}
