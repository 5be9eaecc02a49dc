package org.dyad.dictionary;

/**
 * How a dictionary problem quotes the line it is about: at most {@value #MAX} characters of it, so that a 1 MB line
 * (a file that is not a dictionary at all) gives a message a person can read. Stateless.
 */
final class DictionaryQuote {
    /** The most characters of a line a message quotes. */
    static final int MAX = 120;

    private DictionaryQuote() { }

    /** {@code text} in single quotes, cut to {@value #MAX} characters (saying how long it was) when longer. */
    static String of(String text) {
        return "'" + clip(text) + "'";
    }

    /** {@code text} cut to {@value #MAX} characters, with its length when cut. */
    static String clip(String text) {
        return text.length() <= MAX ? text
                : text.substring(0, MAX) + "... (" + String.format(java.util.Locale.ROOT, "%,d", text.length())
                        + " characters)";
    }

    /**
     * A reason with every quoted stretch longer than {@value #MAX} characters cut; the last resort for messages
     * that quote a line themselves. A reason is never longer than a few quotes' worth.
     */
    static String shorten(String reason) {
        if (reason.length() <= 2 * MAX) {
            return reason;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < reason.length()) {
            int open = reason.indexOf('\'', i);
            int close = open < 0 ? -1 : reason.indexOf('\'', open + 1);
            if (close < 0) {
                out.append(reason, i, reason.length());
                break;
            }
            out.append(reason, i, open + 1).append(clip(reason.substring(open + 1, close))).append('\'');
            i = close + 1;
        }
        String s = out.toString();
        return s.length() <= 4 * MAX ? s : s.substring(0, 4 * MAX) + "...";
    }
}
