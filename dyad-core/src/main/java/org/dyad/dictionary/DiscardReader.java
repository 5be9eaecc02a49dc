package org.dyad.dictionary;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** Reads a PETRARCH discard dictionary: one phrase a line, {@code +} before story-level ones. */
public final class DiscardReader {
    private DiscardReader() {
    }

    public static DiscardDictionary read(Reader reader, String file, List<DictionaryProblem> problems) {
        List<DiscardDictionary.Entry> entries = new ArrayList<>();
        for (DictionaryText.Line l : DictionaryText.read(reader)) {
            String t = l.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            boolean story = t.startsWith("+");
            String phrase = story ? t.substring(1).strip() : t;
            int semi = phrase.indexOf(';');
            if (semi >= 0) {
                phrase = phrase.substring(0, semi).strip();
            }
            if (phrase.isEmpty() || phrase.contains("[") || phrase.contains("]")) {
                problems.add(new DictionaryProblem(file, l.number(), "not a discard phrase: '" + t + "'"));
                continue;
            }
            try {
                entries.add(new DiscardDictionary.Entry(Phrase.parse(phrase), story, file, l.number()));
            } catch (IllegalArgumentException e) { // "__": underscores and no word (found by fuzzing)
                problems.add(new DictionaryProblem(file, l.number(), e.getMessage()));
            }
        }
        return new DiscardDictionary(entries);
    }
}
