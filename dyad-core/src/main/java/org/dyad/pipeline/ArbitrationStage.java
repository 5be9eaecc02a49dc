package org.dyad.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.dyad.event.EventDraft;
import org.dyad.event.IntentCodes;
import org.dyad.event.ReportedEvents;
import org.dyad.text.Dependency;
import org.dyad.text.Sentence;
import org.dyad.text.Token;

/**
 * Arbitration: one reading of each clause.
 *
 * <ul>
 *   <li>Between the coders: Dyad's lexicon is trusted first; a PETRARCH pattern fills the lexicon's gaps in
 *       vocabulary and never second-guesses it, so its draft at a trigger the lexicon coded goes. A gap-filling
 *       draft also needs a source the text names (a country, an organisation, or a kind of actor such as
 *       "rebel commanders", REB; not a phrase no lexicon knows), a verb that
 *       heads a clause (not a participle in a noun phrase: "Vietnamese-led forces"), a doer rather than a storm
 *       ("a fire injured three workers"), and a doer rather than the speaker of a report ("Police said a fire
 *       injured three workers").</li>
 *   <li>Within the lexicon's drafts: an appeal or demand takes its kind from the event it asks for, and a report
 *       that someone must act becomes the speaker's demand ({@link ReportedEvents}).</li>
 *   <li>What is announced or refused takes CAMEO's code for it, intent (03x, 13x) or refusal (12x)
 *       ({@link IntentCodes}); what stays hypothetical (asked for, conditional) is not an event and goes; a
 *       negation CAMEO has no refusal for ("did not attack") stays, flagged.</li>
 *   <li>One reading per clause: drafts of one clause with the same source and family are one happening; the
 *       lexicon's stands, a PETRARCH pattern that agrees raises its confidence.</li>
 *   <li>A statement gives way to the event it reports; what a claim of responsibility claims is not coded
 *       again; events of relative clauses, clauses on nouns and purposes give way to the sentence's news; what a
 *       protest is held for is the protest ({@link ProtestAims}); a speaker who reports someone was behind or
 *       responsible for something accuses them, and the blamed act is alleged
 *       ({@link ReportedEvents#reportedBlame}).</li>
 *   <li>A doer no list places (a person coded with the catch-all CVL) stands only where no placed doer acts in
 *       the sentence; a phrase with two dictionary codes makes one event, not two.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class ArbitrationStage implements Stage {
    private static final Set<String> NATURAL_CAUSES = org.dyad.dictionary.WordSets.get("pipeline.natural-causes");
    private static final Set<String> NATURAL_HAZARDS = org.dyad.dictionary.WordSets.get("pipeline.natural-hazards");
    private static final Set<String> SPEECH = org.dyad.dictionary.WordSets.get("pipeline.report-verbs");
    private static final Set<String> PREDICTION = org.dyad.dictionary.WordSets.get("pipeline.prediction-verbs");

    private final ReportedEvents reported;
    private final IntentCodes intents;
    private final boolean gapFilling;

    /**
     * @param gapFilling whether PETRARCH's drafts only fill the lexicon's gaps (the default pipeline, which has
     *                   both coders) and must meet the conditions above; with one coder, its drafts stand as coded
     */
    public ArbitrationStage(ReportedEvents reported, IntentCodes intents, boolean gapFilling) {
        this.reported = Objects.requireNonNull(reported, "reported");
        this.intents = Objects.requireNonNull(intents, "intents");
        this.gapFilling = gapFilling;
    }

    @Override public String name() { return "arbitration"; }

    @Override public Set<Layer> reads() { return Set.of(Layer.PARSE, Layer.DRAFTS, Layer.MODALITY); }

    @Override public Set<Layer> adds() { return Set.of(Layer.ARBITRATED); }

    /** Nothing: the stage works on the drafts of the trigger stages alone. */
    @Override
    public Set<ParseNeed> parseNeeds(java.util.List<org.dyad.text.Sentence> article, int index) {
        return ParseNeed.none();
    }

    @Override
    public void codeSentence(SentenceWork w) {
        Sentence s = w.sentence();
        if (w.resolver().isPresent()) {
            reported.reportedBlame(s, w.resolver().get(), w.alive()).forEach(w::addDraft);
        }
        List<EventDraft> lexicon = w.alive().stream().filter(d -> d.coder() == EventDraft.Coder.LEXICON).toList();
        if (!lexicon.isEmpty()) {
            reported.refineByComplement(s, lexicon);
            List<EventDraft> demands = reported.reportedDemands(s, w.resolver().orElseThrow(), lexicon);
            demands.forEach(w::addDraft);
            Set<Integer> coded = new HashSet<>();
            w.alive().stream().filter(d -> d.coder() == EventDraft.Coder.LEXICON).forEach(d -> coded.add(d.trigger()));
            for (EventDraft d : w.alive()) {
                if (d.coder() == EventDraft.Coder.PETRARCH && coded.contains(d.trigger())) {
                    agreeAtTrigger(w.alive(), d);
                    d.drop("arbitration: the lexicon coded this trigger");
                }
            }
        }
        for (EventDraft d : w.alive()) {
            if (gapFilling && d.coder() == EventDraft.Coder.PETRARCH) {
                gapFiller(s, d);
            }
        }
        for (EventDraft d : w.alive()) {
            intents.recode(d);
            violentRepression(d);
        }
        oneReadingPerClause(s, w.alive());
        ProtestAims.giveWay(s, w.alive());
        reportsGiveWay(s, w.alive());
        accusedActsGiveWay(s, w.alive());
        subordinatesGiveWay(s, w.alive());
        for (EventDraft d : w.alive()) {
            if (d.modality().hypothetical()) {
                d.drop("arbitration: announced, asked for or conditional, and CAMEO has no intent code for it");
            }
        }
        if (gapFilling) {
            gapsOnly(w.alive());
        }
        unplacedDoersLast(s, w.alive());
        oneEventPerReading(w.alive());
    }

    /**
     * A phrase a dictionary gives two codes ("US President Donald Trump": USAGOV and USA; a party leader's current
     * and former offices) yields one event per code; the trigger, code and words being the same, it is one event,
     * the first reading's.
     */
    private static void oneEventPerReading(List<EventDraft> alive) {
        oneActorPerPhrase(alive);
        Set<String> seen = new HashSet<>();
        for (EventDraft d : alive) {
            if (!d.alive()) {
                continue;
            }
            String key = d.trigger() + "|" + d.cameo().code() + "|" + d.source().country() + "|" + d.source().text()
                    + "|" + d.target().map(t -> t.country() + "|" + t.text()).orElse("");
            if (!seen.add(key)) {
                d.drop("arbitration: the same reading of the same words under another code of the same actor");
            }
        }
    }

    /**
     * "The head of the Palestinian Red Crescent appealed": a PETRARCH pattern may read one phrase as two actors (PSE,
     * NGOHLHIRC) and code the event once for each. One phrase is one doer: of drafts alike but for the code of the
     * same words, the one with the longest code (the most specific) stands.
     */
    private static void oneActorPerPhrase(List<EventDraft> alive) {
        for (EventDraft d : alive) {
            for (EventDraft e : alive) {
                if (d != e && d.alive() && e.alive() && d.trigger() == e.trigger()
                        && d.cameo().code().equals(e.cameo().code()) && d.source().text().equals(e.source().text())
                        && d.target().map(org.dyad.actor.Actor::text).equals(e.target().map(org.dyad.actor.Actor::text))
                        && !d.source().code().equals(e.source().code())
                        && d.target().map(org.dyad.actor.Actor::code).equals(e.target().map(org.dyad.actor.Actor::code))
                        && lesserReading(d.source(), e.source())) {
                    d.drop("arbitration: the same words read as another actor (" + e.source().code() + ")");
                }
            }
        }
    }

    /**
     * Of two actors read in the same words, whether {@code a} gives way: to the longer, more specific code, save where
     * a state the text names bare ("Brazil's Senate": BRA) meets a dictionary body of another state (USAGOVLEG, the
     * US Senate): the state named stands.
     */
    private static boolean lesserReading(org.dyad.actor.Actor a, org.dyad.actor.Actor b) {
        if (namedStateAndForeignBody(a, b)) {
            return false;
        }
        return namedStateAndForeignBody(b, a) || a.code().length() < b.code().length();
    }

    private static boolean namedStateAndForeignBody(org.dyad.actor.Actor bare, org.dyad.actor.Actor body) {
        return bare.sectors().isEmpty() && PlaceStage.isStateCode(bare.country())
                && PlaceStage.isStateCode(body.country()) && !bare.country().equals(body.country());
    }

    /**
     * An event whose doer is a person no list places (CVL, {@link org.dyad.actor.Basis#PEOPLE}) stands only where
     * the sentence has no event of a doer the text places: it is the sentence's news then, and otherwise a
     * weaker reading beside it. Of several such events, those nearest the sentence's root stand.
     */
    private static void unplacedDoersLast(Sentence s, List<EventDraft> alive) {
        boolean placed = alive.stream().anyMatch(d -> d.alive() && d.sourceBasis() != org.dyad.actor.Basis.PEOPLE);
        int top = alive.stream().filter(d -> d.alive() && d.sourceBasis() == org.dyad.actor.Basis.PEOPLE)
                .mapToInt(d -> s.depth(d.trigger())).min().orElse(0);
        for (EventDraft d : alive) {
            if (!d.alive() || d.sourceBasis() != org.dyad.actor.Basis.PEOPLE) {
                continue;
            }
            if (placed) {
                d.drop("arbitration: a doer no list places, beside an event of one the text places");
            } else if (s.depth(d.trigger()) > top) {
                d.drop("arbitration: a doer no list places, below another such event of the sentence");
            }
        }
    }

    /**
     * A PETRARCH pattern read the trigger the lexicon read: one event. Where both name the same source country, the
     * pattern's agreement raises the lexicon's confidence (same family), and a target the pattern found where the
     * lexicon found none (another country) becomes the lexicon's.
     */
    private static void agreeAtTrigger(List<EventDraft> alive, EventDraft p) {
        for (EventDraft l : alive) {
            if (l.coder() != EventDraft.Coder.LEXICON || l.trigger() != p.trigger()
                    || l.source().country().isEmpty() || !l.source().country().equals(p.source().country())) {
                continue;
            }
            if (l.cameo().root().equals(p.cameo().root())) {
                l.markAgreed();
            }
            boolean otherCountry = p.target().map(t -> !t.country().isEmpty()
                    && !t.country().equals(l.source().country())).orElse(false);
            // "Chinese police detained 18 people": a domestic party of another kind (CHNCOP -> CHNPPL), named, not
            // guessed
            boolean domestic = p.target().map(t -> t.country().equals(l.source().country())
                    && !t.sectors().isEmpty() && !t.code().equals(l.source().code())).orElse(false)
                    && p.targetBasis().orElse(org.dyad.actor.Basis.FALLBACK) != org.dyad.actor.Basis.FALLBACK;
            // "Tehran police detained 40 people, IRNA reported": a party the pattern names by its kind alone
            // (---PPL), where both coders read the same family
            boolean unplacedKind = l.cameo().root().equals(p.cameo().root())
                    && p.target().map(t -> t.country().isEmpty() && !t.sectors().isEmpty()).orElse(false);
            // a lexicon target that is only people no list names gives way to the pattern's named kind
            boolean peopleOnly = l.targetBasis().orElse(null) == org.dyad.actor.Basis.PEOPLE;
            if ((l.target().isEmpty() || peopleOnly) && (otherCountry || domestic || unplacedKind)) {
                l.retarget(p.target(), p.targetBasis().orElse(org.dyad.actor.Basis.SECTOR));
            }
        }
    }

    /**
     * PETRARCH's patterns fill what the lexicon could not read: beside a reading of the lexicon, a pattern's reading
     * of another clause is more often a second look at the same news than news of its own, unless it pairs actors
     * the lexicon's readings do not (a second dyad of the sentence). Of PETRARCH's own readings, a plain statement
     * ("said", 010) gives way to any other.
     */
    private static void gapsOnly(List<EventDraft> alive) {
        Set<String> dyads = new HashSet<>();
        alive.stream().filter(d -> d.coder() == EventDraft.Coder.LEXICON).forEach(d -> dyads.add(dyad(d)));
        boolean lexicon = !dyads.isEmpty();
        boolean other = alive.stream().anyMatch(d -> !d.cameo().code().equals("010"));
        for (EventDraft d : alive) {
            if (d.coder() != EventDraft.Coder.PETRARCH) {
                continue;
            }
            if (lexicon && (d.target().isEmpty() || dyads.contains(dyad(d)) || d.cameo().root().equals("01"))) {
                d.drop("arbitration: the lexicon read this sentence; PETRARCH's patterns fill only what it could not");
            } else if (other && d.cameo().code().equals("010")) {
                d.drop("arbitration: a plain statement beside another event");
            }
        }
    }

    /**
     * Drafts of one clause with the same source and CAMEO family are one happening ("a car bombing by IS killed
     * 75": the bombing). The lexicon's reading stands over PETRARCH's; a PETRARCH pattern of the same family that
     * agrees raises the confidence and, when its code is more specific, gives the code. Of the lexicon's own
     * readings the one with a target stands, then the most specific.
     */
    private static void oneReadingPerClause(Sentence s, List<EventDraft> alive) {
        java.util.Map<Integer, List<EventDraft>> byClause = new java.util.LinkedHashMap<>();
        for (EventDraft d : alive) {
            byClause.computeIfAbsent(Clauses.clauseOf(s, d.trigger()), k -> new java.util.ArrayList<>()).add(d);
        }
        for (List<EventDraft> clause : byClause.values()) {
            for (EventDraft p : clause) {
                if (p.coder() != EventDraft.Coder.PETRARCH || !p.alive()) {
                    continue;
                }
                for (EventDraft l : clause) {
                    if (l.coder() == EventDraft.Coder.LEXICON && l.alive()
                            && l.source().country().equals(p.source().country())) {
                        if (l.cameo().root().equals(p.cameo().root())) {
                            l.markAgreed();
                        }
                        p.drop("arbitration: the lexicon reads this clause (" + l.cameo().code() + " at "
                                + l.triggerText() + ")");
                        // a reciprocal pattern's other direction goes with it
                        clause.stream().filter(q -> q.alive() && q.coder() == EventDraft.Coder.PETRARCH
                                && q.trigger() == p.trigger() && q.cameo().code().equals(p.cameo().code())
                                && q.target().map(t -> t.code().equals(p.source().code())).orElse(false)
                                && p.target().map(t -> t.code().equals(q.source().code())).orElse(false))
                                .forEach(q -> q.drop("arbitration: the other direction of a reading the lexicon's "
                                        + "stands over"));
                        break;
                    }
                }
            }
            for (EventDraft a : clause) {
                for (EventDraft b : clause) {
                    if (a != b && a.alive() && b.alive() && a.coder() == b.coder()
                            && a.source().code().equals(b.source().code()) && a.cameo().root().equals(b.cameo().root())
                            && a.trigger() != b.trigger() && better(a, b)) {
                        b.drop("arbitration: one happening, read at " + a.triggerText() + " (" + a.cameo().code() + ")");
                    }
                }
            }
        }
    }

    /** Of two readings of one happening: the one with a target, then the more specific code, then the first. */
    private static boolean better(EventDraft a, EventDraft b) {
        if (a.target().isPresent() != b.target().isPresent()) {
            return a.target().isPresent();
        }
        if (a.cameo().code().length() != b.cameo().code().length()) {
            return a.cameo().code().length() > b.cameo().code().length();
        }
        return a.trigger() < b.trigger();
    }

    /**
     * A statement never stands beside the event it reports ("Iran said it had released the sailors" is the
     * release); a claim or denial of responsibility is the event, and what it claims is not coded again ("the
     * Taliban claimed that they attacked the base" is the claim).
     */
    private static void reportsGiveWay(Sentence s, List<EventDraft> alive) {
        for (EventDraft d : alive) {
            String code = d.cameo().code();
            boolean claim = code.startsWith("015") || code.startsWith("016");
            if (!d.cameo().root().equals("01") || !d.alive()) {
                continue;
            }
            for (EventDraft e : alive) {
                if (e == d || !e.alive() || !Clauses.complementOf(s, Clauses.clauseOf(s, e.trigger()), d.trigger())) {
                    continue;
                }
                if (claim) {
                    if (d.target().isEmpty() && e.target().isPresent()) {
                        // "UNITA claimed that they had attacked the Catumbela air base": the claim is about it
                        d.retarget(e.target(), e.targetBasis().orElse(org.dyad.actor.Basis.SECTOR));
                    }
                    e.drop("arbitration: claimed or denied at " + d.triggerText() + ", the claim is the event");
                } else if (!e.cameo().root().equals("01") && !e.modality().hypothetical()) {
                    // (a hypothetical event goes below, and cannot take the statement's place)
                    d.drop("arbitration: a statement gives way to what it reports (" + e.cameo().code() + " at "
                            + e.triggerText() + ")");
                    break;
                }
            }
        }
    }

    /** Verbs of accusing, whose "of" or "for" clause says what is alleged (words.tsv pipeline.alleging-verbs). */
    private static final Set<String> ALLEGING = org.dyad.dictionary.WordSets.get("pipeline.alleging-verbs");
    private static final Set<String> ALLEGED_MARKS = Set.of("of", "for");

    /**
     * "Iran accused Israel of killing its scientist", "Iraq charged that Iran had shelled its posts": what an
     * accusation alleges is not asserted, and its doer is the accused, not the accuser; the accusation (11x) is the
     * event, and an event in its "of" or "for" clause or its "that" clause goes.
     */
    private static void accusedActsGiveWay(Sentence s, List<EventDraft> alive) {
        for (EventDraft d : alive) {
            if (!d.alive() || !d.cameo().root().equals("11") || d.trigger() < 0
                    || !ALLEGING.contains(s.token(d.trigger()).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (EventDraft e : alive) {
                int t = e.trigger();
                if (e != d && e.alive() && t >= 0 && s.governor(t) == d.trigger()
                        && (s.token(t).pos().equals("VBG") && alleged(s, t) || s.relation(t).equals("ccomp"))) {
                    e.drop("arbitration: alleged at " + d.triggerText() + ", the accusation is the event");
                }
            }
        }
    }

    private static boolean alleged(Sentence s, int clause) {
        for (Dependency c : s.children(clause)) {
            if ((c.relation().equals("mark") || c.relation().equals("case"))
                    && ALLEGED_MARKS.contains(s.token(c.dependent()).lowerWord())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Events in relative clauses, clauses on nouns and purposes ("the militants, who attacked the base in May,
     * ...", "travelled to Baku to sign") are background, not the sentence's news, unless the sentence has no other.
     */
    private static void subordinatesGiveWay(Sentence s, List<EventDraft> alive) {
        boolean news = alive.stream().anyMatch(d -> d.alive() && !Clauses.subordinate(s, d.trigger()));
        if (!news) {
            return;
        }
        for (EventDraft d : alive) {
            if (d.alive() && Clauses.subordinate(s, d.trigger())) {
                d.drop("arbitration: in a subordinate clause, not the sentence's news");
            }
        }
    }

    /** The pair of countries of a draft, either way round. */
    private static String dyad(EventDraft d) {
        String a = d.source().country();
        String b = d.target().map(x -> x.country()).orElse("");
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }

    /** The conditions on a PETRARCH draft that fills a gap in the lexicon. */
    static void gapFiller(Sentence s, EventDraft d) {
        String person = d.source().country().isEmpty() && d.source().sectors().isEmpty()
                ? personSubject(s, d.trigger()) : "";
        if (!person.isEmpty()) {
            // the trigger's subject is a person no list places, as the lexicon's readings have them: the catch-all
            // CVL, unplaced ("Ali Karimi says ...")
            d.resource(org.dyad.actor.Actor.of("", List.of("CVL"), person, person), org.dyad.actor.Basis.PEOPLE);
        }
        if (d.source().country().isEmpty() && d.source().sectors().isEmpty()) {
            d.drop("arbitration: a gap-filling source must be a country, an organisation or a kind of actor");
        } else if (modifierTrigger(s, d.trigger())) {
            d.drop("arbitration: the trigger modifies a noun");
        } else if (naturalCause(s, d.trigger())) {
            d.drop("arbitration: a natural or accidental cause is the doer");
        } else if (speakerAsActor(s, d)) {
            d.drop("arbitration: the speaker of a report made the doer");
        } else if (foreseenByOthers(s, d.trigger())) {
            d.drop("arbitration: what others expect of the actor, not what it said it would do");
        } else if (d.source().sectors().isEmpty() && PatternReadings.placeNoun(d.source().text())) {
            d.drop("arbitration: a place is not a doer (" + d.source().text() + ")");
        } else if (PatternReadings.partyBetween(s, d.source().text())) {
            d.drop("arbitration: a party something is between is not its doer");
        } else if (d.cameo().root().equals("04") && PatternReadings.namesItsObject(s, d.trigger())) {
            PatternReadings.statementOnTheNamed(s, d);
        }
    }

    /** The name of the trigger's subject when the named entities tag it a person ("Ali Karimi"), else "". */
    private static String personSubject(Sentence s, int trigger) {
        for (int n : s.children(trigger, "nsubj")) {
            if (!s.token(n).ner().equals("PERSON")) {
                continue;
            }
            int from = n;
            for (Dependency c : s.children(n)) {
                if ((c.relation().startsWith("flat") || c.relation().equals("compound"))
                        && s.token(c.dependent()).ner().equals("PERSON")) {
                    from = Math.min(from, c.dependent());
                }
            }
            return s.span(from, n + 1);
        }
        return "";
    }

    /**
     * Whether the trigger is a passive or bare participle of foreseeing ("Kenyan troops are expected to be joined by ...",
     * "the talks are scheduled to resume"): PETRARCH's patterns read "expect" as an intent (030), but the passive
     * says what others foresee, and its subject expressed nothing.
     */
    static boolean foreseenByOthers(Sentence s, int t) {
        Token tok = s.token(t);
        if (!tok.pos().equals("VBN") || !PREDICTION.contains(tok.lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (Dependency d : s.children(t)) {
            if (d.relation().equals("nsubj")) {
                return false; // "they have expected": active
            }
        }
        String rel = s.relation(t);
        return !s.children(t, "aux:pass").isEmpty() || !s.children(t, "nsubj:pass").isEmpty()
                || rel.equals("dep") || rel.equals("acl") || rel.equals("advcl") || rel.equals("amod");
    }

    /** Crowds of protest: whom a state's force used on makes the act repression. */
    private static final Set<String> PROTEST_CROWDS = org.dyad.dictionary.WordSets.get("pipeline.protest-crowds");
    /** Sectors of a state's police and armed forces. */
    private static final Set<String> FORCES = Set.of("COP", "MIL", "SPY");
    private static final org.dyad.ontology.Cameo CAMEO = org.dyad.ontology.Cameo.load();
    private static final java.util.regex.Pattern NON_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");

    /**
     * "Police fired tear gas at protesters", "troops opened fire on demonstrators": force a state's police or
     * army uses on a crowd of protest is CAMEO's violent repression (175), not an assault or a fight (18, 19),
     * as the CAMEO codebook and ICEWS code it.
     */
    static void violentRepression(EventDraft d) {
        String root = d.cameo().root();
        if (!(root.equals("18") || root.equals("19")) || d.target().isEmpty()
                || d.source().sectors().stream().noneMatch(FORCES::contains)) {
            return;
        }
        String text = d.target().get().text().toLowerCase(Locale.ROOT);
        for (String w : NON_LETTERS.split(text)) {
            if (PROTEST_CROWDS.contains(w)) {
                d.recode(CAMEO.require("175"), " -> 175 (force used on " + w + ": violent repression)");
                return;
            }
        }
    }

    /** Whether a trigger modifies a noun ("-led", "US-backed") rather than heading a clause. */
    static boolean modifierTrigger(Sentence s, int t) {
        String rel = s.relation(t);
        return rel.equals("amod") || rel.startsWith("compound");
    }

    /**
     * Whether a PETRARCH pattern made the speaker the doer of what is reported ("Police said a fire injured
     * three workers"): the event sits in the complement of a speech verb, its source is that verb's subject, and
     * its own clause has no subject of its own.
     */
    static boolean speakerAsActor(Sentence s, EventDraft e) {
        int t = e.trigger();
        if (!s.children(t, "nsubj").isEmpty() || !s.children(t, "nsubj:pass").isEmpty()) {
            return false;
        }
        String rel = s.relation(t);
        int g = s.governor(t);
        if (g < 0 || !(rel.equals("ccomp") || rel.equals("dep") || rel.equals("parataxis"))
                || !SPEECH.contains(s.token(g).lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int n : s.children(g, "nsubj")) {
            if (e.source().text().contains(s.token(n).word())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a natural or accidental cause ("an earthquake struck ..., killing two", "a fire injured three
     * workers") is the subject or object of the trigger or of a clause above it: the doer PETRARCH's patterns
     * would otherwise look for among the actors.
     */
    static boolean naturalCause(Sentence s, int t) {
        for (int v = 0; v < s.size(); v++) {
            if (v != t && !s.dominates(v, t)) {
                continue;
            }
            for (Dependency d : s.children(v)) {
                String rel = d.relation();
                Token c = s.token(d.dependent());
                String lemma = c.lemma().toLowerCase(Locale.ROOT);
                // as an object only the hazards no one "opens" or "sets": the parse misplaces their subjects
                if ((rel.startsWith("nsubj") && NATURAL_CAUSES.contains(lemma))
                        || (rel.equals("obj") && NATURAL_HAZARDS.contains(lemma))) {
                    return true;
                }
            }
        }
        return false;
    }
}
