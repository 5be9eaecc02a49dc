package org.dyad.dictionary;

/**
 * A PETRARCH2 event transformation ({@code ~ a (a b ATTACK) SAY = a b 015}): when an event of the inner
 * shape is the object of the outer verb, it is recoded as the result.
 *
 * @param pattern the left side, as written
 * @param result  the right side, as written
 * @param line    1-based line
 */
public record Transformation(String pattern, String result, int line) {
}
