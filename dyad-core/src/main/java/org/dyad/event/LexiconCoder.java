package org.dyad.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.actor.ActorResolver;
import org.dyad.actor.Basis;
import org.dyad.actor.Discourse;
import org.dyad.actor.Entity;
import org.dyad.actor.Mention;
import org.dyad.actor.PeopleNouns;
import org.dyad.actor.RelationalNouns;
import org.dyad.date.TextDate;
import org.dyad.dictionary.WordSets;
import org.dyad.ontology.Cameo;
import org.dyad.text.Dependency;
import org.dyad.text.Sentence;
import org.dyad.text.Token;

/**
 * Dyad's own coder of one sentence: finds the triggers of its lexicon ({@link TriggerLexicon}), fills their
 * source and target from the parse ({@link Arguments}), resolves those to actors through the article's
 * discourse ({@link ActorResolver}) and proposes one draft per pair of actors. It decides nothing about
 * modality, dates or places (later stages of the pipeline do, for every coder alike); it updates the
 * discourse's parties of the exchange, which later sentences' "the sides" refer to. Immutable and
 * thread-safe; the per-article state lives in the {@link Discourse} and resolver passed in.
 */
public final class LexiconCoder {
    private final TriggerLexicon triggers;
    private final Cameo cameo;

    public LexiconCoder(TriggerLexicon triggers, Cameo cameo) {
        this.triggers = Objects.requireNonNull(triggers, "triggers");
        this.cameo = Objects.requireNonNull(cameo, "cameo");
    }

    /** The coder with Dyad's shipped trigger lexicon. */
    public static LexiconCoder defaults() {
        return new LexiconCoder(TriggerLexicon.defaults(), Cameo.load());
    }

    /**
     * The drafts the lexicon's triggers give in {@code s}, in text order.
     *
     * @param resolver the sentence's actor resolver (over the article's discourse)
     * @param dates    the sentence's date expressions (an event of a dated past is not an exchange now)
     */
    public List<EventDraft> code(Sentence s, ActorResolver resolver, Discourse discourse, List<TextDate> dates) {
        SentenceCoder sc = new SentenceCoder(s, resolver, discourse, dates);
        List<EventDraft> out = new ArrayList<>();
        Set<Integer> coded = new HashSet<>();
        for (Token t : s.tokens()) {
            String kind = kind(t);
            if (kind == null) {
                continue;
            }
            String rel = s.relation(t.index());
            if (kind.equals("noun") && (rel.equals("obj") || rel.startsWith("obl"))
                    && coded.contains(s.governor(t.index()))) {
                continue; // "held talks with", "issued an ultimatum": the verb's entry coded it already
            }
            // a gerund used as a noun whose verb reading finds no actors is read as the noun ("Fighting between
            // Hezbollah and Israeli forces continued")
            boolean gerund = TriggerMatch.nominalGerund(s, t);
            lookup:
            for (String k : gerund ? List.of(kind, "noun") : List.of(kind)) {
                for (String lemma : TriggerMatch.lemmas(s, t, k)) {
                    for (Trigger trig : triggers.lookup(k, lemma)) {
                        if (TriggerMatch.matches(s, t.index(), trig)) {
                            List<EventDraft> drafts = sc.code(t.index(), trig);
                            out.addAll(drafts);
                            if (!drafts.isEmpty()) {
                                coded.add(t.index());
                            }
                            if (drafts.isEmpty() && gerund && !k.equals("noun")) {
                                continue lookup;
                            }
                            break lookup;
                        }
                    }
                }
            }
        }
        rallyAgainst(s, resolver, out);
        return out;
    }

    /**
     * Whether {@code s} holds a word a trigger could be looked up with (a verb, noun or adjective whose lemma heads
     * an entry); from its words, lemmas and tags, without the parse.
     */
    public boolean mayTrigger(Sentence s) {
        return s.tokens().stream().anyMatch(t -> kind(t) != null && triggers.mayTrigger(t.lemma()));
    }

