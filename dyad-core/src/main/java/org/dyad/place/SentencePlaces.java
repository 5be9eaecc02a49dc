package org.dyad.place;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.actor.CountryGazetteer;
import org.dyad.dictionary.WordSets;
import org.dyad.event.Location;
import org.dyad.text.Dependency;
import org.dyad.text.Sentence;
import org.dyad.text.Token;

/**
 * The places one sentence puts something in, found once per sentence, and the one an event at a given trigger
 * took place in. Immutable.
 *
 * <p>A place counts only where the sentence introduces it as a place: after "in", "at", "near", "outside",
 * "inside", "around", "across", "throughout" or "within" ("in Baku", "near Gorazde"), through a place noun so
 * introduced ("at the border town of Astara", "in the capital, Baku", "in Iran's capital"), as a modifier of a
 * noun so introduced ("at the Baku summit"), and, for a visit only, after "to" or as what is visited ("a visit
 * to Tehran", "visited Tehran": the destination is where the visit happens, even when it also names the host).
 * Any other place word is taken for an actor or a description and is never the event's location: "Tehran
 * said", "talks with Baku", "the Tehran talks", "Iran sanctions", a place of origin ("a minister from
 * Tehran"). The words must name a place: tagged LOCATION by the NER, known to the country lexicon as a
 * country or a place of one, introduced by a place noun, or (when the NER says nothing) the exact name of a
 * gazetteer place.
 */
public final class SentencePlaces {
    /** Prepositions that put an event at a place. */
    static final Set<String> AT = WordSets.get("place.at-prepositions");
    /** Lemmas of words of travel: "to X" on them is a destination. */
    static final Set<String> MOVEMENT = WordSets.get("place.movement-lemmas");
    /** Nouns that introduce a place's name ("the town of X", "the capital, X"). */
    static final Set<String> PLACE_NOUNS = WordSets.get("place.place-nouns");
    private static final Set<String> NOT_PLACES = WordSets.get("place.not-places");
    /** Words that begin another name that holds a place's name: "Lake Victoria", "Mount Lebanon". */
    private static final Set<String> NAME_BEFORE = WordSets.get("actor.name-words-before");
    private static final Set<String> CLAUSES = WordSets.get("place.clause-relations");

    /**
     * A place the sentence names, as {@link SentencePlaces} found it. Token indexes are 0-based; the span is
     * half-open.
     *
     * @param from       first token of the place's words
     * @param to         token after the last
     * @param head       the head token of the words
     * @param anchor     the token that carries the introducing word (the head, or "town" in "the town of X")
     * @param introducer the preposition ("in", "near", "to"), or "visit" for a visited object
     * @param location   the place resolved: words as written, country, coordinates when a gazetteer place
     */
    public record Mention(int from, int to, int head, int anchor, String introducer, Location location) {
        public Mention {
            Objects.requireNonNull(introducer, "introducer");
            Objects.requireNonNull(location, "location");
        }
    }

    private final Sentence s;
    private final List<Mention> mentions;

    private SentencePlaces(Sentence s, List<Mention> mentions) {
        this.s = s;
        this.mentions = List.copyOf(mentions);
    }

