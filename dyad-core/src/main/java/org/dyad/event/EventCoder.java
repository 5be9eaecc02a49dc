package org.dyad.event;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dyad.actor.ActorResolver;
import org.dyad.actor.AgentLexicon;
import org.dyad.actor.CountryGazetteer;
import org.dyad.actor.Discourse;
import org.dyad.actor.Entity;
import org.dyad.actor.Mention;
import org.dyad.actor.SentenceLexicon;
import org.dyad.date.DateResolver;
import org.dyad.date.TextDate;
import org.dyad.ontology.Cameo;
import org.dyad.ontology.CameoCode;
import org.dyad.text.ParsedDocument;
import org.dyad.text.Sentence;
import org.dyad.text.Token;

/**
 * Codes a parsed article into events: finds triggers, fills their source and target from the parse,
 * resolves those to actors through the article's discourse, and dates, places and qualifies each event.
 * Immutable and thread-safe; all per-article state lives in a {@link Discourse} made per call.
 */
public final class EventCoder implements DocumentCoder {
    private final TriggerLexicon triggers;
    private final CountryGazetteer countries;
    private final AgentLexicon agents;
    private final Cameo cameo;
    private final DateResolver dates = new DateResolver();
    private final org.dyad.dictionary.ActorDictionary actors;

    public EventCoder(TriggerLexicon triggers, CountryGazetteer countries, AgentLexicon agents, Cameo cameo) {
        this(triggers, countries, agents, cameo, null);
    }

    private EventCoder(TriggerLexicon triggers, CountryGazetteer countries, AgentLexicon agents, Cameo cameo,
                       org.dyad.dictionary.ActorDictionary actors) {
        this.triggers = Objects.requireNonNull(triggers, "triggers");
        this.countries = Objects.requireNonNull(countries, "countries");
        this.agents = Objects.requireNonNull(agents, "agents");
        this.cameo = Objects.requireNonNull(cameo, "cameo");
        this.actors = actors;
    }

    /**
     * This coder, also placing the people, organisations and groups of an actor dictionary (PETRARCH's
     * format, dated codes chosen by the article's date): "Askar Akayev", "the Security Council".
     */
    public EventCoder withActors(org.dyad.dictionary.ActorDictionary actors) {
        return new EventCoder(triggers, countries, agents, cameo, Objects.requireNonNull(actors, "actors"));
    }

    /** A coder with Dyad's shipped lexicons. */
    public static EventCoder defaults() {
        return new EventCoder(TriggerLexicon.defaults(), CountryGazetteer.load(), AgentLexicon.load(), Cameo.load());
    }

