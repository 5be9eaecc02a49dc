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
     * not know, the PETRARCH verb patterns of the default dictionaries (PETRARCH2's production dictionaries and
     * Dyad's supplement), when the source is a country or organisation (the target may be missing: PLOVER's
     * one-sided events); both honour the discards; then every event is placed from its sentence
     * ({@link org.dyad.place.PlaceAnnotator}).
     */
    public static org.dyad.event.DocumentCoder combinedCoder() {
        org.dyad.petrarch.PetrarchEventCoder fallback = petrarchFallback();
        // a gap-filling event needs a source Dyad can place: a country or an organisation, not a bare agent;
        // a verb, not a participle inside a noun phrase ("Vietnamese-led forces"); and a doer, not a storm
        org.dyad.event.DocumentCoder placed = doc -> fallback.code(doc).stream()
                .filter(e -> !e.source().country().isEmpty() && !modifierTrigger(doc, e) && !naturalCause(doc, e)
                        && !speakerAsActor(doc, e))
                .toList();
        // Dyad's coder also places the people and organisations of PETRARCH's actor dictionaries
        org.dyad.dictionary.Dictionaries d = dictionaries();
        org.dyad.event.DocumentCoder dyad = new org.dyad.petrarch.DiscardFilter(
                EventCoder.defaults().withActors(d.actors()), d.discards());
        // outermost: every event, whichever coder found it, gets the place its sentence puts it in
        return org.dyad.place.PlaceAnnotator.around(new org.dyad.event.IntentRecoder(
                new org.dyad.event.CombinedCoder(dyad, placed), org.dyad.ontology.Cameo.load()));
    }

    private static org.dyad.text.Token trigger(org.dyad.text.Sentence s, org.dyad.event.Event e) {
        int i = s.tokenStartingAt(e.evidence().triggerStart());
        return i < 0 ? null : s.token(i);
    }

    /** Whether an event's trigger modifies a noun ("-led", "US-backed") rather than heading a clause. */
    static boolean modifierTrigger(org.dyad.text.ParsedDocument doc, org.dyad.event.Event e) {
        org.dyad.text.Sentence s = doc.sentences().get(e.sentence());
        org.dyad.text.Token t = trigger(s, e);
        if (t == null) {
            return false;
        }
        String rel = s.relation(t.index());
        return rel.equals("amod") || rel.startsWith("compound");
    }

    private static final java.util.Set<String> NATURAL_CAUSES = org.dyad.dictionary.WordSets.get("cli.natural-causes");

    private static final java.util.Set<String> SPEECH = org.dyad.dictionary.WordSets.get("cli.speech-verbs");

    /**
     * Whether a PETRARCH pattern made the speaker the doer of what is reported ("Police said a fire injured
     * three workers"): the event sits in the complement of a speech verb, its source is that verb's subject, and
     * its own clause has no subject of its own.
     */
    static boolean speakerAsActor(org.dyad.text.ParsedDocument doc, org.dyad.event.Event e) {
        org.dyad.text.Sentence s = doc.sentences().get(e.sentence());
        org.dyad.text.Token t = trigger(s, e);
        if (t == null || !s.children(t.index(), "nsubj").isEmpty() || !s.children(t.index(), "nsubj:pass").isEmpty()) {
            return false;
        }
        String rel = s.relation(t.index());
        int g = s.governor(t.index());
        if (g < 0 || !(rel.equals("ccomp") || rel.equals("dep") || rel.equals("parataxis"))
                || !SPEECH.contains(s.token(g).lemma().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (int n : s.children(g, "nsubj")) {
            if (e.source().text().contains(s.token(n).word())) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> NATURAL_HAZARDS = org.dyad.dictionary.WordSets.get("cli.natural-hazards");

    /**
     * Whether a natural or accidental cause ("an earthquake struck ..., killing two", "a fire injured three
     * workers") is the subject or object of the trigger or of a clause above it: the doer PETRARCH's patterns
     * would otherwise look for among the actors.
     */
    static boolean naturalCause(org.dyad.text.ParsedDocument doc, org.dyad.event.Event e) {
        org.dyad.text.Sentence s = doc.sentences().get(e.sentence());
        org.dyad.text.Token t = trigger(s, e);
        if (t == null) {
            return false;
        }
        for (int v = 0; v < s.size(); v++) {
            if (v != t.index() && !s.dominates(v, t.index())) {
                continue;
            }
            for (org.dyad.text.Dependency d : s.children(v)) {
                String rel = d.relation();
                String lemma = s.token(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT);
                // as an object only the hazards no one "opens" or "sets": the parse misplaces their subjects
                if ((rel.startsWith("nsubj") && NATURAL_CAUSES.contains(lemma))
                        || (rel.equals("obj") && NATURAL_HAZARDS.contains(lemma))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Phoenix discards Dyad leaves out. History (bare years from 1914 on, "years ago", "World War II"): Dyad dates
     * such sentences and flags their events historical instead. Epidemics ("Ebola", "bird flu"): aid against them
     * and measures taken are events, and a disease is never an actor.
     */
    static final java.util.regex.Pattern SKIPPED_DISCARDS = java.util.regex.Pattern.compile(
            "\\d+|.*(" + String.join("|", org.dyad.dictionary.WordSets.list("cli.skipped-discards.history")) + ").*"
            + "|(" + java.util.Arrays.stream(java.time.Month.values()).map(java.time.Month::name)
                    .collect(java.util.stream.Collectors.joining("|")) + ")_\\d+"
            + "|.*(" + String.join("|", org.dyad.dictionary.WordSets.list("cli.skipped-discards.diseases")) + ").*");

    /** The default dictionaries with Dyad's supplement, without the discards of {@link #SKIPPED_DISCARDS}. */
    static synchronized org.dyad.dictionary.Dictionaries dictionaries() {
        if (dictionaries == null) {
            org.dyad.dictionary.Dictionaries d = org.dyad.dictionary.Dictionaries.defaultsWithSupplement();
            org.dyad.dictionary.DiscardDictionary discards = new org.dyad.dictionary.DiscardDictionary(
                    d.discards().entries().stream()
                            .filter(x -> !SKIPPED_DISCARDS.matcher(String.join("_", x.phrase().words())).matches())
                            .toList());
            dictionaries = new org.dyad.dictionary.Dictionaries(d.verbs(), d.actors(), d.agents(), discards,
                    d.issues(), d.problems());
        }
        return dictionaries;
    }

    private static org.dyad.dictionary.Dictionaries dictionaries;

    /** The PETRARCH-style coder with the default dictionaries, as the combined coder uses it. */
    public static org.dyad.petrarch.PetrarchEventCoder petrarchFallback() {
        org.dyad.petrarch.CodingOptions o = org.dyad.petrarch.CodingOptions.defaults()
                .with("require_dyad", "false").withIdentifiedActor(true);
        return new org.dyad.petrarch.PetrarchEventCoder(new org.dyad.petrarch.PetrarchCoder(dictionaries(), o),
                org.dyad.ontology.Cameo.load());
    }
}
