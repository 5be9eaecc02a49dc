package org.dyad.dictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.dictionary.PatternElement.Kind;

/**
 * Dyad's one-token-per-element notation for pattern elements, used in the {@code match} column of
 * {@code verbs.tsv}. Unlike PETRARCH's own syntax it says everything the model holds and nothing else, so
 * it reads back to the same elements:
 * <ul>
 *   <li>elements are separated by one space;</li>
 *   <li>{@code *} is the verb; {@code $} the source, {@code +} the target, {@code %} a compound actor,
 *       {@code ^} a skipped noun phrase, {@code &NAME} a synonym set, anything else a word;</li>
 *   <li>a leading {@code _} joins an element to the one before it (it must come right after it);</li>
 *   <li>a trailing {@code _} on a word makes it exact.</li>
 * </ul>
 * {@code $ _* _OUT_ &CURRENCY} is: source, then the verb right after it, then exactly "OUT" right after the
 * verb, then any member of {@code &CURRENCY}.
 */
final class PatternNotation {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    /** A pattern's elements split at the verb. */
    record Split(List<PatternElement> pre, List<PatternElement> post, boolean verbAdjacentBefore) {
    }

    private PatternNotation() {
    }

    static String write(List<PatternElement> elements) {
        StringBuilder b = new StringBuilder();
        for (PatternElement e : elements) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(token(e));
        }
        return b.toString();
    }

    static String write(VerbPattern p) {
        StringBuilder b = new StringBuilder(write(p.pre()));
        if (b.length() > 0) {
            b.append(' ');
        }
        b.append(p.verbAdjacentBefore() ? "_*" : "*");
        if (!p.post().isEmpty()) {
            b.append(' ').append(write(p.post()));
        }
        return b.toString();
    }

    private static String token(PatternElement e) {
        String t = switch (e.kind()) {
            case WORD -> e.word() + (e.exact() ? "_" : "");
            case SYNSET -> e.word();
            case SOURCE -> "$";
            case TARGET -> "+";
            case COMPOUND -> "%";
            case SKIP -> "^";
        };
        return e.adjacent() ? "_" + t : t;
    }

    /** Elements of a synonym-set alternative; throws IllegalArgumentException when one is malformed or is {@code *}. */
    static List<PatternElement> readElements(String text) {
        List<PatternElement> out = new ArrayList<>();
        for (String token : tokens(text)) {
            PatternElement e = element(token);
            if (e == null) {
                throw new IllegalArgumentException("verb marker * outside a pattern");
            }
            out.add(e);
        }
        return out;
    }

    /** A pattern's elements; exactly one of them must be the verb {@code *}. */
    static Split readPattern(String text) {
        List<PatternElement> pre = new ArrayList<>();
        List<PatternElement> post = new ArrayList<>();
        boolean verb = false;
        boolean adjacentBefore = false;
        for (String token : tokens(text)) {
            PatternElement e = element(token);
            if (e == null) {
                if (verb) {
                    throw new IllegalArgumentException("pattern with two verbs (*): '" + text + "'");
                }
                verb = true;
                adjacentBefore = token.startsWith("_");
            } else {
                (verb ? post : pre).add(e);
            }
        }
        if (!verb) {
            throw new IllegalArgumentException("pattern without the verb (*): '" + text + "'");
        }
        return new Split(pre, post, adjacentBefore);
    }

    private static List<String> tokens(String text) {
        String t = text.strip();
        return t.isEmpty() ? List.of() : List.of(SPACES.split(t));
    }

    /** The element a token stands for, or null for the verb. */
    private static PatternElement element(String token) {
        boolean adjacent = token.startsWith("_");
        String t = adjacent ? token.substring(1) : token;
        switch (t) {
            case "*":
                return null;
            case "$":
                return new PatternElement(Kind.SOURCE, "", false, adjacent);
            case "+":
                return new PatternElement(Kind.TARGET, "", false, adjacent);
            case "%":
                return new PatternElement(Kind.COMPOUND, "", false, adjacent);
            case "^":
                return new PatternElement(Kind.SKIP, "", false, adjacent);
            default:
                break;
        }
        if (t.startsWith("&")) {
            if (t.length() < 2 || t.endsWith("_")) {
                throw new IllegalArgumentException("bad synonym set '" + token + "'");
            }
            return new PatternElement(Kind.SYNSET, t.toUpperCase(Locale.ROOT), false, adjacent);
        }
        boolean exact = t.endsWith("_");
        String word = (exact ? t.substring(0, t.length() - 1) : t).toUpperCase(Locale.ROOT);
        if (word.isEmpty() || word.indexOf('_') >= 0 || word.startsWith("+") || Brackets.hasAny(word)) {
            throw new IllegalArgumentException("bad pattern element '" + token + "'");
        }
        return new PatternElement(Kind.WORD, word, exact, adjacent);
    }
}
