package org.dyad.petrarch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.dictionary.PatternElement;
import org.dyad.dictionary.PatternElement.Kind;
import org.dyad.dictionary.VerbDictionary;
import org.dyad.dictionary.VerbPattern;
import org.dyad.dictionary.WordSets;
import org.dyad.text.Dependency;
import org.dyad.text.Sentence;

/**
 * Matches a verb's patterns against its sentence: pattern words before {@code *} are looked for before the verb
 * (PETRARCH-1: anywhere before it; PETRARCH2: in its subject), words after it in the verb's clause, in order,
 * consecutive where joined by {@code _}; {@code $}, {@code +} and {@code %} take the actor phrase where they
 * match. The most specific pattern wins.
 *
 * <p>One per sentence; stateless beyond it: every call gets the {@link VerbContext} of the verb it is for.
 */
final class PatternMatcher {
    private static final Set<String> DETERMINERS = WordSets.get("petrarch.determiners");

    private final VerbDictionary verbs;
    private final Sentence s;
    private final List<String> words;
    private final boolean[] deleted;
    private final SentenceActors actors;

    PatternMatcher(VerbDictionary verbs, Sentence s, List<String> words, boolean[] deleted, SentenceActors actors) {
        this.verbs = verbs;
        this.s = s;
        this.words = words;
        this.deleted = deleted;
        this.actors = actors;
    }

    /** A pattern that matched, with where its actors are. Filled in while matching; read once it has matched. */
    static final class Match {
        final VerbPattern pattern;
        /** Token where the {@code $} actor starts, or -1. */
        int source = -1;
        /** Token where the {@code +} actor starts, or -1. */
        int target = -1;
        /** Token where the {@code %} compound actor starts, or -1. */
        int compound = -1;
        /** The {@code %} actor is before the verb. */
        boolean compoundBefore;
        /** Sentence words the pattern's words and sets covered: the more, the more specific. */
        int words;
        private final Set<Long> failed = new HashSet<>();

        Match(VerbPattern pattern) {
            this.pattern = pattern;
        }

        int score() {
            return words * 4 + (source >= 0 ? 1 : 0) + (target >= 0 ? 1 : 0) + (compound >= 0 ? 1 : 0);
        }
    }

    /**
     * The most specific of the patterns of the verb's dictionary hits that matches the verb at {@code v} (its
     * words spanning {@code span}); the first of equally specific ones; null when none matches. A {@code %}
     * pattern matches a compound actor only: one actor there is no match at all.
     */
    Match best(List<VerbDictionary.Hit> hits, int v, int[] span, Region post, VerbContext ctx) {
        Match best = null;
        for (VerbDictionary.Hit hit : hits) {
            for (VerbPattern p : hit.block().patterns()) {
                Match m = match(p, v, span[0], post, ctx);
                if (m != null && m.compound >= 0 && actors.codesAt(m.compound, ctx).size() < 2) {
                    m = null;
                }
                if (m != null && (best == null || m.score() > best.score())) {
                    best = m;
                }
            }
        }
        return best;
    }

    private Match match(VerbPattern p, int v, int first, Region post, VerbContext ctx) {
        Match m = new Match(p);
        // before the verb, matched right to left: PETRARCH-1 looks at the whole sentence up to the verb,
        // PETRARCH2 at the verb's subject
        List<Integer> pre = new ArrayList<>();
        if (!p.pre().isEmpty()) {
            if (ctx.petrarch2()) {
                int subj = subjectHead(v);
                if (subj >= 0 && subj < first) {
                    List<Integer> conj = new ArrayList<>();
                    actors.collectConjuncts(subj, conj);
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
        Collections.reverse(preReversed);
        if (!matchSeq(preReversed, 0, pre, 0, true, p.verbAdjacentBefore(), m, true, ctx)) {
            return null;
        }
        return matchSeq(p.post(), 0, post.tokens(), 0, true, false, m, false, ctx) ? m : null;
    }

    /**
     * Matches elements {@code els[e..]} against the positions {@code pos[p..]} (sentence indexes in
     * matching order). {@code first} marks the first element, which is adjacent to the verb when
     * {@code verbAdjacent} (pre) or when it says so itself (post).
     */
    private boolean matchSeq(List<PatternElement> els, int e, List<Integer> pos, int p, boolean first,
                             boolean verbAdjacent, Match m, boolean backwards, VerbContext ctx) {
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
            int n = matchElement(el, pos, q, backwards, m, ctx);
            if (n > 0 && matchSeq(els, e + 1, pos, q + n, false, false, m, backwards, ctx)) {
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

    private static void clear(PatternElement el, Match m) {
        switch (el.kind()) {
            case SOURCE -> m.source = -1;
            case TARGET -> m.target = -1;
            case COMPOUND -> m.compound = -1;
            default -> { }
        }
    }

    /** How many positions element {@code el} consumes at {@code pos[q]}, or 0 when it does not match. */
    private int matchElement(PatternElement el, List<Integer> pos, int q, boolean backwards, Match m,
                             VerbContext ctx) {
        int i = pos.get(q);
        switch (el.kind()) {
            case WORD:
                return wordIs(i, el.word(), ctx) ? 1 : 0;
            case SYNSET: {
                List<List<PatternElement>> alts = verbs.synset(el.word()).orElse(List.of());
                int best = 0;
                for (List<PatternElement> alt : alts) {
                    best = Math.max(best, matchPhrase(alt, pos, q, backwards, 0, ctx));
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
                int head = actors.npHead(i);
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
    private boolean wordIs(int i, String word, VerbContext ctx) {
        return words.get(i).equalsIgnoreCase(word) || ctx.petrarch2() && s.token(i).lemma().equalsIgnoreCase(word);
    }

    /** Positions a synonym-set member (consecutive words, nested sets) consumes at {@code q}, or 0. */
    private int matchPhrase(List<PatternElement> alt, List<Integer> pos, int q, boolean backwards, int depth,
                            VerbContext ctx) {
        if (depth > 5) {
            return 0;
        }
        List<PatternElement> order = alt;
        if (backwards) {
            order = new ArrayList<>(alt);
            Collections.reverse(order);
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
                if (!wordIs(pos.get(at), el.word(), ctx)) {
                    return 0;
                }
                at++;
            } else if (el.kind() == Kind.SYNSET) {
                int best = 0;
                for (List<PatternElement> a : verbs.synset(el.word()).orElse(List.of())) {
                    best = Math.max(best, matchPhrase(a, pos, at, backwards, depth + 1, ctx));
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
            return actors.coveredBy(i) >= 0 ? actors.coveredBy(i) : -1;
        }
        while (i < s.size() && DETERMINERS.contains(words.get(i).toUpperCase(Locale.ROOT))) {
            i++;
        }
        if (i < s.size() && actors.coveredBy(i) >= 0) {
            return actors.coveredBy(i);
        }
        return -1;
    }
}
