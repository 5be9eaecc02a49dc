package org.dyad.dictionary;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Whether the groups of a PETRARCH pattern close: {@code {...}} a noun phrase, {@code (...)} a prepositional phrase,
 * {@code [...]} a code. A pattern with a group left open or closed twice is reported and skipped, never half-read.
 * Stateless.
 */
final class Brackets {
    private static final String OPEN = "{([";
    private static final String CLOSE = "})]";

    private Brackets() { }

    /** Why the brackets of {@code text} do not balance, or empty when they do. */
    static Optional<String> unbalanced(String text) {
        Deque<Character> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPEN.indexOf(c) >= 0) {
                open.push(c);
            } else if (CLOSE.indexOf(c) >= 0) {
                char expected = OPEN.charAt(CLOSE.indexOf(c));
                if (open.isEmpty()) {
                    return Optional.of("'" + c + "' without its '" + expected + "'");
                }
                if (open.peek() != expected) {
                    return Optional.of("'" + open.peek() + "' closed by '" + c + "'");
                }
                open.pop();
            }
        }
        return open.isEmpty() ? Optional.empty() : Optional.of("unclosed '" + open.peek() + "'");
    }

    /** Whether {@code word} holds any bracket (a word of Dyad's notation never does). */
    static boolean hasAny(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (OPEN.indexOf(word.charAt(i)) >= 0 || CLOSE.indexOf(word.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
