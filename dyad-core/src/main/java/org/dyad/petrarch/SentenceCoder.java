package org.dyad.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.VerbDictionary;
import org.dyad.dictionary.VerbEntry;
import org.dyad.dictionary.WordSets;
import org.dyad.text.Dependency;
import org.dyad.text.Sentence;
import org.dyad.text.Token;

/**
 * Codes one sentence: removes PETRARCH's comma clauses, finds its actor phrases, codes every verb the verb
 * dictionary knows (by its inflected forms, phrasal verbs by all their words; the longest phrasal verb wins)
 * with {@link VerbCoder}, and lets nested events give way to each other ({@link EventNesting}).
 *
 * <p>One per sentence; not thread-safe.
 */
final class SentenceCoder {
    /** Light verbs and the objects with which they make idioms that are no political event. */
    private static final Map<String, Set<String>> IDIOMS = WordSets.byKey("petrarch.idioms");

    private final Dictionaries dictionaries;
    private final Sentence s;
    private final List<String> words;
    /** Tokens of comma-delimited clauses removed before coding (PETRARCH's comma options). */
    private final boolean[] deleted;
    /** The dictionary's own syntax: PETRARCH2 codes verb phrases of clauses only. */
    private final boolean dictionaryPetrarch2;
    private final VerbCoder verbs;

    SentenceCoder(Dictionaries dictionaries, CodingOptions options, CodeOntology ontology, Sentence s,
                  List<String> words, Optional<LocalDate> date) {
        this.dictionaries = dictionaries;
        this.s = s;
        this.words = words;
        this.deleted = CommaClauses.removed(s, options);
        this.dictionaryPetrarch2 = dictionaries.verbs().syntax() == VerbDictionary.Syntax.PETRARCH2;
        SentenceActors actors = new SentenceActors(dictionaries, options, s, words, date, deleted);
        this.verbs = new VerbCoder(dictionaries, options, ontology, s, words, deleted, actors);
    }

    /** The sentence's events, each (source, target, code) once, in the order of their verbs. */
    List<CodedEvent> code() {
        List<VerbResult> results = new ArrayList<>();
        Set<Integer> consumed = new HashSet<>();
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
            VerbResult r = verbs.code(head, span, hits);
            if (r != null) {
                results.add(r);
            }
        }
        return new EventNesting(s, words, results).events();
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
}
