package org.dyad.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.dictionary.PatternElement.Kind;
import org.dyad.text.Dependency;
import org.dyad.text.ParsedDocument;
import org.dyad.text.Sentence;
import org.dyad.text.Token;
import org.dyad.dictionary.ActorDictionary;
import org.dyad.dictionary.AgentDictionary;
import org.dyad.dictionary.AgentEntry;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DiscardDictionary;
import org.dyad.dictionary.PatternElement;
import org.dyad.dictionary.VerbCode;
import org.dyad.dictionary.VerbDictionary;
import org.dyad.dictionary.VerbEntry;
import org.dyad.dictionary.VerbPattern;

/**
 * Codes parsed sentences the way PETRARCH does, with PETRARCH dictionaries, over Dyad's dependency parse
 * instead of a Penn tree.
 *
 * <ol>
 *   <li>Story and sentence discards, and datelines, stop coding.</li>
 *   <li>Actors are found by the longest actor and agent phrases; a noun phrase's code is its actor's code
 *       (the one in force on the article date) with its agents' codes after it ({@code [~GOV]}) or before
 *       it ({@code [NGO~]}). Conjoined noun phrases give one code each; an agent with no country borrows
 *       the country of its conjuncts, else is coded {@code ---AGENT}.</li>
 *   <li>Every verb the verb dictionary knows (by its inflected forms, phrasal verbs by all their words) is
 *       matched against its block's patterns: pattern words before {@code *} are looked for before the
 *       verb, words after it in the verb's clause, in order, consecutive where joined by {@code _}. The most
 *       specific pattern wins; with none, the verb's own or its block's code.</li>
 *   <li>The source is the verb's subject (through control and coordination; the agent of a passive), the
 *       target the first actor after the verb (the subject of a passive); {@code $} and {@code +} in a
 *       pattern place them; {@code %} codes the members of a compound subject on each other. A code
 *       {@code a:b} gives the event {@code a} and the reverse event {@code b}.</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class PetrarchCoder {
    /** Why a sentence or article gave no events, when that was decided before coding. */
    public enum Skip {
        STORY_DISCARD("storydiscard"), SENTENCE_DISCARD("sentencediscard"), DATELINE("dateline");

        private final String petrarchName;

        Skip(String petrarchName) {
            this.petrarchName = petrarchName;
        }

        /** The name PETRARCH's validation files use for it. */
        public String petrarchName() {
            return petrarchName;
        }
    }

    /** The events of an article, and what was skipped. */
    public record Result(List<CodedEvent> events, Map<Integer, Skip> skipped) {
        public Result {
            events = List.copyOf(events);
            skipped = Map.copyOf(skipped);
        }
    }

    /** Code prefixes of actors that are no country: IGOs, NGOs, companies, armed groups, regions. */
    private static final Set<String> NON_STATE = org.dyad.dictionary.WordSets.get("petrarch.non-state-codes");
    /** Light verbs and the objects with which they make idioms that are no political event. */
    private static final Map<String, Set<String>> IDIOMS = org.dyad.dictionary.WordSets.byKey("petrarch.idioms");
    private static final boolean DEBUG = System.getenv("DYAD_DEBUG_PETRARCH") != null;
    private static final Set<String> DETERMINERS = org.dyad.dictionary.WordSets.get("petrarch.determiners");

    private final Dictionaries dictionaries;
    private final CodingOptions options;
    private final CodeOntology ontology;
    /** The dictionary's own syntax; each verb block is matched with the conventions of its own. */
    private final boolean dictionaryPetrarch2;

    public PetrarchCoder(Dictionaries dictionaries, CodingOptions options) {
        this(dictionaries, options, null);
    }

    private PetrarchCoder(Dictionaries dictionaries, CodingOptions options, CodeOntology ontology) {
        this.dictionaries = Objects.requireNonNull(dictionaries, "dictionaries");
        this.options = Objects.requireNonNull(options, "options");
        this.ontology = ontology;
        this.dictionaryPetrarch2 = dictionaries.verbs().syntax() == VerbDictionary.Syntax.PETRARCH2;
    }

    /**
     * This coder with an internal coding ontology: a negated verb is then coded as its event's opposite
     * ({@link CodeOntology#negate}), as UniversalPetrarch does.
     */
    public PetrarchCoder withOntology(CodeOntology o) {
        return new PetrarchCoder(dictionaries, options, o);
    }

    public Dictionaries dictionaries() {
        return dictionaries;
    }

    public CodingOptions options() {
        return options;
    }

    public PetrarchCoder withOptions(CodingOptions o) {
        return new PetrarchCoder(dictionaries, o, ontology);
    }

    /** Codes every sentence of {@code doc} as of {@code date}. */
    public Result code(ParsedDocument doc, LocalDate date) {
        List<CodedEvent> events = new ArrayList<>();
        Map<Integer, Skip> skipped = new LinkedHashMap<>();
        for (Sentence s : doc.sentences()) {
            Optional<DiscardDictionary.Hit> d = dictionaries.discards().find(words(s));
            if (d.isPresent() && d.get().entry().story()) {
                skipped.clear();
                skipped.put(-1, Skip.STORY_DISCARD);
                return new Result(List.of(), skipped);
            }
        }
        for (Sentence s : doc.sentences()) {
            List<String> words = words(s);
            Optional<DiscardDictionary.Hit> discard = dictionaries.discards().find(words);
            if (discard.isPresent()) {
                if (DEBUG) {
                    System.err.println("discard " + discard.get().entry().phrase() + " at " + discard.get().start());
                }
                skipped.put(s.index(), Skip.SENTENCE_DISCARD);
                continue;
            }
            if (isDateline(s)) {
                skipped.put(s.index(), Skip.DATELINE);
                continue;
            }
            events.addAll(new SentenceCoder(s, words, Optional.of(date)).code());
        }
        return new Result(events, skipped);
    }

    /**
     * The events of one sentence as of {@code date} (empty for an undated article: dated actor codes are then
     * not used), without the discard and dateline checks of {@link #code}: the caller makes those.
     */
    public List<CodedEvent> codeSentence(Sentence s, Optional<LocalDate> date) {
        return new SentenceCoder(s, words(s), date).code();
    }

    /** The words of a sentence, as PETRARCH's dictionaries match them. */
    public static List<String> words(Sentence s) {
        List<String> w = new ArrayList<>(s.size());
        for (Token t : s.tokens()) {
            w.add(t.word());
        }
        return w;
    }

    /** "CEBU CITY: -- ...": words in capitals, then a colon, at the start of the sentence. */
    public static boolean isDateline(Sentence s) {
        int i = 0;
        while (i < s.size() && s.token(i).word().matches("[A-Z][A-Z.\\-']+")) {
            i++;
        }
        return i > 0 && i < s.size() - 1 && s.token(i).word().equals(":");
    }

    /**
     * The tokens of comma-delimited clauses PETRARCH removes before coding: the clause before the first
     * comma when its length in words is within [comma_bmin, comma_bmax], the one after the last comma
     * within [comma_emin, comma_emax], and each one between two commas within [comma_min, comma_max]. A
     * maximum of 0 turns that kind off.
     */
    static boolean[] commaClauses(Sentence s, CodingOptions o) {
        boolean[] out = new boolean[s.size()];
        List<Integer> commas = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            // a comma between the items of a list is not a clause boundary
            if (s.token(i).word().equals(",") && !isListComma(s, i)) {
                commas.add(i);
            }
        }
        if (commas.isEmpty()) {
            return out;
        }
        int end = s.size();
        while (end > 0 && isPunct(s.token(end - 1))) {
            end--;
        }
        List<int[]> clauses = new ArrayList<>();
        clauses.add(new int[] {0, commas.get(0), o.commaBMin(), o.commaBMax()});
        for (int k = 0; k + 1 < commas.size(); k++) {
            clauses.add(new int[] {commas.get(k) + 1, commas.get(k + 1), o.commaMin(), o.commaMax()});
        }
        clauses.add(new int[] {commas.get(commas.size() - 1) + 1, end, o.commaEMin(), o.commaEMax()});
        for (int[] c : clauses) {
            int words = 0;
            for (int i = c[0]; i < c[1]; i++) {
                if (!isPunct(s.token(i))) {
                    words++;
                }
            }
            if (c[3] > 0 && words >= c[2] && words <= c[3]) {
                for (int i = c[0]; i < c[1]; i++) {
                    out[i] = true;
                }
            }
        }
        return out;
    }

    /** A comma between the items of a coordinated noun phrase ("Mordor, Rohan, Fornost and Bree"). */
    private static boolean isListComma(Sentence s, int comma) {
        int g = s.governor(comma);
        if (g < 0 || s.token(g).isVerb()) {
            return false;
        }
        return s.relation(g).equals("conj") || !s.children(g, "conj").isEmpty();
    }

    private static boolean isPunct(Token t) {
        return !t.word().isEmpty() && !Character.isLetterOrDigit(t.word().charAt(0)) && t.word().length() <= 2
            && !t.word().equals("'s");
    }

    /** Codes one sentence. Not thread-safe; one per sentence. */
    private final class SentenceCoder {
        private final Sentence s;
        private final List<String> words;
        private final Optional<LocalDate> date;
        /** Actor match starting at a token. */
        private final ActorDictionary.Match[] actorAt;
        /** Agent match starting at a token. */
        private final AgentDictionary.Match[] agentAt;
        /** For each token, the start of the actor or agent match covering it, or -1. */
        private final int[] coveredBy;
        /** Tokens of comma-delimited clauses removed before coding (PETRARCH's comma options). */
        private final boolean[] deleted;
        /** Whether the verb being coded comes from a PETRARCH2-syntax block (else TABARI conventions). */
        private boolean petrarch2 = dictionaryPetrarch2;
        /** Issue codes the sentence's words name (the same for every event of the sentence), on first use. */
        private List<String> issues;

        private List<String> issues() {
            if (issues == null) {
                issues = dictionaries.issues().issues(words);
            }
            return issues;
        }

        /** Whether the verb being coded reports (a statement), so its complement's event stands on its own. */
        private boolean reporting = true;
        /** PETRARCH2 conventions code domestic events (same country both sides); the TABARI suite does not. */
        private boolean allowDomestic;

        SentenceCoder(Sentence s, List<String> words, Optional<LocalDate> date) {
            this.s = s;
            this.words = words;
            this.date = date;
            int n = s.size();
            actorAt = new ActorDictionary.Match[n];
            agentAt = new AgentDictionary.Match[n];
            coveredBy = new int[n];
            java.util.Arrays.fill(coveredBy, -1);
            deleted = commaClauses(s, options);
            for (int i = 0; i < n; ) {
                if (deleted[i]) {
                    i++;
                    continue;
                }
                Optional<ActorDictionary.Match> a = dictionaries.actors().longestAt(words, i);
                Optional<AgentDictionary.Match> g = dictionaries.agents().longestAt(words, i);
                int la = a.map(ActorDictionary.Match::length).orElse(0);
                int lg = g.map(AgentDictionary.Match::length).orElse(0);
                if (la == 0 && lg == 0) {
                    i++;
                    continue;
                }
                int len;
                if (la >= lg) {
                    actorAt[i] = a.get();
                    len = la;
                } else {
                    agentAt[i] = g.get();
                    len = lg;
                }
                for (int k = i; k < i + len; k++) {
                    coveredBy[k] = i;
                }
                i += len;
            }
        }

        /** A coded verb: its events and where its target came from. */
        private final class VerbResult {
            final int verb;
            final List<CodedEvent> events = new ArrayList<>();
            final Set<Integer> targetTokens = new java.util.HashSet<>();
            boolean complete;
            /**
             * Whether an inner event may stand for this one: always in TABARI-syntax dictionaries (their codes
             * are not CAMEO's), in PETRARCH2 syntax when this is a statement (CAMEO 01: "said", "noted", "was
             * seen"); a demand, threat or accusation keeps its place and its content is not an event.
             */
            boolean reports = true;
            /** A statement turned into a demand by its complement's must or should. */
            boolean demand;

            VerbResult(int verb) {
                this.verb = verb;
            }
        }

        List<CodedEvent> code() {
            List<VerbResult> results = new ArrayList<>();
            Set<Integer> consumed = new java.util.HashSet<>();
            for (int v = 0; v < s.size(); v++) {
                if (consumed.contains(v) || deleted[v] || isNounComplement(v) || isIdiom(v)) {
                    continue;
                }
                List<VerbDictionary.Hit> hits = new ArrayList<>();
                int[] span = null;
                for (VerbDictionary.Hit hit : dictionaries.verbs().lookup(words.get(v))) {
                    Optional<int[]> sp = phrasalSpan(hit.entry(), v);
                    if (sp.isEmpty() || !spanHasVerb(sp.get())) {
                        continue;
                    }
                    if (span == null || sp.get()[1] - sp.get()[0] > span[1] - span[0]) {
                        span = sp.get();
                        hits.clear();
                    }
                    if (sp.get()[0] == span[0] && sp.get()[1] == span[1]) {
                        hits.add(hit);
                    }
                }
                if (span == null) {
                    continue;
                }
                for (int k = span[0]; k <= span[1]; k++) {
                    consumed.add(k);
                }
                // the token that heads the clause: the verb word, or the word the tagger took for the verb
                int head = v;
                if (!isVerbToken(head)) {
                    for (int k = span[0]; k <= span[1]; k++) {
                        if (isVerbToken(k)) {
                            head = k;
                            break;
                        }
                    }
                }
                VerbResult r = codeVerb(head, span, hits);
                if (r != null) {
                    results.add(r);
                }
            }
            // events nest (PETRARCH2): a verb whose clause complements a coded verb after it gives way to
            // that verb when the verb has a target of its own or the inner event is incomplete; otherwise
            // the inner event stands for both
            Map<VerbResult, VerbResult> outerOf = new java.util.HashMap<>();
            for (VerbResult r : results) {
                VerbResult o = r.events.isEmpty() ? null : governingEvent(r, results);
                if (o != null) {
                    outerOf.put(r, o);
                }
                if (DEBUG) {
                    System.err.println("verb " + words.get(r.verb) + "@" + r.verb + " events=" + r.events.stream()
                        .map(CodedEvent::triple).toList() + " outer=" + (o == null ? "-" : words.get(o.verb)));
                }
            }
            Set<VerbResult> dropped = new java.util.HashSet<>();
            for (VerbResult r : results) {
                if (!outerOf.containsKey(r)) {
                    resolveNesting(r, outerOf, dropped);
                }
            }
            Map<String, CodedEvent> out = new LinkedHashMap<>();
            for (VerbResult r : results) {
                if (!dropped.contains(r)) {
                    for (CodedEvent e : r.events) {
                        out.putIfAbsent(e.triple(), e);
                    }
                }
            }
            return new ArrayList<>(out.values());
        }

        /**
         * Decides, from the top, which of nested events stand: an outer event with its own target keeps its
         * place and the events of its complement clauses go; an outer event whose target is the subject of a
         * complete inner event gives way to it.
         */
        private void resolveNesting(VerbResult r, Map<VerbResult, VerbResult> outerOf, Set<VerbResult> dropped) {
            for (Map.Entry<VerbResult, VerbResult> e : outerOf.entrySet()) {
                if (e.getValue() != r) {
                    continue;
                }
                VerbResult inner = e.getKey();
                // "X said Y must cancel the plans": the demand takes the kind of what is demanded
                if (r.demand && !inner.events.isEmpty() && !dropped.contains(r)) {
                    Optional<String> refined = org.dyad.ontology.CodeRewrites.load().demand(inner.events.get(0).code());
                    if (refined.isPresent()) {
                        List<CodedEvent> recoded = new ArrayList<>();
                        for (CodedEvent x : r.events) {
                            recoded.add(new CodedEvent(x.source(), x.target(), refined.get(), x.sentence(),
                                x.sourceText(), x.targetText(), x.trigger(), x.triggerStart(), x.triggerEnd(),
                                x.rule() + " (" + inner.events.get(0).rule() + ")", x.negated(), x.issues()));
                        }
                        r.events.clear();
                        r.events.addAll(recoded);
                    }
                    dropAll(inner, outerOf, dropped);
                    continue;
                }
                boolean targetInside = false;
                for (int t : r.targetTokens) {
                    if (t == inner.verb || s.dominates(inner.verb, t)) {
                        targetInside = true;
                    }
                }
                // a report with no target of its own, or whose target is the inner clause's subject, gives way
                // to the complete event it reports
                if ((targetInside || r.targetTokens.isEmpty()) && inner.complete && !dropped.contains(r)
                    && r.reports) {
                    dropped.add(r);
                    resolveNesting(inner, outerOf, dropped);
                } else {
                    dropAll(inner, outerOf, dropped);
                }
            }
        }

        private boolean allowDomesticFor(boolean p2) {
            return p2 && !options.requireDyad();
        }

        /** A clause after the verb that says what must or should be done. */
        private boolean deonticComplement(int v) {
            for (Dependency d : s.children(v)) {
                if (d.dependent() > v && d.relation().equals("ccomp") && deontic(d.dependent())) {
                    return true;
                }
            }
            return false;
        }

        /** The clause says what must or should be done ("Libya must hand over", "the US should cancel"). */
        private boolean deontic(int v) {
            for (Dependency d : s.children(v)) {
                if (d.relation().startsWith("aux")) {
                    String w = words.get(d.dependent()).toLowerCase(Locale.ROOT);
                    if (w.equals("must") || w.equals("should") || w.equals("ought")) {
                        return true;
                    }
                }
            }
            return false;
        }

        private void dropAll(VerbResult r, Map<VerbResult, VerbResult> outerOf, Set<VerbResult> dropped) {
            dropped.add(r);
            for (Map.Entry<VerbResult, VerbResult> e : outerOf.entrySet()) {
                if (e.getValue() == r && !dropped.contains(e.getKey())) {
                    dropAll(e.getKey(), outerOf, dropped);
                }
            }
        }

        /** The coded verb whose complement (ccomp, xcomp) clause {@code inner} is in, if it comes before it. */
        private VerbResult governingEvent(VerbResult inner, List<VerbResult> results) {
            int cur = inner.verb;
            for (int hops = 0; hops < 8; hops++) {
                String rel = s.relation(cur);
                int gov = s.governor(cur);
                // complements, adverbial clauses, and clauses hung on a noun of the verb's phrase; not
                // coordinated or loosely attached clauses
                if (gov < 0 || rel.equals("conj") || rel.equals("parataxis") || rel.equals("root")
                    || rel.equals("dep") && s.token(cur).isVerb()) {
                    return null;
                }
                for (VerbResult r : results) {
                    if (r.verb == gov && !r.events.isEmpty()) {
                        return gov < inner.verb ? r : null;
                    }
                }
                cur = gov;
            }
            return null;
        }

        /** A light verb whose object makes an idiom that is no event: "took place", "took note", "makes sense". */
        private boolean isIdiom(int v) {
            Set<String> objects = IDIOMS.get(s.token(v).lemma().toLowerCase(Locale.ROOT));
            if (objects == null) {
                return false;
            }
            for (Dependency d : s.children(v)) {
                if ((d.relation().equals("obj") || d.relation().equals("compound:prt"))
                    && objects.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }

        /** An infinitive that complements a noun ("efforts to stop ...") is not an event of its own. */
        private boolean isNounComplement(int v) {
            if (!s.relation(v).equals("acl")) {
                return false;
            }
            if (dictionaryPetrarch2) {
                return true; // "the parade supporting Gondor": PETRARCH2 codes verb phrases of clauses only
            }
            for (int m : s.children(v, "mark")) {
                if (words.get(m).equalsIgnoreCase("to")) {
                    return true;
                }
            }
            return false;
        }

        /** A verb's words include a verb: its head, or for a phrasal verb any of its words ("wire tap"). */
        private boolean spanHasVerb(int[] span) {
            for (int k = span[0]; k <= span[1]; k++) {
                if (isVerbToken(k)) {
                    return true;
                }
            }
            return false;
        }

        private boolean isVerbToken(int i) {
            Token t = s.token(i);
            if (t.isVerb()) {
                return true;
            }
            // a participle CoreNLP tags as an adjective still heads its clause ("was shot dead")
            String rel = s.relation(i);
            return t.pos().equals("JJ") && (rel.equals("root") || rel.equals("xcomp") || rel.equals("conj"))
                && hasSubject(i);
        }

        private boolean hasSubject(int i) {
            for (Dependency d : s.children(i)) {
                if (d.relation().startsWith("nsubj")) {
                    return true;
                }
            }
            return false;
        }

        /** The token span of a (possibly phrasal) verb around its head at {@code v}. */
        private Optional<int[]> phrasalSpan(VerbEntry e, int v) {
            int first = v - e.head();
            int last = first + e.words().size() - 1;
            if (first < 0 || last >= s.size()) {
                return Optional.empty();
            }
            for (int k = 0; k < e.words().size(); k++) {
                if (k == e.head()) {
                    continue;
                }
                if (!words.get(first + k).equalsIgnoreCase(e.words().get(k))) {
                    return Optional.empty();
                }
            }
            return Optional.of(new int[] {first, last});
        }

        private VerbResult codeVerb(int v, int[] span, List<VerbDictionary.Hit> hits) {
            petrarch2 = dictionaries.verbs().syntaxOf(hits.get(0).block()) == VerbDictionary.Syntax.PETRARCH2;
            Region post = postRegion(v, span[1], false);
            Region patternPost = petrarch2 ? postRegion(v, span[1], true) : post;
            Match best = null;
            for (VerbDictionary.Hit hit : hits) {
                for (VerbPattern p : hit.block().patterns()) {
                    Match m = match(p, v, span[0], span[1], patternPost);
                    // % matches a compound actor only: one actor there is no match at all
                    if (m != null && m.compound >= 0 && codesAt(m.compound).size() < 2) {
                        m = null;
                    }
                    if (m != null && (best == null || m.score() > best.score())) {
                        best = m;
                    }
                }
            }
            VerbCode code = null;
            VerbDictionary.Hit defaultHit = hits.get(0);
            if (best != null) {
                code = best.pattern.code();
            } else {
                for (VerbDictionary.Hit hit : hits) {
                    VerbCode c = hit.entry().code().orElse(hit.block().code());
                    if (!c.isNull()) {
                        code = c;
                        defaultHit = hit;
                        break;
                    }
                }
            }
            if (code == null || code.isNull()) {
                return null;
            }
            String rule = best != null ? best.pattern.rule()
                : defaultHit.block().file() + ":" + defaultHit.entry().line() + " "
                + String.join("_", defaultHit.entry().words()) + " [" + code + "]";
            boolean negated = hasNegation(v);
            if (negated && ontology != null) {
                VerbCode c = code;
                code = new VerbCode(ontology.negate(c.primary()).orElse(c.primary()),
                    c.secondary().map(x -> ontology.negate(x).orElse(x)));
                rule += " negated -> [" + code + "] (coding ontology)";
            }

            VerbResult result = new VerbResult(v);
            if (allowDomesticFor(petrarch2) && code.primary().startsWith("01") && deonticComplement(v)) {
                // "X said Y must hand over Z": a statement of what another must do is a demand on them
                code = new VerbCode("100", Optional.empty());
                rule += " -> demand 100 (the reported clause says what must be done)";
                result.demand = true;
            }
            result.reports = !petrarch2 || code.primary().startsWith("01") || code.primary().equals(VerbCode.NULL);
            reporting = result.reports;
            allowDomestic = petrarch2 && !options.requireDyad();
            List<Actorish> sources;
            List<Actorish> targets;
            boolean pairwise = false;
            if (best != null && best.compound >= 0) {
                List<Actorish> compound = codesAt(best.compound);
                if (compound.size() < 2) {
                    return null;
                }
                if (best.compoundBefore) {
                    sources = compound;
                    targets = best.target >= 0 ? codesAt(best.target) : firstActorAfter(post, compound);
                    if (targets.isEmpty()) {
                        targets = compound;
                        pairwise = true;
                    }
                } else {
                    targets = compound;
                    sources = best.source >= 0 ? codesAt(best.source) : subjectCodes(v);
                }
            } else {
                // a passive's subject is its target; PETRARCH-1 only swaps when there is a "by" phrase
                Optional<List<Actorish>> agent = isPassive(v) ? passiveAgent(v) : Optional.empty();
                boolean swap = agent.isPresent() || petrarch2 && isPassive(v);
                if (best != null && best.source >= 0) {
                    sources = codesAt(best.source);
                } else if (swap) {
                    sources = agent.orElseGet(() -> firstActorAfter(post, passiveSubject(v)));
                } else {
                    sources = subjectCodes(v);
                }
                if (best != null && best.source > v && best.target < 0) {
                    // "$" places the source elsewhere: the subject is then the one it is done to
                    targets = subjectCodes(v);
                } else if (best != null && best.target >= 0) {
                    targets = codesAt(best.target);
                    // "X noted that + regretted": the pattern's target is the clause's subject, so the source is
                    // the subject of the clause above
                    if (best.source < 0 && !swap && overlaps(sources, targets) && s.governor(v) >= 0) {
                        sources = subjectCodes(s.governor(v));
                    }
                } else if (swap) {
                    targets = passiveSubject(v);
                } else {
                    targets = firstActorAfter(post, sources);
                }
            }
            for (Actorish t : targets) {
                result.targetTokens.addAll(t.tokens);
            }
            for (Actorish t : sources) {
                for (int k : t.tokens) {
                    if (k > v) {
                        result.targetTokens.add(k); // a passive's agent or a $ after the verb
                    }
                }
            }
            result.complete = !sources.isEmpty() && !targets.isEmpty();
            String trigger = s.span(span[0], span[1] + 1);
            Token head = s.token(v);
            List<Actorish> srcs = sources.isEmpty() ? List.of(Actorish.NONE) : sources;
            List<Actorish> tgts = targets.isEmpty() ? List.of(Actorish.NONE) : targets;
            for (Actorish src : srcs) {
                for (Actorish tgt : tgts) {
                    // the same code on both sides is a domestic event ("Iraqi Kurds demonstrated in Kirkuk")
                    // when two different phrases name them; the same phrase twice is no event
                    if (src.code.equals(tgt.code) && (pairwise || !src.code.equals(CodedEvent.NONE))
                        && (pairwise || !allowDomestic || overlaps(List.of(src), List.of(tgt)))) {
                        continue;
                    }
                    emit(src, tgt, code.primary(), trigger, head, rule, negated, issues(), result.events);
                    if (!pairwise && code.secondary().isPresent()) {
                        emit(tgt, src, code.secondary().get(), trigger, head, rule, negated, issues(), result.events);
                    }
                }
            }
            return result;
        }

        private boolean overlaps(List<Actorish> a, List<Actorish> b) {
            for (Actorish x : a) {
                for (Actorish y : b) {
                    for (int t : x.tokens) {
                        if (y.tokens.contains(t)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        private boolean hasNegation(int v) {
            for (Dependency d : s.children(v)) {
                String w = s.token(d.dependent()).lowerWord();
                if (w.equals("not") || w.equals("n't") || w.equals("never")) {
                    return true;
                }
            }
            return false;
        }

        private void emit(Actorish src, Actorish tgt, String code, String trigger, Token head, String rule,
                          boolean negated, List<String> issues, List<CodedEvent> out) {
            if (code.equals(VerbCode.NULL) || code.isEmpty()) {
                return;
            }
            boolean srcNone = src.code.equals(CodedEvent.NONE);
            boolean tgtNone = tgt.code.equals(CodedEvent.NONE);
            if (options.requireDyad() && (srcNone || tgtNone)) {
                return;
            }
            if (srcNone && tgtNone) {
                return;
            }
            if ((options.identifiedActor() || petrarch2) && !identified(src.code) && !identified(tgt.code)) {
                return;
            }
            CodedEvent e = new CodedEvent(src.code, tgt.code, code, s.index(), src.text, tgt.text, trigger,
                head.start(), head.end(), rule, negated, issues);
            for (CodedEvent x : out) {
                if (x.triple().equals(e.triple())) {
                    return;
                }
            }
            out.add(e);
        }

        private boolean identified(String code) {
            return !code.startsWith(CodedEvent.NONE);
        }

        // ---------------------------------------------------------------- pattern matching

        /**
         * Tokens after the verb that belong to its clause: its subtree, without coordinated clauses; in
         * PETRARCH2 syntax without adverbial clauses either, and for patterns ({@code own}) only the verb's
         * own phrases, not its clausal complements.
         */
        private Region postRegion(int v, int after, boolean own) {
            boolean[] in = new boolean[s.size()];
            mark(v, v, in, own);
            List<Integer> idx = new ArrayList<>();
            for (int i = after + 1; i < s.size(); i++) {
                if (in[i] && !deleted[i]) {
                    idx.add(i);
                }
            }
            return new Region(v, after, idx);
        }

        private void mark(int root, int i, boolean[] in, boolean own) {
            in[i] = true;
            for (Dependency d : s.children(i)) {
                String rel = d.relation();
                int c = d.dependent();
                if (i == root && (rel.equals("parataxis") || rel.equals("conj") && s.token(c).isVerb()
                    || rel.equals("punct"))) {
                    continue;
                }
                if (i == root && petrarch2 && (rel.startsWith("advcl") || rel.startsWith("acl")
                    || own && (rel.equals("ccomp") || rel.equals("xcomp") && !s.token(c).isVerb()))) {
                    continue;
                }
                mark(root, c, in, own);
            }
        }

        /** Tokens of a verb's clause after it, in order; {@code verb} is the verb whose clause it is. */
        private record Region(int verb, int after, List<Integer> tokens) {
        }

        private static final class Match {
            final VerbPattern pattern;
            int source = -1;
            int target = -1;
            int compound = -1;
            boolean compoundBefore;
            /** Sentence words the pattern's words and sets covered: the more, the more specific. */
            int words;
            final Set<Long> failed = new java.util.HashSet<>();

            int score() {
                return words * 4 + (source >= 0 ? 1 : 0) + (target >= 0 ? 1 : 0) + (compound >= 0 ? 1 : 0);
            }

            Match(VerbPattern pattern) {
                this.pattern = pattern;
            }
        }

        private Match match(VerbPattern p, int v, int first, int last, Region post) {
            Match m = new Match(p);
            // before the verb, matched right to left: PETRARCH-1 looks at the whole sentence up to the verb,
            // PETRARCH2 at the verb's subject
            List<Integer> pre = new ArrayList<>();
            if (!p.pre().isEmpty()) {
                if (petrarch2) {
                    int subj = subjectHead(v);
                    if (subj >= 0 && subj < first) {
                        List<Integer> conj = new ArrayList<>();
                        collectConjuncts(subj, conj);
                        boolean[] in = new boolean[s.size()];
                        for (int c : conj) {
                            collectSubject(c, in);
                        }
                        for (int i = first - 1; i >= 0; i--) {
                            if (in[i] && !deleted[i]) {
                                pre.add(i);
                            }
                        }
                    }
                } else {
                    for (int i = first - 1; i >= 0; i--) {
                        if (!deleted[i]) {
                            pre.add(i);
                        }
                    }
                }
            }
            List<PatternElement> preReversed = new ArrayList<>(p.pre());
            java.util.Collections.reverse(preReversed);
            if (!matchSeq(preReversed, 0, pre, 0, true, p.verbAdjacentBefore(), m, true)) {
                return null;
            }
            return matchSeq(p.post(), 0, post.tokens(), 0, true, false, m, false) ? m : null;
        }

        /**
         * Matches elements {@code els[e..]} against the positions {@code pos[p..]} (sentence indexes in
         * matching order). {@code first} marks the first element, which is adjacent to the verb when
         * {@code verbAdjacent} (pre) or when it says so itself (post).
         */
        private boolean matchSeq(List<PatternElement> els, int e, List<Integer> pos, int p, boolean first,
                                 boolean verbAdjacent, Match m, boolean backwards) {
            if (e == els.size()) {
                return true;
            }
            // a failure from (element, position) stays a failure: remembering it keeps matching polynomial
            long key = ((long) (backwards ? 1 : 0) << 62) | ((long) e << 32) | p;
            if (!first && m.failed.contains(key)) {
                return false;
            }
            PatternElement el = els.get(e);
            boolean adjacent;
            if (backwards) {
                // in reverse, an element must touch the one matched before it (to its right) when that one
                // was joined to it; the flag sits on the right-hand element
                adjacent = first ? verbAdjacent : els.get(e - 1).adjacent();
            } else {
                adjacent = el.adjacent();
            }
            int limit = adjacent ? Math.min(p + 1, pos.size()) : pos.size();
            for (int q = p; q < limit; q++) {
                if (adjacent && q > p) {
                    break;
                }
                int n = matchElement(el, pos, q, backwards, m);
                if (n > 0 && matchSeq(els, e + 1, pos, q + n, false, false, m, backwards)) {
                    m.words += el.kind() == Kind.WORD || el.kind() == Kind.SYNSET ? n : 0;
                    return true;
                }
                if (el.kind() == Kind.SOURCE || el.kind() == Kind.TARGET || el.kind() == Kind.COMPOUND) {
                    clear(el, m);
                }
                // adjacency means consecutive tokens: a gap in sentence positions also breaks it
                if (adjacent) {
                    break;
                }
            }
            if (!first) {
                m.failed.add(key);
            }
            return false;
        }

        private void clear(PatternElement el, Match m) {
            switch (el.kind()) {
                case SOURCE -> m.source = -1;
                case TARGET -> m.target = -1;
                case COMPOUND -> m.compound = -1;
                default -> { }
            }
        }

        /** How many positions element {@code el} consumes at {@code pos[q]}, or 0 when it does not match. */
        private int matchElement(PatternElement el, List<Integer> pos, int q, boolean backwards, Match m) {
            int i = pos.get(q);
            switch (el.kind()) {
                case WORD:
                    return wordIs(i, el.word()) ? 1 : 0;
                case SYNSET: {
                    List<List<PatternElement>> alts = dictionaries.verbs().synset(el.word()).orElse(List.of());
                    int best = 0;
                    for (List<PatternElement> alt : alts) {
                        best = Math.max(best, matchPhrase(alt, pos, q, backwards, 0));
                    }
                    return best;
                }
                case SOURCE:
                case TARGET:
                case COMPOUND: {
                    int start = actorStartingAt(pos, q, backwards);
                    if (start < 0) {
                        return 0;
                    }
                    if (el.kind() == Kind.SOURCE) {
                        m.source = start;
                    } else if (el.kind() == Kind.TARGET) {
                        m.target = start;
                    } else {
                        m.compound = start;
                        m.compoundBefore = backwards;
                    }
                    return 1;
                }
                case SKIP: {
                    if (backwards) {
                        return 1;
                    }
                    // a noun phrase: up to its head word
                    int head = npHead(i);
                    int n = 1;
                    while (head > i && q + n < pos.size() && pos.get(q + n) <= head) {
                        n++;
                    }
                    return n;
                }
                default:
                    return 0;
            }
        }

        /** A pattern word matches the token as written; in PETRARCH2 syntax also its lemma ("efforts": EFFORT). */
        private boolean wordIs(int i, String word) {
            return words.get(i).equalsIgnoreCase(word) || petrarch2 && s.token(i).lemma().equalsIgnoreCase(word);
        }

        /** Positions a synonym-set member (consecutive words, nested sets) consumes at {@code q}, or 0. */
        private int matchPhrase(List<PatternElement> alt, List<Integer> pos, int q, boolean backwards, int depth) {
            if (depth > 5) {
                return 0;
            }
            List<PatternElement> order = alt;
            if (backwards) {
                order = new ArrayList<>(alt);
                java.util.Collections.reverse(order);
            }
            int at = q;
            for (PatternElement el : order) {
                if (at >= pos.size()) {
                    return 0;
                }
                if (at > q && Math.abs(pos.get(at) - pos.get(at - 1)) != 1) {
                    return 0;
                }
                if (el.kind() == Kind.WORD) {
                    if (!wordIs(pos.get(at), el.word())) {
                        return 0;
                    }
                    at++;
                } else if (el.kind() == Kind.SYNSET) {
                    int best = 0;
                    for (List<PatternElement> a : dictionaries.verbs().synset(el.word()).orElse(List.of())) {
                        best = Math.max(best, matchPhrase(a, pos, at, backwards, depth + 1));
                    }
                    if (best == 0) {
                        return 0;
                    }
                    at += best;
                } else {
                    return 0;
                }
            }
            return at - q;
        }

        private void collectSubject(int i, boolean[] in) {
            in[i] = true;
            for (Dependency d : s.children(i)) {
                String rel = d.relation();
                if (rel.startsWith("cc") || rel.equals("punct") || rel.startsWith("acl") || rel.equals("appos")) {
                    continue;
                }
                collectSubject(d.dependent(), in);
            }
        }

        /** The head of the verb's subject, following control and coordination; -1 when it has none. */
        private int subjectHead(int v) {
            int cur = v;
            for (int hops = 0; hops < 4 && cur >= 0; hops++) {
                for (Dependency d : s.children(cur)) {
                    if (d.relation().startsWith("nsubj")) {
                        return d.dependent();
                    }
                }
                String rel = s.relation(cur);
                if (!(rel.equals("xcomp") || rel.equals("conj"))) {
                    return -1;
                }
                cur = s.governor(cur);
            }
            return -1;
        }

        /** The token index where an actor or agent phrase begins at {@code pos[q]}, past determiners; or -1. */
        private int actorStartingAt(List<Integer> pos, int q, boolean backwards) {
            int i = pos.get(q);
            if (backwards) {
                return coveredBy[i] >= 0 ? coveredBy[i] : -1;
            }
            while (i < s.size() && DETERMINERS.contains(words.get(i).toUpperCase(Locale.ROOT))) {
                i++;
            }
            if (i < s.size() && coveredBy[i] >= 0) {
                return coveredBy[i];
            }
            return -1;
        }

        // ---------------------------------------------------------------- actors

        private boolean isPassive(int v) {
            for (Dependency d : s.children(v)) {
                if (d.relation().equals("nsubj:pass") || d.relation().equals("aux:pass")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The verb's subject: its own, else that of the clause it complements or is coordinated with. A
         * pronoun, or a subject found after the verb (a parse that hung the clause under a later verb),
         * gives way to the nearest actor before the verb.
         */
        private List<Actorish> subjectCodes(int v) {
            int cur = v;
            outer:
            for (int hops = 0; hops < 4 && cur >= 0; hops++) {
                for (Dependency d : s.children(cur)) {
                    if (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) {
                        int subj = d.dependent();
                        if (subj > v) {
                            return nearestActorBefore(v); // the parse hung this clause under a later verb
                        }
                        if (s.token(subj).isPronoun()) {
                            // "Ethiopia indicated it would act": the subject of the clause above, if any
                            if (s.governor(cur) < 0) {
                                return List.of();
                            }
                            cur = s.governor(cur);
                            hops++;
                            continue outer;
                        }
                        return nounPhraseCodes(subj);
                    }
                }
                String rel = s.relation(cur);
                if (!(rel.equals("xcomp") || rel.equals("conj") || rel.equals("ccomp") || rel.equals("advcl")
                    || rel.equals("dep"))) {
                    break;
                }
                cur = s.governor(cur);
            }
            return nearestActorBefore(v);
        }

        private List<Actorish> nearestActorBefore(int v) {
            for (int i = v - 1; i >= 0; i--) {
                if (coveredBy[i] >= 0) {
                    List<Actorish> codes = codesAt(coveredBy[i]);
                    if (!codes.isEmpty()) {
                        return codes;
                    }
                }
            }
            return List.of();
        }

        private List<Actorish> passiveSubject(int v) {
            for (Dependency d : s.children(v)) {
                if (d.relation().equals("nsubj:pass")) {
                    return nounPhraseCodes(d.dependent());
                }
            }
            return subjectCodes(v);
        }

        /** The actors of a passive's "by" phrase, when it has one. */
        private Optional<List<Actorish>> passiveAgent(int v) {
            for (Dependency d : s.children(v)) {
                if (d.relation().startsWith("obl") || d.relation().startsWith("nmod")) {
                    for (int c : s.children(d.dependent(), "case")) {
                        if (words.get(c).equalsIgnoreCase("by")) {
                            List<Actorish> a = nounPhraseCodes(d.dependent());
                            if (!a.isEmpty()) {
                                return Optional.of(a);
                            }
                        }
                    }
                }
            }
            return Optional.empty();
        }

        private List<Actorish> firstActorAfter(Region post, List<Actorish> exclude) {
            Set<Integer> excluded = new java.util.HashSet<>();
            for (Actorish a : exclude) {
                excluded.addAll(a.tokens);
            }
            if (petrarch2 && post.verb() >= 0) {
                return phraseTarget(post, excluded);
            }
            for (int i : post.tokens()) {
                if (coveredBy[i] >= 0 && !excluded.contains(i)) {
                    List<Actorish> codes = codesAt(coveredBy[i]);
                    if (!codes.isEmpty()) {
                        return codes;
                    }
                }
            }
            return newActor(post.tokens(), excluded);
        }

        /**
         * PETRARCH2's target: the first of the verb's own phrases whose head is an actor ("ties with Gondor",
         * "Gondor's government", not "Eriador's refusal"), else the subject of a clause that complements it
         * ("noted that Cirith Ungol ...").
         */
        private List<Actorish> phraseTarget(Region post, Set<Integer> excluded) {
            int v = post.verb();
            Region own = postRegion(v, post.after(), true);
            List<Actorish> direct = firstHeadedActor(own.tokens(), excluded);
            if (!direct.isEmpty()) {
                return direct;
            }
            for (Dependency d : s.children(v)) {
                String rel = d.relation();
                int c = d.dependent();
                if (c > v && (rel.equals("ccomp") || rel.startsWith("advcl") || rel.equals("xcomp"))) {
                    for (Dependency sd : s.children(c)) {
                        if (sd.relation().startsWith("nsubj") && !excluded.contains(sd.dependent())) {
                            List<Actorish> codes = nounPhraseCodes(sd.dependent());
                            if (!codes.isEmpty()) {
                                return codes;
                            }
                        }
                    }
                }
            }
            if (!reporting) {
                // "threatened to ban voting by Hamas": a demand, threat or promise is aimed at whom its
                // content is
                for (Dependency d : s.children(v)) {
                    int c = d.dependent();
                    if (c > v && (d.relation().equals("ccomp") || d.relation().equals("xcomp"))
                        && s.token(c).isVerb()) {
                        List<Actorish> codes = firstHeadedActor(postRegion(c, c, true).tokens(), excluded);
                        if (!codes.isEmpty()) {
                            return codes;
                        }
                    }
                }
            }
            return newActor(own.tokens(), excluded);
        }

        /** The first noun phrase among {@code tokens} whose head (or a word before it) is an actor or agent. */
        private List<Actorish> firstHeadedActor(List<Integer> tokens, Set<Integer> excluded) {
            for (int i : tokens) {
                if (coveredBy[i] < 0 || excluded.contains(i)) {
                    continue;
                }
                int head = npHead(coveredBy[i]);
                if (coveredBy[head] < 0 && !namesActor(head)) {
                    continue;
                }
                List<Actorish> codes = nounPhraseCodes(head);
                if (!codes.isEmpty()) {
                    return codes;
                }
            }
            return List.of();
        }

        /** With {@code new_actor_length} on, the first noun phrase among {@code tokens} as a quoted new actor. */
        private List<Actorish> newActor(List<Integer> tokens, Set<Integer> excluded) {
            if (options.newActorLength() > 0) {
                for (int i : tokens) {
                    if (s.token(i).isNoun() && !excluded.contains(i)) {
                        List<Actorish> n = nounPhraseCodes(npHead(i));
                        if (!n.isEmpty()) {
                            return n;
                        }
                    }
                }
            }
            return List.of();
        }

        /** Codes of the noun phrase containing the actor or agent that starts at token {@code start}. */
        private List<Actorish> codesAt(int start) {
            return nounPhraseCodes(npHead(start));
        }

        /** Climbs from a token to the head of its noun phrase, and to the first of coordinated ones. */
        private int npHead(int i) {
            int cur = i;
            for (int hops = 0; hops < 8; hops++) {
                String rel = s.relation(cur);
                int gov = s.governor(cur);
                if (gov < 0) {
                    break;
                }
                if (rel.equals("compound") || rel.equals("amod") || rel.equals("flat") || rel.equals("det")
                    || rel.equals("nmod:poss") || rel.equals("nummod") || rel.equals("case")
                    || rel.equals("compound:prt")) {
                    cur = gov;
                    continue;
                }
                if (rel.equals("conj") && !s.token(gov).isVerb()) {
                    cur = gov;
                    continue;
                }
                break;
            }
            return cur;
        }

        /** The actor codes a noun phrase names: one per conjunct, each country with its agents. */
        private List<Actorish> nounPhraseCodes(int head) {
            List<Integer> conjuncts = new ArrayList<>();
            collectConjuncts(head, conjuncts);
            List<Unit> units = new ArrayList<>();
            for (int c : conjuncts) {
                units.add(unit(c, conjuncts));
            }
            List<Actorish> out = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (Unit u : units) {
                List<String> countries = u.countries;
                String borrowedPrefix = "";
                if (countries.isEmpty() && !u.agents.isEmpty()) {
                    for (Unit other : units) {
                        if (other != u && !other.countries.isEmpty()) {
                            countries = other.countries;
                            borrowedPrefix = String.join("", other.modifierAgents);
                            break;
                        }
                    }
                }
                if (countries.isEmpty() && u.agents.isEmpty()) {
                    if (options.newActorLength() > 0 && u.text.split("\\s+").length <= options.newActorLength()
                        && !u.text.isBlank() && conjuncts.size() == 1) {
                        add(out, seen, new Actorish("\"" + u.text.toUpperCase(Locale.ROOT) + "\"", u.text, u.tokens));
                    }
                    continue;
                }
                List<String> agents = u.agents;
                if (countries.isEmpty() && allowDomestic) {
                    // "opposition leaders agreed to postpone the rally in Baku": with one country in the
                    // sentence, an agent of no named country is placed in it
                    Optional<String> only = onlyCountry();
                    if (only.isPresent()) {
                        countries = List.of(only.get());
                    }
                }
                if (countries.isEmpty()) {
                    add(out, seen, new Actorish(String.join("", u.prefixes) + CodedEvent.NONE + join(agents, ""),
                        u.text, u.tokens));
                    continue;
                }
                for (String country : countries) {
                    StringBuilder code = new StringBuilder();
                    for (String p : u.prefixes) {
                        code.append(p);
                    }
                    code.append(country);
                    if (!borrowedPrefix.isEmpty() && u.countries.isEmpty()) {
                        code.append(borrowedPrefix);
                    }
                    for (String a : agents) {
                        if (!endsWithCode(code.toString(), a)) {
                            code.append(a);
                        }
                    }
                    add(out, seen, new Actorish(code.toString(), u.text, u.tokens));
                }
            }
            return out;
        }

        private Optional<String> onlyCountry;

        /** The one country the sentence's actors name, if they name exactly one (organisations aside). */
        private Optional<String> onlyCountry() {
            if (onlyCountry == null) {
                Set<String> found = new LinkedHashSet<>();
                for (ActorDictionary.Match m : actorAt) {
                    if (m == null) {
                        continue;
                    }
                    for (String code : m.entry().codesOn(date)) {
                        String c = code.length() >= 3 ? code.substring(0, 3) : code;
                        if (c.matches("[A-Z]{3}") && !NON_STATE.contains(c)) {
                            found.add(c);
                        }
                    }
                }
                onlyCountry = found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
            }
            return onlyCountry;
        }

        private static String join(List<String> l, String sep) {
            return String.join(sep, l);
        }

        private boolean endsWithCode(String code, String agent) {
            return code.endsWith(agent) || code.length() > 3 && code.substring(3).contains(agent);
        }

        private void add(List<Actorish> out, Set<String> seen, Actorish a) {
            if (seen.add(a.code)) {
                out.add(a);
            }
        }

        private void collectConjuncts(int head, List<Integer> out) {
            out.add(head);
            for (int c : s.children(head, "conj")) {
                if (!s.token(c).isVerb()) {
                    collectConjuncts(c, out);
                }
            }
        }

        private final class Unit {
            final List<String> countries = new ArrayList<>();
            final List<String> agents = new ArrayList<>();
            final List<String> prefixes = new ArrayList<>();
            /** Agents before the head word (borrowed by a conjunct that has only its own head agent). */
            final List<String> modifierAgents = new ArrayList<>();
            final List<Integer> tokens = new ArrayList<>();
            String text = "";
        }

        /** The words of conjunct {@code c} (without other conjuncts, clauses and appositions) and their codes. */
        private Unit unit(int c, List<Integer> conjuncts) {
            Unit u = new Unit();
            boolean[] in = new boolean[s.size()];
            collectUnit(c, c, in, conjuncts);
            for (int i = 0; i < s.size(); i++) {
                if (in[i]) {
                    u.tokens.add(i);
                }
            }
            Set<Integer> starts = new LinkedHashSet<>();
            for (int i : u.tokens) {
                if (coveredBy[i] >= 0) {
                    starts.add(coveredBy[i]);
                }
            }
            for (int st : starts) {
                if (actorAt[st] != null) {
                    for (String code : actorAt[st].entry().codesOn(date)) {
                        if (code.equals(VerbCode.NULL)) {
                            continue;
                        }
                        if (!u.countries.contains(code)) {
                            u.countries.add(code);
                        }
                    }
                } else if (agentAt[st] != null) {
                    AgentEntry a = agentAt[st].entry();
                    if (a.prefix()) {
                        u.prefixes.add(a.code());
                    } else if (!u.agents.contains(a.code())) {
                        u.agents.add(a.code());
                        int end = st + agentAt[st].length() - 1;
                        if (end < c) {
                            u.modifierAgents.add(a.code());
                        }
                    }
                }
            }
            StringBuilder text = new StringBuilder();
            for (int i : u.tokens) {
                String w = words.get(i);
                if (i < c && s.relation(i).equals("case") && s.governor(i) == c) {
                    continue; // "with Gondor": the preposition is not part of the actor's words
                }
                if (w.equals("'s") || w.equals("'") || s.token(i).pos().equals("POS")) {
                    continue;
                }
                if (text.length() > 0) {
                    text.append(' ');
                }
                text.append(w);
            }
            u.text = text.toString();
            return u;
        }

        private void collectUnit(int root, int i, boolean[] in, List<Integer> conjuncts) {
            in[i] = true;
            boolean headIsActor = i == root && namesActor(root);
            for (Dependency d : s.children(i)) {
                int c = d.dependent();
                String rel = d.relation();
                if (conjuncts.contains(c) || rel.equals("cc") || rel.equals("punct") || rel.startsWith("acl")
                    || rel.equals("appos") || rel.equals("parataxis") || rel.startsWith("advcl")
                    || rel.equals("conj") && s.token(c).isVerb() || rel.equals("dep")) {
                    continue;
                }
                // "Gollum, centre of a row between Radagast ...": a phrase that names its actor keeps the
                // actors of its prepositional modifiers out; "officials in Fornost" takes them in
                if (headIsActor && rel.startsWith("nmod") && !rel.equals("nmod:poss") && c > root) {
                    continue;
                }
                collectUnit(root, c, in, conjuncts);
            }
        }

        /** Whether the head word of a noun phrase, or a word before it in the phrase, is an actor. */
        private boolean namesActor(int head) {
            if (coveredBy[head] >= 0 && actorAt[coveredBy[head]] != null) {
                return true;
            }
            for (Dependency d : s.children(head)) {
                String rel = d.relation();
                int c = d.dependent();
                if (c < head && (rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:poss")
                    || rel.equals("flat")) && coveredBy[c] >= 0 && actorAt[coveredBy[c]] != null) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A coded noun phrase: its code, words and tokens. */
    private record Actorish(String code, String text, List<Integer> tokens) {
        static final Actorish NONE = new Actorish(CodedEvent.NONE, "", List.of());
    }
}
