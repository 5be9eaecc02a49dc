package org.dyad.dictionary;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code discards.tsv}: one row per discard phrase, in dictionary order; {@code level} is {@code sentence}
 * (drop the sentence) or {@code story} (drop the article; {@code +} in PETRARCH's file).
 */
final class DiscardsTsv {
    static final String FILE = "discards.tsv";
    static final List<String> HEADER = List.of("phrase", "level", "source");

    private DiscardsTsv() {
    }

    static int write(DiscardDictionary d, Writer w) throws IOException {
        Tsv.Out out = new Tsv.Out(w, HEADER);
        for (DiscardDictionary.Entry e : d.entries()) {
            out.row(e.phrase().text(), e.story() ? "story" : "sentence", Tsv.Source.cell(e.file(), e.line()));
        }
        return out.rows();
    }

    static DiscardDictionary read(Reader reader, String file, List<DictionaryProblem> problems) {
        List<DiscardDictionary.Entry> entries = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(reader, file, HEADER, problems)) {
            try {
                Phrase phrase = Phrase.parse(r.get(0));
                boolean story = switch (r.get(1)) {
                    case "story" -> true;
                    case "sentence" -> false;
                    default -> throw new IllegalArgumentException("level is '" + r.get(1) + "', want sentence or story");
                };
                Tsv.Source s = Tsv.source(r.get(2), file, r.line());
                entries.add(new DiscardDictionary.Entry(phrase, story, s.file(), s.line()));
            } catch (IllegalArgumentException e) {
                problems.add(new DictionaryProblem(file, r.line(), e.getMessage()));
            }
        }
        return new DiscardDictionary(entries);
    }
}