    /** Every event mention in the article, in text order. */
    @Override
    public List<Event> code(ParsedDocument doc) {
        Discourse discourse = new Discourse();
        Optional<LocalDate> published = doc.article().published();
        LocalDate anchor = published.orElse(LocalDate.now());
        DatedContext dated = new DatedContext(published.orElse(anchor), published.isPresent() ? "day" : "none");
        List<Event> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            SentenceLexicon lex = new SentenceLexicon(s, countries, agents, actors, anchor);
            ActorResolver resolver = new ActorResolver(s, lex, discourse);
            List<TextDate> found = dates.find(s, anchor);
            Optional<TextDate> sentenceDate = found.stream().filter(d -> !d.historical()).findFirst();
            DatedContext here = sentenceDate.map(d -> new DatedContext(d.date(), d.precision())).orElse(dated);
            for (Token t : s.tokens()) {
                resolveIfHead(s, resolver, t.index());
            }
            SentenceCoder sc = new SentenceCoder(doc.article().id(), s, resolver, discourse, found, here, cameo, lex);
            java.util.Set<Integer> coded = new java.util.HashSet<>();
            for (Token t : s.tokens()) {
                String kind = t.isVerb() ? "verb" : t.isNoun() ? "noun" : t.pos().startsWith("JJ") ? "adj" : null;
                if (kind == null) {
                    continue;
                }
                String rel = s.relation(t.index());
                if (kind.equals("noun") && (rel.equals("obj") || rel.startsWith("obl"))
                        && coded.contains(s.governor(t.index()))) {
                    continue; // "held talks with", "issued an ultimatum": the verb's entry coded it already
                }
                lookup:
                for (String lemma : lemmas(s, t, kind)) {
                    for (Trigger trig : triggers.lookup(kind, lemma)) {
                        if (matches(s, t.index(), trig)) {
                            List<Event> events = sc.code(t.index(), trig);
                            out.addAll(events);
                            if (!events.isEmpty()) {
                                coded.add(t.index());
                            }
                            break lookup;
                        }
                    }
                }
            }
            refineByComplement(s, out);
            rallyAgainst(s, resolver, out);
            out.addAll(reportedDemands(s, resolver, out, doc.article().id()));
            updateSubject(s, resolver, discourse);
            dated = here;
        }
        return out;
    }

    record DatedContext(LocalDate date, String precision) {}

    /** An entity as one sentence names it ("The parties", "He", "Iran's defence minister"). */
    record Party(Entity entity, String text) {
        static Party bare(Entity e) {
            return new Party(e, e.person() ? e.name() : e.code());
        }
    }

    private static void resolveIfHead(Sentence s, ActorResolver resolver, int i) {
        Token t = s.token(i);
        String rel = s.relation(i);
        if ((t.isNoun() || t.isPronoun()) && !rel.startsWith("compound") && !rel.startsWith("flat")
                && !rel.equals("appos") && !rel.equals("dep")) {
            resolver.resolve(i);
        }
    }

    /**
     * A plain appeal or demand (020, 100) takes the kind of what it asks for from the event coded in its
     * complement: "urged Iran to release the sailors" is an appeal for release (0253), "demanded that Israel
     * withdraw its troops" a demand for withdrawal (106). The complement's own event stays, flagged hypothetical.
     */
    private void refineByComplement(Sentence s, List<Event> coded) {
        for (int k = 0; k < coded.size(); k++) {
            Event e = coded.get(k);
            String code = e.cameo().code();
            if (e.sentence() != s.index() || !(code.equals("020") || code.equals("100"))) {
                continue;
            }
            int v = s.tokenStartingAt(e.evidence().triggerStart());
            if (v < 0) {
                continue;
            }
            for (Event c : coded) {
                int w = s.tokenStartingAt(c.evidence().triggerStart());
                if (c == e || c.sentence() != s.index() || w < 0 || s.governor(w) != v
                        || !(s.relation(w).equals("xcomp") || s.relation(w).equals("ccomp")
                        || s.relation(w).equals("advcl"))) {
                    continue;
                }
                Optional<String> refined = code.equals("020") ? appealCode(c.cameo().code())
                        : org.dyad.petrarch.PetrarchCoder.demandCode(c.cameo().code()).filter(x -> !x.equals("100"));
                if (refined.isPresent()) {
                    // rallying opposition is against whom the complement acts, not whom the appeal addresses
                    Optional<org.dyad.actor.Actor> target = refined.get().equals("113") && c.target().isPresent()
                            ? c.target() : e.target();
                    coded.set(k, new Event(e.eventId(), e.docId(), e.sentence(), e.date(), e.datePrecision(), e.source(),
                            target, cameo.require(refined.get()), e.reciprocal(), e.modality(), e.location(),
                            e.evidence(), e.rule() + " -> " + refined.get() + " (asks for " + c.cameo().code() + ": "
                            + c.evidence().trigger() + ")"));
                    break;
                }
            }
        }
    }

    /** CAMEO's appeal (02x) for what an event code does: cooperation, aid, reform, yielding, talks, mediation. */
    static Optional<String> appealCode(String code) {
        if (code.length() < 3) {
            return Optional.empty();
        }
        String root = code.substring(0, 2);
        return Optional.ofNullable(switch (root) {
            case "04" -> code.startsWith("045") ? "028" : "026";
            case "05" -> code.startsWith("057") ? "027" : "022";
            case "06" -> code.startsWith("061") ? "0211" : code.startsWith("062") ? "0212"
                    : code.startsWith("063") ? "0213" : code.startsWith("064") ? "0214" : "021";
            case "07" -> code.startsWith("071") ? "0231" : code.startsWith("072") ? "0232"
                    : code.startsWith("073") ? "0233" : code.startsWith("074") ? "0234" : "023";
            case "08" -> code.startsWith("0831") ? "0241" : code.startsWith("0832") ? "0242"
                    : code.startsWith("0833") ? "0243" : code.startsWith("0834") ? "0244" : code.startsWith("083") ? "024"
                    : code.startsWith("081") ? "0251" : code.startsWith("082") ? "0252" : code.startsWith("084") ? "0253"
                    : code.startsWith("085") ? "0254" : code.startsWith("086") ? "0255" : code.startsWith("087") ? "0256"
                    : "025";
            // urging others to protest, sanction, attack or reject someone rallies opposition against them
            case "11", "12", "14", "16", "17", "18", "19", "20" -> "113";
            default -> null;
        });
    }

    /** What calling for these against someone rallies: "called for sanctions against Turkey" (113). */
    private static final java.util.Set<String> RALLY_NOUNS = org.dyad.dictionary.WordSets.get("event.rally-nouns");

    /**
     * An appeal whose "for" or object noun is a measure against someone ("called for sanctions against Turkey",
     * "urged action against the junta") rallies opposition against them (CAMEO 113), with them as the target.
     */
    private void rallyAgainst(Sentence s, ActorResolver resolver, List<Event> coded) {
        for (int k = 0; k < coded.size(); k++) {
            Event e = coded.get(k);
            if (e.sentence() != s.index() || !e.cameo().root().equals("02")) {
                continue;
            }
            int v = s.tokenStartingAt(e.evidence().triggerStart());
            if (v < 0) {
                continue;
            }
            for (var d : s.children(v)) {
                int n = d.dependent();
                String rel = d.relation();
                if (!(rel.equals("obj") || (rel.startsWith("obl") && Arguments.hasCase(s, n, "for")))
                        || !RALLY_NOUNS.contains(s.token(n).lemma().toLowerCase(java.util.Locale.ROOT))) {
                    continue;
                }
                Optional<Entity> against = Optional.empty();
                for (var m : s.children(n)) {
                    if (m.relation().startsWith("nmod") && Arguments.hasCase(s, m.dependent(), "against")) {
                        against = resolver.resolve(m.dependent()).flatMap(Mention::entity).filter(Entity::codable);
                    }
                }
                if (against.isPresent() && !against.get().code().equals(e.source().code())) {
                    coded.set(k, new Event(e.eventId(), e.docId(), e.sentence(), e.date(), e.datePrecision(),
                            e.source(), Optional.of(against.get().toActor(against.get().code())), cameo.require("113"),
                            false, e.modality(), e.location(), e.evidence(),
                            e.rule() + " -> 113 (" + s.token(n).word() + " against)"));
                    break;
                }
            }
        }
    }

    /** Verbs that report what their subject says or concludes. */
    private static final java.util.Set<String> SPEECH = org.dyad.dictionary.WordSets.get("event.speech-verbs");
    private static final java.util.Set<String> OBLIGATION = java.util.Set.of("must", "should", "ought");

    /**
     * Reported speech that obliges someone: "the Forum concluded that the US must allocate more aid" is the
     * Forum's demand on the US (CAMEO 10x, refined by what is demanded), not the US's aid. The obliged event
     * stays, flagged hypothetical; the demand is added at the speech verb, its source the speaker.
     */
    private List<Event> reportedDemands(Sentence s, ActorResolver resolver, List<Event> coded, String docId) {
        List<Event> out = new ArrayList<>();
        int k = 0;
        for (Event e : coded) {
            if (e.sentence() != s.index() || !e.modality().hypothetical()) {
                continue;
            }
            int v = s.tokenStartingAt(e.evidence().triggerStart());
            if (v < 0 || !s.relation(v).equals("ccomp")) {
                continue;
            }
            final int trigger = v;
            boolean obliged = s.children(v).stream().anyMatch(d -> d.relation().startsWith("aux")
                    && OBLIGATION.contains(s.token(d.dependent()).lowerWord()));
            int g = s.governor(v);
            if (!obliged || g < 0 || !s.token(g).isVerb()
                    || !SPEECH.contains(s.token(g).lemma().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            Token speech = s.token(g);
            boolean done = false;
            for (Event x : coded) {
                done |= x.sentence() == s.index() && x.evidence().triggerStart() == speech.start();
            }
            for (Event x : out) {
                done |= x.evidence().triggerStart() == speech.start() && x.target().map(org.dyad.actor.Actor::code)
                        .equals(Optional.of(e.source().code()));
            }
            if (done) {
                continue;
            }
            Optional<String> code = org.dyad.petrarch.PetrarchCoder.demandCode(e.cameo().code());
            for (int subj : s.children(g, "nsubj")) {
                Optional<Entity> speaker = resolver.resolve(subj).flatMap(Mention::entity).filter(Entity::codable);
                if (speaker.isEmpty() || code.isEmpty() || speaker.get().code().equals(e.source().code())) {
                    continue;
                }
                Evidence ev = new Evidence(s.text(), s.start(), s.end(), speech.word(), speech.start(), speech.end());
                List<Integer> phrase = resolver.phrase(subj);
                String words = s.span(phrase.get(0), phrase.get(phrase.size() - 1) + 1);
                out.add(new Event(docId + "-" + s.index() + "-" + g + "-d" + k++, docId, s.index(), e.date(),
                        e.datePrecision(), speaker.get().toActor(words), Optional.of(e.source()),
                        cameo.require(code.get()), false, Modality.ASSERTED, Optional.empty(), ev,
                        "reported demand: " + speech.lemma() + " + " + s.token(trigger).word() + " with an obligation -> "
                        + code.get() + " (" + e.rule() + ")"));
            }
        }
        return out;
    }

    private static void updateSubject(Sentence s, ActorResolver resolver, Discourse discourse) {
        for (int i = 0; i < s.size(); i++) {
            if (s.relation(i).equals("nsubj")) {
                Optional<Entity> e = resolver.resolve(i).flatMap(Mention::entity).filter(Entity::person);
                if (e.isPresent()) {
                    discourse.setLastSubject(e.get());
                    return;
                }
            }
        }
    }

    /** A noun is looked up with each modifier first ("hunger strike" as {@code hunger_strike}), then alone. */
    private static List<String> lemmas(Sentence s, Token t, String kind) {
        if (!kind.equals("noun")) {
            return List.of(t.lemma());
        }
        List<String> out = new ArrayList<>();
        for (var d : s.children(t.index())) {
            if (d.relation().equals("compound") || d.relation().equals("amod")) {
                out.add(s.token(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT) + "_" + t.lemma());
            }
        }
        out.add(t.lemma());
        return out;
    }

    private static boolean matches(Sentence s, int i, Trigger t) {
        if (t.objects().contains("*")) {
            // any direct object: "returned the paintings to Peru"
            if (Arguments.objectOf(s, i, t.isVerb()).isEmpty()) {
                return false;
            }
        } else if (!t.objects().isEmpty()
                && Arguments.objectKeys(s, i, t.isVerb()).stream().noneMatch(t.objects()::contains)) {
            return false;
        }
        if (!t.particle().isEmpty()) {
            boolean found = false;
            for (var d : s.children(i)) {
                String rel = d.relation();
                int c = d.dependent();
                if ((rel.startsWith("obl") || rel.startsWith("nmod")) && Arguments.hasCase(s, c, t.particle())) {
                    found = true;
                } else if (rel.equals("compound:prt") && s.token(c).lowerWord().equals(t.particle())) {
                    found = true;
                } else if ((rel.equals("advcl") || rel.equals("ccomp")) && Arguments.hasCase(s, c, t.particle())
                        && !s.children(c, "nsubj").isEmpty()) {
                    found = true; // "called on US to lift": the parse makes "on US to lift" a clause
                }
            }
            return found;
        }
        return true;
    }

    /** Codes the triggers of one sentence. */
    private static final class SentenceCoder {
        private final String docId;
        private final Sentence s;
        private final ActorResolver resolver;
        private final Discourse discourse;
        private final List<TextDate> dates;
        private final DatedContext context;
        private final Cameo cameo;
        private final SentenceLexicon lex;

        SentenceCoder(String docId, Sentence s, ActorResolver resolver, Discourse discourse, List<TextDate> dates,
                      DatedContext context, Cameo cameo, SentenceLexicon lex) {
            this.docId = docId;
            this.s = s;
            this.resolver = resolver;
            this.discourse = discourse;
            this.dates = dates;
            this.context = context;
            this.cameo = cameo;
            this.lex = lex;
        }

        List<Event> code(int trigger, Trigger t) {
            Arguments.Slots slots = t.isVerb() ? Arguments.forVerb(s, trigger, t) : Arguments.forNoun(s, trigger, t);
            List<Mention> sources = mentions(slots.sources());
            List<Mention> targets = mentions(slots.targets());
            boolean noActors = slots.sources().isEmpty() && slots.targets().isEmpty();
            List<Party[]> pairs = new ArrayList<>();
            if (noActors && t.parties()) {
                addAllPairs(discourse.participants().stream().map(Party::bare).toList(), pairs);
            } else {
                List<Party> src = expand(sources, null);
                if (targets.isEmpty()) {
                    if (t.reciprocal() && (src.size() >= 2)) {
                        addAllPairs(src, pairs);
                    } else {
                        for (Party a : src) {
                            Optional<Entity> partner = t.partner() ? discourse.partnerOf(a.entity()) : Optional.empty();
                            if (partner.isPresent()) {
                                pairs.add(new Party[] {a, Party.bare(partner.get())});
                            } else if (t.solo()) {
                                pairs.add(new Party[] {a, null});
                            }
                        }
                    }
                } else {
                    for (Party a : src) {
                        boolean paired = false;
                        for (Party b : expand(targets, a.entity())) {
                            if (!a.entity().key().equals(b.entity().key())) {
                                pairs.add(new Party[] {a, b});
                                paired = true;
                            }
                        }
                        if (!paired && t.solo()) {
                            // "Israel strengthened its forces", "demanded parties to the conflict to ...":
                            // the target is the source itself or nobody placed; the event stands one-sided
                            pairs.add(new Party[] {a, null});
                        }
                    }
                    if (src.isEmpty()) {
                        // a target-led other party needs its source: "the delegation was greeted"
                        for (Mention m : sources) {
                            if (m.kind() == Mention.Kind.OTHER_PARTY) {
                                for (Party b : expand(targets, null)) {
                                    discourse.partnerOf(b.entity())
                                            .ifPresent(a -> pairs.add(new Party[] {new Party(a, m.text()), b}));
                                }
                            }
                        }
                    }
                }
            }
            List<Event> out = new ArrayList<>();
            Modality modality = modality(trigger);
            String pattern = slots.pattern().isEmpty() ? (t.parties() ? "parties=discourse" : "") : slots.pattern();
            int k = 0;
            for (Party[] p : pairs) {
                Entity a = p[0].entity();
                Entity b = p[1] == null ? null : p[1].entity();
                if (!a.codable() || (b != null && (!b.codable() || a.key().equals(b.key())))) {
                    continue;
                }
                out.add(event(trigger, t.code(), p[0], p[1], t, modality, pattern, k++));
                if (t.isVerb() && b != null && modality.asserted() && (a.person() || !a.sectors().isEmpty())
                        && (b.person() || !b.sectors().isEmpty())) {
                    discourse.setParticipants(a, b);
                }
                if (t.hostCode().isPresent() && b != null && !b.person() && b.sectors().isEmpty()) {
                    out.add(event(trigger, t.hostCode().get(), p[1], p[0], t, modality, pattern + " host-of-visit", k++));
                }
            }
            return out;
        }

        private void addAllPairs(List<Party> parties, List<Party[]> pairs) {
            for (Party a : parties) {
                for (Party b : parties) {
                    if (a != b && !a.entity().key().equals(b.entity().key())) {
                        pairs.add(new Party[] {a, b});
                    }
                }
            }
        }

        private List<Mention> mentions(List<Integer> heads) {
            List<Mention> out = new ArrayList<>();
            for (int h : heads) {
                resolver.resolve(h).ifPresent(out::add);
            }
            return out;
        }

        /** Entities of mentions; collective ones become the parties, other-party ones the partner of {@code self}. */
        private List<Party> expand(List<Mention> mentions, Entity self) {
            List<Party> out = new ArrayList<>();
            for (Mention m : mentions) {
                switch (m.kind()) {
                    case ENTITY -> out.add(new Party(m.entity().get(), m.text()));
                    case COLLECTIVE -> discourse.participants().forEach(e -> out.add(new Party(e, m.text())));
                    case OTHER_PARTY -> {
                        if (self != null) {
                            discourse.partnerOf(self).ifPresent(e -> out.add(new Party(e, m.text())));
                        }
                    }
                }
            }
            return out;
        }

        private Modality modality(int trigger) {
            Modality m = Modality.ASSERTED;
            if (ModalityDetector.negated(s, trigger)) {
                m = m.withNegated();
            }
            if (ModalityDetector.hypothetical(s, trigger)) {
                m = m.withHypothetical();
            }
            for (TextDate d : dates) {
                if (d.historical() && attachedTo(d, trigger)) {
                    m = m.withHistorical(Optional.of(Year.of(d.date().getYear())));
                }
            }
            return m;
        }

        /** A date belongs to a trigger when it hangs on it directly ("met on Monday", "the war in 2020"). */
        private boolean attachedTo(TextDate d, int trigger) {
            int cur = d.head();
            for (int guard = 0; guard < 4 && cur >= 0; guard++) {
                String rel = s.relation(cur);
                int gov = s.governor(cur);
                if (gov == trigger) {
                    return rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("advmod")
                            || rel.equals("nummod");
                }
                if (!(rel.equals("nummod") || rel.equals("compound") || rel.startsWith("flat"))) {
                    return false;
                }
                cur = gov;
            }
            return false;
        }

        private Event event(int trigger, String code, Party a, Party b, Trigger t, Modality modality,
                            String pattern, int k) {
            CameoCode c = cameo.require(code);
            Token tok = s.token(trigger);
            LocalDate date = context.date();
            String precision = context.precision();
            for (TextDate d : dates) {
                if (attachedTo(d, trigger)) {
                    date = d.date();
                    precision = d.precision();
                }
            }
            Evidence ev = new Evidence(s.text(), s.start(), s.end(), tok.word(), tok.start(), tok.end());
            String id = docId + "-" + s.index() + "-" + trigger + "-" + k;
            return new Event(id, docId, s.index(), date, precision,
                    a.entity().toActor(a.text()), Optional.ofNullable(b).map(x -> x.entity().toActor(x.text())),
                    c, t.reciprocal(), modality, location(trigger, t.hostCode().isPresent()), ev,
                    t.ruleName() + (pattern.isEmpty() ? "" : " [" + pattern + "]"));
        }


        /** A country or place named by "in"/"at" on the trigger, or "to" for a visit (its destination). */
        private Optional<Location> location(int trigger, boolean movement) {
            for (var d : s.children(trigger)) {
                String rel = d.relation();
                int c = d.dependent();
                if (!(rel.startsWith("obl") || rel.startsWith("nmod"))) {
                    continue;
                }
                String prep = Arguments.caseOf(s, c);
                if (!(prep.equals("in") || prep.equals("at") || (movement && prep.equals("to")))) {
                    continue;
                }
                Optional<String> country = lex.country(c);
                Token ct = s.token(c);
                if (country.isPresent() || ct.ner().equals("LOCATION")) {
                    return Optional.of(Location.of(ct.word(), country.orElse("")));
                }
            }
            return Optional.empty();
        }
    }
}