    /**
     * Whether {@code s} holds a word of a trigger that takes the parties of the exchange when the sentence names no
     * actor ("talks resumed"): such a sentence may yield an event with no actor word of its own.
     */
    public boolean mayTriggerWithoutActors(Sentence s) {
        return s.tokens().stream().anyMatch(t -> kind(t) != null && triggers.mayTriggerWithoutActors(t.lemma()));
    }

    private static String kind(Token t) {
        return t.isVerb() ? "verb" : t.isNoun() ? "noun" : t.pos().startsWith("JJ") ? "adj" : null;
    }

    /** How an entity the discourse knows is placed when it is referred back to: a guess stays a guess. */
    static Basis recalled(Entity e) {
        return e.country().isEmpty() ? Basis.SECTOR : e.basis() == Basis.FALLBACK ? Basis.FALLBACK : Basis.DISCOURSE;
    }

    /** An entity as one sentence names it ("The parties", "He", "Iran's defence minister"). */
    record Party(Entity entity, String text, Basis basis) {
        static Party bare(Entity e) {
            return new Party(e, e.person() ? e.name() : e.code(), recalled(e));
        }
    }

    /** What calling for these against someone rallies: "called for sanctions against Turkey" (113). */
    private static final java.util.Set<String> RALLY_NOUNS = org.dyad.dictionary.WordSets.get("event.rally-nouns");
    /** CAMEO roots of cooperation that states named together do with each other: intent, consult, diplomatic, material. */
    private static final java.util.Set<String> MUTUAL_ROOTS = java.util.Set.of("03", "04", "05", "06");

