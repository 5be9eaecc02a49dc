package org.dyad.petrarch;

import java.util.ArrayList;
import java.util.List;
import org.dyad.text.Sentence;
import org.dyad.text.Token;

/**
 * PETRARCH's comma options: the comma-delimited clauses a sentence loses before coding ("Gondor, the old
 * kingdom, praised Arnor": the appositive between the commas). Stateless.
 */
final class CommaClauses {
    private CommaClauses() {
    }

    /**
     * The tokens of comma-delimited clauses PETRARCH removes before coding: the clause before the first
     * comma when its length in words is within [comma_bmin, comma_bmax], the one after the last comma
     * within [comma_emin, comma_emax], and each one between two commas within [comma_min, comma_max]. A
     * maximum of 0 turns that kind off.
     */
    static boolean[] removed(Sentence s, CodingOptions o) {
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
}
