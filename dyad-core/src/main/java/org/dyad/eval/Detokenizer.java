package org.dyad.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins the tokens of a CoNLL token file back into text for the coder, with the spacing of ordinary English
 * prose. Tokens are joined by one space except:
 * <ul>
 *   <li>no space before closing punctuation {@code , . ; : ! ? % ) ] } ” »} ("Kiev , Ukraine ." is "Kiev,
 *       Ukraine.") nor before a clitic ({@code 's n't 're 've 'll 'd 'm}, with {@code '}, {@code ’} or
 *       {@code ´});</li>
 *   <li>no space after opening punctuation and currency signs {@code ( [ { “ ‘ « $ € £} ("$ 80 million" is
 *       "$80 million");</li>
 *   <li>a hyphen or slash joins its neighbours ("US - backed" is "US-backed");</li>
 *   <li>a lone apostrophe joins both neighbours before a clitic's letters ("Israel ’ s" is "Israel’s", "don ' t"
 *       is "don't"), joins the word before it after a final s ("the Kurds ' role" is "the Kurds' role"), and
 *       is otherwise an opening quote;</li>
 *   <li>straight double quotes alternate between opening and closing;</li>
 *   <li>a full stop between two numbers joins them ("3 . 5" is "3.5");</li>
 *   <li>a lone non-ASCII letter joins the word before it, and the next token when that starts in lower case:
 *       tokenisers that split accented letters off give "Jos é Ortega", "Nicol á s", which are "José Ortega",
 *       "Nicolás";</li>
 *   <li>tokens made only of invisible formatting characters (U+202A and the like) are dropped.</li>
 * </ul>
 * The rules are spacing only: no token is changed, so the words the coder sees are the annotated words.
 */
public final class Detokenizer {
    private static final Pattern CLOSING = Pattern.compile("[,.;:!?%)\\]}”»]+|\\.\\.\\.");
    private static final Pattern OPENING = Pattern.compile("[(\\[{“‘«$€£]");
    private static final Pattern JOINER = Pattern.compile("[-/‐–]");
    private static final Pattern APOSTROPHE = Pattern.compile("['’´`]");
    private static final Pattern CLITIC = Pattern.compile("['’´](?i:s|t|re|ve|ll|d|m)|(?i:n['’´]t)");
    private static final Pattern CLITIC_LETTERS = Pattern.compile("(?i:s|t|re|ve|ll|d|m)");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private Detokenizer() {
    }

    /** The text of {@code tokens}, spaced as described above. */
    public static String join(List<String> tokens) {
        List<String> t = new ArrayList<>();
        for (String token : tokens) {
            if (!token.codePoints().allMatch(c -> Character.getType(c) == Character.FORMAT)) {
                t.add(token);
            }
        }
        StringBuilder b = new StringBuilder();
        boolean quoteOpen = false;
        boolean glueNext = false;
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i);
            String prev = i > 0 ? t.get(i - 1) : "";
            String next = i + 1 < t.size() ? t.get(i + 1) : "";
            boolean glueLeft = glueNext;
            glueNext = false;
            if (CLOSING.matcher(w).matches() || CLITIC.matcher(w).matches()) {
                glueLeft = true;
            }
            if (OPENING.matcher(w).matches()) {
                glueNext = true;
            } else if (JOINER.matcher(w).matches()) {
                glueLeft = true;
                glueNext = true;
            } else if (APOSTROPHE.matcher(w).matches()) {
                if (CLITIC_LETTERS.matcher(next).matches()) {
                    glueLeft = true;
                    glueNext = true;
                } else if (prev.endsWith("s") || prev.endsWith("S")) {
                    glueLeft = true;
                } else {
                    glueNext = true;
                }
            } else if (w.equals("\"")) {
                if (quoteOpen) {
                    glueLeft = true;
                } else {
                    glueNext = true;
                }
                quoteOpen = !quoteOpen;
            } else if (w.equals(".") && NUMBER.matcher(prev).matches() && NUMBER.matcher(next).matches()) {
                glueLeft = true;
                glueNext = true;
            } else if (loneForeignLetter(w) && endsWithLetter(prev)) {
                glueLeft = true;
                glueNext = startsWithLowerCase(next);
            }
            if (i > 0 && !glueLeft) {
                b.append(' ');
            }
            b.append(w);
        }
        return b.toString();
    }

    private static boolean loneForeignLetter(String w) {
        return w.codePointCount(0, w.length()) == 1 && w.codePointAt(0) > 127 && Character.isLetter(w.codePointAt(0));
    }

    private static boolean endsWithLetter(String w) {
        return !w.isEmpty() && Character.isLetter(w.codePointBefore(w.length()));
    }

    private static boolean startsWithLowerCase(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.codePointAt(0));
    }
}