    /**
     * An appeal whose "for" or object noun is a measure against someone ("called for sanctions against Turkey",
     * "urged action against the junta") rallies opposition against them (CAMEO 113), with them as the target.
     */
    private void rallyAgainst(Sentence s, ActorResolver resolver, List<EventDraft> coded) {
        for (EventDraft e : coded) {
            if (!e.cameo().root().equals("02")) {
                continue;
            }
            int v = e.trigger();
            for (var d : s.children(v)) {
                int n = d.dependent();
                String rel = d.relation();
                if (!(rel.equals("obj") || (rel.startsWith("obl") && Arguments.hasCase(s, n, "for")))
                        || !RALLY_NOUNS.contains(s.token(n).lemma().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                Optional<Mention> against = Optional.empty();
                for (var m : s.children(n)) {
                    if (m.relation().startsWith("nmod") && Arguments.hasCase(s, m.dependent(), "against")) {
                        against = resolver.resolve(m.dependent())
                            .filter(x -> x.entity().filter(Entity::codable).isPresent());
                    }
                }
                if (against.isPresent() && !against.get().entity().get().code().equals(e.source().code())) {
                    // the actor as the sentence names it ("Myanmar's military-run companies"), not its bare code
                    Entity who = against.get().entity().get();
                    e.retarget(Optional.of(who.toActor(against.get().text())), against.get().basis());
                    e.recode(cameo.require("113"), " -> 113 (" + s.token(n).word() + " against)");
                    e.setReciprocal(false);
                    break;
                }
            }
        }
    }

    /** Heads of a subject that is armed forces, not an official (words.tsv event.force-heads). */
    private static final Set<String> FORCE_HEADS = WordSets.get("event.force-heads");
    /** What agreeing "to" makes an intent to de-escalate (words.tsv event.truce-nouns). */
    private static final Set<String> TRUCE_NOUNS = WordSets.get("event.truce-nouns");

    /** Verbs of formal charges, which PLOVER's modes put under ACCUSE (words.tsv event.accusation-verbs). */
    private static final Set<String> ACCUSATION_VERBS = WordSets.get("event.accusation-verbs");

    /**
     * The code as PLOVER reads this trigger: CAMEO 173 ("arrest, detain, or charge with legal action") is COERCE in
     * CAMEO2PLOVER, but PLOVER's own modes put "sue, indict, or charge; bring to trial" under ACCUSE (mode
     * allege), so a charge, an indictment or a prosecution is ACCUSE while an arrest stays COERCE. The CAMEO code,
     * Goldstein score and QuadClass are CAMEO's.
     */
    private static org.dyad.ontology.CameoCode plover(org.dyad.ontology.CameoCode c, Trigger t) {
        if (!c.code().equals("173") || !t.isVerb() || !ACCUSATION_VERBS.contains(t.lemma())) {
            return c;
        }
        return new org.dyad.ontology.CameoCode(c.code(), c.name(), c.root(), c.base(), c.goldstein(), c.quadClass(),
                Optional.of("ACCUSE"), Optional.of("allege"));
    }

    /** Codes the triggers of one sentence. */
    private final class SentenceCoder {
        private final Sentence s;
        private final ActorResolver resolver;
        private final Discourse discourse;
        private final List<TextDate> dates;

        SentenceCoder(Sentence s, ActorResolver resolver, Discourse discourse, List<TextDate> dates) {
            this.s = s;
            this.resolver = resolver;
            this.discourse = discourse;
            this.dates = dates;
        }

        List<EventDraft> code(int trigger, Trigger t) {
            Arguments.Slots slots = t.isVerb() ? Arguments.forVerb(s, trigger, t) : Arguments.forNoun(s, trigger, t);
            // people named by a noun alone stand as a target only; a named person no list places is a doer
            // (CVL, unplaced), whose event stands where the sentence has none of a placed doer (ArbitrationStage)
            List<Mention> sources = mentions(slots.sources()).stream().filter(m -> !PeopleNouns.isCatchAll(m))
                    .map(PeopleNouns::asCatchAll).toList();
            List<Mention> targets = mentions(slots.targets()).stream().map(PeopleNouns::asCatchAll).toList();
            // the doer's own ("their donations", "its forces") is no one else: no other party is sought for it
            boolean own = targets.stream().anyMatch(m -> ownPronoun(m, sources));
            targets = targets.stream().filter(m -> !ownPronoun(m, sources)).toList();
            // people no list names ("the truckers") are the target only when nothing else is
            List<Mention> catchAll = targets.stream().filter(PeopleNouns::isCatchAll).toList();
            targets = targets.stream().filter(m -> !PeopleNouns.isCatchAll(m)).toList();
            boolean inside = false; // the targets are actors named inside a phrase, not the phrase itself
            if (targets.isEmpty() && !own) {
                // no slot names an actor: the constrained object itself ("released the opposition leaders"), a
                // party phrase ("expressed concern to the Security Council"), a purpose's object ("to assist
                // Ethiopia"); else an actor inside those phrases ("opposed resolutions in the United Nations",
                // "accepted an invitation to meet Kim Jong Un")
                List<Integer> more = new ArrayList<>(slots.targets());
                if (t.isVerb()) {
                    Arguments.secondaryTargets(s, trigger, t).stream().filter(x -> !more.contains(x)).forEach(more::add);
                }
                targets = codable(mentions(more), sources);
                if (targets.isEmpty()) {
                    targets = within(more, sources);
                    inside = !targets.isEmpty();
                }
                if (targets.isEmpty() && !catchAll.isEmpty()) {
                    targets = catchAll.subList(0, 1);
                }
            }
            targets = hostCountries(targets, t);
            boolean noActors = slots.sources().isEmpty() && slots.targets().isEmpty();
            List<Party[]> pairs = new ArrayList<>();
            if (noActors && t.parties()) {
                addAllPairs(discourse.participants().stream().map(Party::bare).toList(), pairs);
            } else {
                List<Party> src = expand(sources, null);
                boolean placedNowhere = targets.stream().allMatch(m -> m.entity().map(e -> e.country().isEmpty())
                        .orElse(true));
                if (src.size() >= 2 && (t.reciprocal() && inside
                        || placedNowhere && (t.reciprocal() || mutualAmong(src, t.code())) && countries(src) >= 2)) {
                    // "the sides exchanged views on Azerbaijan-Iran cooperation", "Thailand and Cambodia agreed to
                    // withdraw troops": the sides with each other, not with what they talked about or the troops
                    targets = List.of();
                }
                if (targets.isEmpty()) {
                    if ((t.reciprocal() || mutualAmong(src, t.code())) && (src.size() >= 2)) {
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
                                            .ifPresent(a -> pairs.add(new Party[] {new Party(a, m.text(), recalled(a)), b}));
                                }
                            }
                        }
                    }
                }
            }
            List<EventDraft> out = new ArrayList<>();
            Modality modality = ModalityDetector.detect(s, trigger, dates);
            String pattern = slots.pattern().isEmpty() ? (t.parties() ? "parties=discourse" : "") : slots.pattern();
            String code = t.code();
            if (t.isVerb() && code.equals("030") && "to".equals(t.particle()) && agreedToTruce(trigger)) {
                code = "0356"; // "agreed to a ceasefire in Chad": intent to de-escalate, as UniversalPetrarch
                pattern = pattern + " truce";
            }
            boolean forces = t.isVerb() && code.equals("042") && slots.sources().stream().anyMatch(this::isForces);
            if (forces) {
                // "Irish soldiers arrived in Lebanon": forces arriving are deployed, not visiting; peacekeepers provide
                // protection (074), other forces' arrival is left to the deployment words around it
                if (!peacekeeping()) {
                    return List.of();
                }
                code = "074";
                pattern = pattern + " forces-not-visitors";
            }
            for (Party[] p : pairs) {
                Entity a = p[0].entity();
                Entity b = p[1] == null ? null : p[1].entity();
                if (!a.codable() || (b != null && (!b.codable() || a.key().equals(b.key())))) {
                    continue;
                }
                out.add(draft(trigger, code, p[0], p[1], t, pattern));
                if (t.isVerb() && b != null && modality.asserted() && (a.person() || !a.sectors().isEmpty())
                        && (b.person() || !b.sectors().isEmpty())) {
                    discourse.setParticipants(a, b);
                }
                if (!forces && t.hostCode().isPresent() && b != null && !b.person() && b.sectors().isEmpty()) {
                    out.add(draft(trigger, t.hostCode().get(), p[1], p[0], t, pattern + " host-of-visit"));
                }
            }
            return out;
        }