    /**
     * Finds the places of {@code s}. {@code articleCountries} are the countries the whole article names; the
     * countries of the sentence itself, apart from the place's own words, are found here.
     */
    public static SentencePlaces find(Sentence s, PlaceGazetteer places, CountryGazetteer countries,
                                      Set<String> articleCountries) {
        List<String> words = new ArrayList<>(s.size());
        for (Token t : s.tokens()) {
            words.add(t.word());
        }
        String[] named = countriesByToken(words, countries);
        List<Mention> out = new ArrayList<>();
        for (int h = 0; h < s.size(); h++) {
            Token t = s.token(h);
            if (!startsUpper(t.word()) || !(t.isProperNoun() || t.ner().equals("LOCATION"))
                    || t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION") || partOfLargerName(s, h)) {
                continue;
            }
            int[] anchorAndKind = introduction(s, h);
            if (anchorAndKind == null) {
                continue;
            }
            int anchor = anchorAndKind[0];
            boolean viaPlaceNoun = anchorAndKind[1] == 1;
            String introducer = introducerOf(s, h, anchor);
            int from = h;
            while (from > 0 && s.governor(from - 1) == h && isNamePart(s.relation(from - 1))
                    && startsUpper(s.token(from - 1).word())) {
                from--;
            }
            int to = h + 1;
            while (to < s.size() && s.governor(to) == h && s.relation(to).startsWith("flat")) {
                to++;
            }
            Set<String> here = new LinkedHashSet<>();
            for (int i = 0; i < named.length; i++) {
                if (named[i] != null && (i < from || i >= to)) {
                    here.add(named[i]);
                }
            }
            Set<String> article = new LinkedHashSet<>(articleCountries);
            article.addAll(here);
            CountryContext context = new CountryContext(here, article);
            // the longest reading first: "New Delhi", then "Delhi"
            for (int f = from; f <= h; f++) {
                String text = s.span(f, to);
                List<String> w = words.subList(f, to);
                if (!(t.ner().equals("LOCATION") || viaPlaceNoun || countries.match(w, 0).isPresent()
                        || places.knowsName(text) && !NOT_PLACES.contains(text.toLowerCase(Locale.ROOT)))) {
                    continue;
                }
                Optional<Location> loc = places.locate(text, w, context);
                if (loc.isPresent()) {
                    out.add(new Mention(f, to, h, anchor, introducer, loc.get()));
                    break;
                }
                if (NAME_BEFORE.contains(words.get(f))) {
                    break; // "Lake Victoria" unknown is not Victoria, the capital
                }
            }
        }
        return new SentencePlaces(s, out);
    }

    /** Every place found, in text order. */
    public List<Mention> mentions() {
        return mentions;
    }

