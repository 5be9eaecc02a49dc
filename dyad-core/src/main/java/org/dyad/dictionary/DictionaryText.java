package org.dyad.dictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a PETRARCH dictionary with comments removed: {@code #} to the end of the line (outside
 * brackets, so {@code [###]} stays a code) and {@code <!-- ... -->}, which may span lines. Blank lines are
 * kept as empty strings, since some formats use them to end a block; lines that held only a comment are
 * dropped.
 */
public final class DictionaryText {
    /** A line and its 1-based number. */
    public record Line(int number, String text) {
    }

    private DictionaryText() {
    }

    public static List<Line> read(Reader reader) {
        List<Line> lines = new ArrayList<>();
        boolean inXmlComment = false;
        try (BufferedReader r = new BufferedReader(reader)) {
            String raw;
            int n = 0;
            while ((raw = r.readLine()) != null) {
                n++;
                if (n == 1 && !raw.isEmpty() && raw.charAt(0) == '\uFEFF') {
                    raw = raw.substring(1);
                }
                StringBuilder out = new StringBuilder();
                int i = 0;
                int depth = 0;
                while (i < raw.length()) {
                    if (inXmlComment) {
                        int end = raw.indexOf("-->", i);
                        if (end < 0) {
                            i = raw.length();
                        } else {
                            inXmlComment = false;
                            i = end + 3;
                        }
                        continue;
                    }
                    if (raw.startsWith("<!--", i)) {
                        inXmlComment = true;
                        i += 4;
                        continue;
                    }
                    char c = raw.charAt(i);
                    if (c == '[') {
                        depth++;
                    } else if (c == ']') {
                        depth = Math.max(0, depth - 1);
                    } else if (c == '#' && depth == 0 && (i == 0 || Character.isWhitespace(raw.charAt(i - 1))
                        || raw.charAt(i - 1) == ']')) {
                        break;
                    }
                    out.append(c);
                    i++;
                }
                String text = stripRight(out.toString());
                if (text.isBlank() && !raw.isBlank()) {
                    continue; // a comment line is not a blank line: it does not end a block
                }
                lines.add(new Line(n, text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static String stripRight(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }
}