        /** Whether the phrase headed by {@code i} names armed forces ("troops", "hundreds of soldiers"). */
        private boolean isForces(int i) {
            if (FORCE_HEADS.contains(s.token(i).lemma().toLowerCase(Locale.ROOT))
                    || FORCE_HEADS.contains(s.token(i).lowerWord())) {
                return true;
            }
            for (int n : s.children(i, "nmod")) {
                if (Arguments.hasCase(s, n, "of") && FORCE_HEADS.contains(s.token(n).lowerWord())) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the trigger's "to" phrase is a ceasefire or truce ("agreed to a ceasefire"). */
        private boolean agreedToTruce(int trigger) {
            for (Dependency d : s.children(trigger)) {
                if (d.relation().startsWith("obl") && Arguments.hasCase(s, d.dependent(), "to")
                        && TRUCE_NOUNS.contains(Arguments.wholeLemma(s, d.dependent()))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the sentence speaks of peacekeeping ("peacekeepers", "a peacekeeping mission"). */
        private boolean peacekeeping() {
            for (int i = 0; i < s.size(); i++) {
                if (s.token(i).lowerWord().startsWith("peacekeep") || s.token(i).lowerWord().startsWith("peace-keep")) {
                    return true;
                }
            }
            return false;
        }

        /** Relations that lead from a noun to the phrases that say whom or what it concerns. */
        private static final Set<String> INNER = WordSets.get("event.inner-relations");
        /** Prepositions of a scene, not a party: "in a Paris court". */
        private static final Set<String> SCENE = Set.of("in", "at", "near", "inside", "across");
        /** The preposition of whom something goes to: it wins over an actor met first. */
        private static final Set<String> RECIPIENT = Set.of("to");

        /**
         * "Sending troops to the UN peacekeeping force in South Sudan", "air support to an African Union force in
         * Somalia": aid or forces given to an international mission go to the country it serves, named in the
         * mission's "in" phrase (PLOVER and CAMEO code peacekeeping for the host country).
         */
        private List<Mention> hostCountries(List<Mention> targets, Trigger t) {
            String code = t.code();
            if (!(code.startsWith("07") || code.startsWith("15") || code.startsWith("03"))) {
                return targets;
            }
            List<Mention> out = new ArrayList<>();
            for (Mention m : targets) {
                Mention host = m;
                if (m.entity().map(e -> e.country().equals("IGO")).orElse(false)) {
                    for (int n : s.children(m.head(), "nmod")) {
                        Optional<Mention> c = Arguments.hasCase(s, n, "in") ? resolver.resolve(n) : Optional.empty();
                        if (c.isPresent() && c.get().entity().map(e -> e.country().length() == 3
                                && e.sectors().isEmpty() && !e.country().equals("IGO")).orElse(false)) {
                            host = c.get();
                            break;
                        }
                    }
                }
                out.add(host);
            }
            return out;
        }

        /** The mentions that name an actor other than a source (a country, an organisation, a titled person). */
        private static List<Mention> codable(List<Mention> mentions, List<Mention> sources) {
            List<Mention> out = new ArrayList<>();
            for (Mention m : mentions) {
                if (m.kind() == Mention.Kind.ENTITY && m.entity().get().codable() && !isSource(m, sources)
                        && !PeopleNouns.isCatchAll(m)) {
                    out.add(m);
                    break;
                }
            }
            return out;
        }

        /**
         * "Germany, Russia and Sweden provided their donations", "the army hit the positions and destroyed them": a
         * pronoun the resolver took back to one of the clause's own doers is not the other party (a doer's own
         * things are not its target, and "them" is never the subject of its own clause).
         */
        private boolean ownPronoun(Mention m, List<Mention> sources) {
            String pos = s.token(m.head()).pos();
            return (pos.equals("PRP") || pos.equals("PRP$")) && isSource(m, sources);
        }

        private static boolean isSource(Mention m, List<Mention> sources) {
            return sources.stream().anyMatch(x -> x.entity().isPresent() && m.entity().isPresent()
                    && x.entity().get().key().equals(m.entity().get().key()));
        }

        /**
         * The first actors inside the phrases headed by {@code heads} (three steps down at most, through
         * prepositional phrases, participles and appositions), other than the sources: where the head itself
         * names no actor. One in a "to" phrase, deeper or not, wins: "sent supplies and personnel
         * such as doctors to Nepal" is sent to Nepal.
         */
        private List<Mention> within(List<Integer> heads, List<Mention> sources) {
            java.util.ArrayDeque<int[]> todo = new java.util.ArrayDeque<>();
            heads.forEach(h -> todo.add(new int[] {h, 0}));
            Mention first = null;
            Set<Integer> seen = new HashSet<>(heads);
            while (!todo.isEmpty()) {
                int[] cur = todo.poll();
                for (var d : s.children(cur[0])) {
                    String rel = d.relation();
                    int c = d.dependent();
                    String base = rel.contains(":") ? rel.substring(0, rel.indexOf(':')) : rel;
                    if (!INNER.contains(base) || rel.equals("acl:relcl") || !seen.add(c)
                            || SCENE.contains(Arguments.caseOf(s, c)) || RelationalNouns.isOwner(s, c)) {
                        continue;
                    }
                    Optional<Mention> m = resolver.resolve(c).filter(x -> x.kind() == Mention.Kind.ENTITY
                            && x.entity().get().codable() && !PeopleNouns.isCatchAll(x));
                    if (m.isPresent() && !isSource(m.get(), sources)) {
                        if (RECIPIENT.contains(Arguments.caseOf(s, c))) {
                            return List.of(m.get()); // whom it goes to: "supplies and doctors to Nepal"
                        }
                        if (first == null) {
                            first = m.get();
                        }
                    }
                    if (cur[1] < 3) {
                        todo.add(new int[] {c, cur[1] + 1});
                    }
                }
            }
            return first == null ? List.of() : List.of(first);
        }

        /**
         * "Jordan and Britain have agreed to hold exercises", "Bosnia and Slovenia agreed to a ceasefire": states
         * named together as the subject of cooperation (intent, consultation, diplomatic or material cooperation)
         * with no one else named cooperate with each other.
         */
        private static boolean mutualAmong(List<Party> src, String code) {
            return MUTUAL_ROOTS.contains(code.substring(0, 2)) && countries(src) >= 2;
        }

        /** How many countries the parties are of. */
        private static long countries(List<Party> src) {
            return src.stream().map(p -> p.entity().country()).filter(c -> !c.isEmpty()).distinct().count();
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
                Optional<Mention> m = resolver.resolve(h);
                m.ifPresent(out::add);
                out.addAll(resolver.coordinated(h)); // "the Indian and French navies": both navies
                if (m.isPresent() && PLURAL.contains(s.token(h).lowerWord())) {
                    out.addAll(antecedentConjuncts(h, m.get()));
                }
            }
            return out;
        }

        /**
         * "Iran and Iraq said they would resume talks": "they" stands for the subject it was resolved to and the
         * subjects coordinated with it.
         */
        private List<Mention> antecedentConjuncts(int pronoun, Mention m) {
            List<Mention> out = new ArrayList<>();
            for (int i = 0; i < pronoun; i++) {
                Optional<Mention> a = resolver.resolve(i);
                if (!s.relation(i).startsWith("nsubj") || a.isEmpty() || a.get().entity().isEmpty()
                        || !a.get().entity().get().key().equals(m.entity().map(Entity::key).orElse(""))) {
                    continue;
                }
                for (int c : s.children(i, "conj")) {
                    resolver.resolve(c).filter(x -> x.entity().isPresent())
                            .ifPresent(x -> out.add(Mention.of(x.entity().get(), pronoun, s.token(pronoun).word(),
                                    x.basis())));
                }
                break;
            }
            return out;
        }

        /** Pronouns that stand for several parties. */
        private static final Set<String> PLURAL = Set.of("they", "them");

        /** Entities of mentions; collective ones become the parties, other-party ones the partner of {@code self}. */
        private List<Party> expand(List<Mention> mentions, Entity self) {
            List<Party> out = new ArrayList<>();
            for (Mention m : mentions) {
                switch (m.kind()) {
                    case ENTITY -> out.add(new Party(m.entity().get(), m.text(), m.basis()));
                    case COLLECTIVE -> discourse.participants().forEach(e -> out.add(new Party(e, m.text(), recalled(e))));
                    case OTHER_PARTY -> {
                        if (self != null) {
                            discourse.partnerOf(self).ifPresent(e -> out.add(new Party(e, m.text(), recalled(e))));
                        }
                    }
                }
            }
            return out;
        }

        private EventDraft draft(int trigger, String code, Party a, Party b, Trigger t, String pattern) {
            EventDraft d = new EventDraft(s, trigger, EventDraft.Coder.LEXICON, a.entity().toActor(a.text()),
                    Optional.ofNullable(b).map(x -> x.entity().toActor(x.text())), plover(cameo.require(code), t),
                    t.reciprocal(),
                    t.ruleName() + (pattern.isEmpty() ? "" : " [" + pattern + "]"));
            d.setBases(a.basis(), b == null ? Basis.SECTOR : b.basis());
            return d;
        }
    }
}
