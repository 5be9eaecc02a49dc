package org.dyad.petrarch;

import java.util.ArrayList;
import java.util.List;
import org.dyad.text.Dependency;
import org.dyad.text.Sentence;

/**
 * Tokens of a verb's clause after it, in order: what its patterns' words after {@code *} are matched against
 * and where its target is looked for.
 *
 * @param verb   the verb whose clause it is
 * @param after  the last token of the verb's words (a phrasal verb's last word); the region starts after it
 * @param tokens the clause's token indexes after {@code after}, without removed comma clauses
 */
record Region(int verb, int after, List<Integer> tokens) {

    /**
     * The tokens after {@code after} that belong to the clause of verb {@code v}: its subtree, without
     * coordinated clauses; in PETRARCH2 syntax without adverbial clauses either, and for patterns ({@code own})
     * only the verb's own phrases, not its clausal complements.
     */
    static Region after(Sentence s, boolean[] deleted, int v, int after, boolean own, boolean petrarch2) {
        boolean[] in = new boolean[s.size()];
        mark(s, v, v, in, own, petrarch2);
        List<Integer> idx = new ArrayList<>();
        for (int i = after + 1; i < s.size(); i++) {
            if (in[i] && !deleted[i]) {
                idx.add(i);
            }
        }
        return new Region(v, after, idx);
    }

    private static void mark(Sentence s, int root, int i, boolean[] in, boolean own, boolean petrarch2) {
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
            mark(s, root, c, in, own, petrarch2);
        }
    }
}
