package org.dyad.cli;

import org.dyad.event.EventCoder;
import org.dyad.nlp.CoreNlpParser;
import org.dyad.nlp.NlpOptions;
import org.dyad.pipeline.ArticleCoder;

/** Builds the heavy NLP pipeline once per process, on first use; shared by every command (and tests). */
public final class Pipelines {
    private static CoreNlpParser parser;
    private static ArticleCoder coder;
    private static String profile = "fast";

    private Pipelines() {}

    /** Chooses the NLP profile ({@code fast} or {@code accurate}); must come before the first use. */
    static synchronized void useProfile(String name) {
        NlpOptions.profile(name);
        if (parser != null && !name.equals(profile)) {
            throw new IllegalStateException("the NLP pipeline is already loaded with profile " + profile);
        }
        profile = name;
    }

    public static synchronized CoreNlpParser parser() {
        if (parser == null) {
            parser = new CoreNlpParser(NlpOptions.profile(profile));
        }
        return parser;
    }

    /** The default pipeline: {@link #combinedCoder()} over the CoreNLP parser. */
    public static synchronized ArticleCoder coder() {
        if (coder == null) {
            coder = new ArticleCoder(parser(), combinedCoder());
        }
        return coder;
    }

    /**
     * Dyad's default coder: its own trigger lexicon and actor resolution first, and for verbs the lexicon does
     * not know, the PETRARCH verb patterns of the default dictionaries (PETRARCH2's production dictionaries),
     * when the source is a country or organisation (the target may be missing: PLOVER's one-sided events);
     * then every event is placed from its sentence ({@link org.dyad.place.PlaceAnnotator}).
     */
    public static org.dyad.event.DocumentCoder combinedCoder() {
        org.dyad.petrarch.PetrarchEventCoder fallback = petrarchFallback();
        // a gap-filling event needs a source Dyad can place: a country or an organisation, not a bare agent
        // and a verb, not a participle inside a noun phrase ("Vietnamese-led forces")
        org.dyad.event.DocumentCoder placed = doc -> fallback.code(doc).stream()
                .filter(e -> !e.source().country().isEmpty() && !modifierTrigger(doc, e)).toList();
        // Dyad's coder also places the people and organisations of PETRARCH's actor dictionaries
        EventCoder dyad = EventCoder.defaults().withActors(org.dyad.petrarch.Dictionaries.defaultsWithSupplement().actors());
        // outermost: every event, whichever coder found it, gets the place its sentence puts it in
        return org.dyad.place.PlaceAnnotator.around(new org.dyad.event.IntentRecoder(
                new org.dyad.event.CombinedCoder(dyad, placed), org.dyad.ontology.Cameo.load()));
    }

    /** Whether an event's trigger modifies a noun ("-led", "US-backed") rather than heading a clause. */
    static boolean modifierTrigger(org.dyad.text.ParsedDocument doc, org.dyad.event.Event e) {
        org.dyad.text.Sentence s = doc.sentences().get(e.sentence());
        for (org.dyad.text.Token t : s.tokens()) {
            if (t.start() == e.evidence().triggerStart()) {
                String rel = s.relation(t.index());
                return rel.equals("amod") || rel.startsWith("compound");
            }
        }
        return false;
    }

    /** The PETRARCH-style coder with the default dictionaries, as the combined coder uses it. */
    public static org.dyad.petrarch.PetrarchEventCoder petrarchFallback() {
        org.dyad.petrarch.CodingOptions o = org.dyad.petrarch.CodingOptions.defaults()
                .with("require_dyad", "false").withIdentifiedActor(true);
        // Phoenix's discards drop every sentence naming a year from 1914 on; Dyad dates such sentences and flags
        // their events historical instead, so the bare years are left out of the fallback's discards
        org.dyad.petrarch.Dictionaries d = org.dyad.petrarch.Dictionaries.defaultsWithSupplement();
        org.dyad.petrarch.DiscardDictionary discards = new org.dyad.petrarch.DiscardDictionary(d.discards().entries()
                .stream().filter(x -> !(x.phrase().size() == 1 && x.phrase().words().get(0).matches("\\d+")))
                .toList());
        d = new org.dyad.petrarch.Dictionaries(d.verbs(), d.actors(), d.agents(), discards, d.issues(), d.problems());
        return new org.dyad.petrarch.PetrarchEventCoder(new org.dyad.petrarch.PetrarchCoder(d, o),
                org.dyad.ontology.Cameo.load());
    }
}
