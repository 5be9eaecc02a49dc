package org.dyad.pipeline;

import java.util.Set;
import org.dyad.text.Sentence;

/**
 * Where a trigger sits among the clauses of its sentence, in Universal Dependencies terms. Stateless.
 */
final class Clauses {
    /** Relations that open a clause of their own under the word they hang on. */
    private static final Set<String> CLAUSAL = org.dyad.dictionary.WordSets.get("pipeline.clause-relations");
    /** Relations by which a clause reports or completes the verb above it: "said (that) ...", "urged him to ...". */
    private static final Set<String> COMPLEMENTS = Set.of("ccomp", "xcomp", "parataxis", "dep");
    /** Nouns of something said or written, whose participle clause says what: "a declaration demanding ...". */
    private static final Set<String> STATEMENTS = org.dyad.dictionary.WordSets.get("pipeline.statement-nouns");
    /** Verbs whose subject puts out the statement that is their object: "issued", "adopted", "sent". */
    private static final Set<String> AUTHORING = org.dyad.dictionary.WordSets.get("event.authoring-verbs");
    /** Verbs whose object does what their "to" clause says (words.tsv event.object-control-verbs). */
    private static final Set<String> OBJECT_CONTROL = org.dyad.dictionary.WordSets.get("event.object-control-verbs");
    /** Marks of a purpose or aim: "to", "in order to", "so that". */
    private static final Set<String> PURPOSE_MARKS = Set.of("to", "so", "order");

    private Clauses() {
    }

    /** The head of the clause token {@code i} sits in: the first word above it (or itself) that heads a clause. */
    static int clauseOf(Sentence s, int i) {
        int cur = i;
        for (int guard = 0; guard < s.size(); guard++) {
            int gov = s.governor(cur);
            if (gov < 0 || CLAUSAL.contains(s.relation(cur)) || s.relation(cur).equals("conj") && s.token(cur).isVerb()) {
                return cur;
            }
            cur = gov;
        }
        return cur;
    }

    /**
     * Whether the clause of token {@code i} is subordinate to a noun or states an aim rather than news: a relative
     * clause ("the Taliban, who attacked the base"), a clause or participle on a noun ("a car bomb that killed",
     * "Vietnamese-led forces", "the forces sent to fight"), or a purpose ("travelled to Baku to sign", "in order to
     * attack").
     */
    static boolean subordinate(Sentence s, int i) {
        int cur = i;
        for (int guard = 0; guard < s.size(); guard++) {
            int gov = s.governor(cur);
            if (gov < 0) {
                return false;
            }
            String rel = s.relation(cur);
            if (statementContent(s, cur)) {
                return false; // what a statement says is the news: "issued a declaration demanding ..."
            }
            if (rel.startsWith("acl") || rel.equals("amod") || (rel.startsWith("compound") && cur == i)) {
                return true;
            }
            if ((rel.equals("dep") || rel.equals("ccomp")) && s.token(gov).isNoun() && hasThat(s, cur)) {
                // the content of a noun: "an admission by Moscow that Soviet troops killed ...", "reports that ..."
                return true;
            }
            if (rel.equals("advcl") && purpose(s, cur)) {
                return true;
            }
            if (rel.equals("xcomp") && purpose(s, cur) && !s.children(gov, "obj").isEmpty()
                    && !OBJECT_CONTROL.contains(s.token(gov).lemma().toLowerCase(java.util.Locale.ROOT))) {
                // "used tear gas to disperse", "summoned the ambassador to protest": the aim of the act, which the
                // parse hangs as a complement
                return true;
            }
            if (CLAUSAL.contains(rel)) {
                return false; // a complement or adverbial clause of a verb: judged by its own words
            }
            cur = gov;
        }
        return false;
    }

    /**
     * Whether {@code clause} is a participle clause on a noun of something said or written, saying what it says:
     * "a declaration demanding that ...", "a resolution calling for ...".
     */
    static boolean statementContent(Sentence s, int clause) {
        int noun = s.governor(clause);
        if (noun < 0 || !s.relation(clause).equals("acl") || !s.token(clause).pos().equals("VBG")
                || !STATEMENTS.contains(s.token(noun).lemma().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        // "vetoed a resolution condemning ...": what is said is the news only where the subject says it
        int verb = s.governor(noun);
        return !s.relation(noun).equals("obj") || verb < 0
                || AUTHORING.contains(s.token(verb).lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether the clause opens with "that" (a mark, or a dependent the parse left unlabelled). */
    private static boolean hasThat(Sentence s, int clause) {
        for (org.dyad.text.Dependency d : s.children(clause)) {
            if ((d.relation().equals("mark") || d.relation().equals("dep")) && d.dependent() < clause
                    && s.token(d.dependent()).lowerWord().equals("that")) {
                return true;
            }
        }
        return false;
    }

    private static boolean purpose(Sentence s, int clause) {
        for (int m : s.children(clause, "mark")) {
            if (PURPOSE_MARKS.contains(s.token(m).lowerWord())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the clause headed by {@code clause} reports or completes the verb {@code verb}, or says what the
     * statement that is the verb's object says.
     */
    static boolean complementOf(Sentence s, int clause, int verb) {
        int cur = clause;
        for (int guard = 0; guard < 3 && cur >= 0; guard++) {
            int gov = s.governor(cur);
            if (statementContent(s, cur) && gov >= 0 && s.governor(gov) == verb) {
                return true; // "issued a declaration demanding ...": what was issued says it
            }
            if (gov == verb) {
                return COMPLEMENTS.contains(s.relation(cur));
            }
            if (!s.relation(cur).equals("conj")) {
                return false;
            }
            cur = gov;
        }
        return false;
    }
}