    /**
     * Where an event whose trigger is token {@code trigger} took place: among the sentence's places, one on the
     * trigger itself first, then one up to three words below it ("the minister in Baku met"), then one below the
     * head of the trigger's clause ("held talks in Baku"), then below a clause the trigger's clause completes or
     * continues without a subject of its own ("travelled to Baku to sign", "arrived in Baku and signed"), the
     * nearest to the trigger on a tie.
     * A place deeper down or in another clause ("the minister, who was born in Tabriz, met ...") is not the
     * event's. "To" and a visited object count only for a visit ({@code movement}) or under a word of travel.
     */
    public Optional<Mention> at(int trigger, boolean movement) {
        if (trigger < 0 || trigger >= s.size()) {
            return Optional.empty();
        }
        List<Integer> clauses = clauseChain(trigger);
        Mention best = null;
        int bestRank = Integer.MAX_VALUE;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention m : mentions) {
            String intro = m.introducer();
            if (intro.equals("to") || intro.equals("visit")) {
                int gov = s.governor(m.anchor());
                boolean travel = gov >= 0 && MOVEMENT.contains(s.token(gov).lemma().toLowerCase(Locale.ROOT));
                if (!movement && !travel) {
                    continue;
                }
            }
            int rank;
            if (m.anchor() == trigger || s.governor(m.anchor()) == trigger) {
                rank = 0;
            } else if (near(trigger, m.anchor())) {
                rank = 1;
            } else if (near(clauses.get(0), m.anchor())) {
                rank = 2;
            } else if (clauses.stream().skip(1).anyMatch(c -> near(c, m.anchor()))) {
                rank = 3;
            } else {
                continue;
            }
            int distance = Math.abs(m.head() - trigger);
            if (rank < bestRank || rank == bestRank && distance < bestDistance) {
                best = m;
                bestRank = rank;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * True when {@code anchor} hangs on {@code head} directly or through at most two words that are not clauses
     * of their own ("the minister in Baku" under "met"; "talks with generals in Tehran" under "held"; "talks
     * held in Baku" under "talks"), so a place deep inside an argument ("the strike on X, a city in eastern
     * Ukraine") or in a relative clause ("the minister, who was born in Tabriz") is not taken for the event's.
     */
    private boolean near(int head, int anchor) {
        int cur = s.governor(anchor);
        for (int steps = 0; steps < 3 && cur >= 0; steps++) {
            if (cur == head) {
                return true;
            }
            int gov = s.governor(cur);
            String rel = s.relation(cur);
            boolean clause = CLAUSES.contains(rel) || rel.equals("conj") && s.token(cur).isVerb();
            boolean eventNounModifier = (rel.equals("acl") || rel.equals("acl:relcl")) && gov == head
                    && s.token(head).isNoun();
            if (clause && !eventNounModifier) {
                return false;
            }
            cur = gov;
        }
        return false;
    }

    /** The clause heads a trigger's event belongs to: its own, then those its clause completes or continues. */
    private List<Integer> clauseChain(int trigger) {
        List<Integer> out = new ArrayList<>();
        int c = clauseHead(trigger);
        for (int guard = 0; c >= 0 && guard < 8 && !out.contains(c); guard++) {
            out.add(c);
            String rel = s.relation(c);
            // a clause with a subject of its own is another happening, with its own place: "fought police in
            // Nairobi as Uganda closed its border"
            boolean sharedSubject = rel.equals("conj") && s.children(c, "nsubj").isEmpty()
                    || rel.equals("advcl") && ownSubjects(c).isEmpty();
            if (!(rel.equals("xcomp") || sharedSubject)) {
                break;
            }
            c = s.governor(c) < 0 ? -1 : clauseHead(s.governor(c));
        }
        return out;
    }

    /** The subjects of a clause that name someone anew: not a pronoun ("after it pulls out" is the same doer). */
    private List<Integer> ownSubjects(int clause) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.children(clause)) {
            if (d.relation().startsWith("nsubj") && !s.token(d.dependent()).pos().startsWith("PRP")) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    private int clauseHead(int i) {
        int cur = i;
        for (int guard = 0; guard <= s.size(); guard++) {
            String rel = s.relation(cur);
            int gov = s.governor(cur);
            if (gov < 0 || rel.isEmpty() || rel.equals("root") || CLAUSES.contains(rel)
                    || rel.equals("conj") && s.token(cur).isVerb()) {
                return cur;
            }
            cur = gov;
        }
        return cur;
    }

    /**
     * How token {@code h} is introduced as a place: {anchor, 1} through a place noun, {anchor, 0} otherwise, or
     * null when it is not introduced as a place.
     */
    private static int[] introduction(Sentence s, int h) {
        String prep = case_(s, h);
        if (AT.contains(prep) || prep.equals("to")) {
            return new int[] {h, 0};
        }
        String rel = s.relation(h);
        int gov = s.governor(h);
        if (gov < 0 || !prep.isEmpty() && !prep.equals("of") && !prep.equals("'s")) {
            return null;
        }
        Token g = s.token(gov);
        String govLemma = g.lemma().toLowerCase(Locale.ROOT);
        if (rel.equals("obj") && govLemma.equals("visit")) {
            return new int[] {h, 0};
        }
        String govPrep = case_(s, gov);
        boolean govPlaced = AT.contains(govPrep) || govPrep.equals("to");
        if (PLACE_NOUNS.contains(govLemma) && govPlaced && (rel.startsWith("nmod") || rel.equals("appos")
                || rel.equals("compound"))) {
            return new int[] {gov, 1};
        }
        if (rel.equals("compound") && g.isNoun() && !g.isProperNoun() && prep.isEmpty() && govPlaced) {
            return new int[] {gov, 0};
        }
        return null;
    }

    private static String introducerOf(Sentence s, int h, int anchor) {
        String prep = case_(s, anchor);
        if (!prep.isEmpty()) {
            return prep;
        }
        if (anchor == h && s.relation(h).equals("obj")) {
            return "visit";
        }
        return "";
    }

    private static String case_(Sentence s, int i) {
        for (Dependency d : s.children(i)) {
            if (d.relation().equals("case")) {
                return s.token(d.dependent()).lowerWord();
            }
        }
        return "";
    }

    /** True when {@code h} is a word inside a longer name whose head is elsewhere ("New" of "New Delhi"). */
    private static boolean partOfLargerName(Sentence s, int h) {
        int gov = s.governor(h);
        return gov >= 0 && isNamePart(s.relation(h)) && s.token(gov).isProperNoun() && Math.abs(gov - h) <= 3;
    }

    private static boolean isNamePart(String rel) {
        return rel.equals("compound") || rel.startsWith("flat");
    }

    private static boolean startsUpper(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }

    private static String[] countriesByToken(List<String> words, CountryGazetteer countries) {
        String[] out = new String[words.size()];
        for (int i = 0; i < words.size(); ) {
            Optional<CountryGazetteer.CountryMatch> m = countries.match(words, i);
            if (m.isPresent()) {
                for (int k = i; k < i + m.get().length() && k < out.length; k++) {
                    out[k] = m.get().code();
                }
                i += m.get().length();
            } else {
                i++;
            }
        }
        return out;
    }
}
