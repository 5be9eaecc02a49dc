package org.dyad.dictionary;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH issues dictionary: {@code <ISSUE CATEGORY="..." TYPE="...">} sections of
 * {@code phrase [CODE]} lines, where {@code n:} marks a noun and {@code +} joins words, and {@code ~phrase}
 * lines that exclude a phrase.
 */
public final class IssueReader {
    private static final Pattern SECTION = Pattern.compile("<ISSUE\\s+CATEGORY=\"([^\"]*)\"[^>]*>",
        Pattern.CASE_INSENSITIVE);

    private IssueReader() {
    }

    public static IssueDictionary read(Reader reader, String file, List<DictionaryProblem> problems) {
        List<IssueDictionary.Entry> entries = new ArrayList<>();
        String category = "";
        for (DictionaryText.Line l : DictionaryText.read(reader)) {
            String t = l.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            Matcher m = SECTION.matcher(t);
            if (m.matches()) {
                category = m.group(1);
                continue;
            }
            if (t.startsWith("</ISSUE") || t.startsWith("</issue")) {
                continue;
            }
            try {
                boolean exclusion = t.startsWith("~");
                String body = exclusion ? t.substring(1) : t;
                String code = "";
                int open = body.indexOf('[');
                if (open >= 0) {
                    int close = body.indexOf(']', open);
                    if (close < 0) {
                        throw new IllegalArgumentException("unclosed [ in '" + t + "'");
                    }
                    code = body.substring(open + 1, close).strip();
                    body = body.substring(0, open);
                } else if (!exclusion) {
                    throw new IllegalArgumentException("issue phrase without [code]: '" + t + "'");
                }
                String phrase = body.replace("n:", "").replace("N:", "").replace('+', ' ').strip();
                entries.add(new IssueDictionary.Entry(Phrase.parse(phrase), code, category, exclusion, file,
                    l.number()));
            } catch (IllegalArgumentException e) {
                problems.add(new DictionaryProblem(file, l.number(), e.getMessage()));
            }
        }
        return new IssueDictionary(entries);
    }
}
