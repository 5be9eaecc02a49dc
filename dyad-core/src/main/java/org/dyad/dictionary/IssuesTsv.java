package org.dyad.dictionary;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code issues.tsv}: one row per issue phrase, in dictionary order: the phrase, the issue code it tags an
 * event with, the issue's category, and {@code exclusion} ({@code true} for a phrase that blocks a tag; its
 * code may be empty).
 */
final class IssuesTsv {
    static final String FILE = "issues.tsv";
    static final List<String> HEADER = List.of("phrase", "code", "category", "exclusion", "source");

    private IssuesTsv() {
    }

    static int write(IssueDictionary d, Writer w) throws IOException {
        Tsv.Out out = new Tsv.Out(w, HEADER);
        for (IssueDictionary.Entry e : d.entries()) {
            out.row(e.phrase().text(), e.code(), e.category(), Boolean.toString(e.exclusion()),
                Tsv.Source.cell(e.file(), e.line()));
        }
        return out.rows();
    }

    static IssueDictionary read(Reader reader, String file, List<DictionaryProblem> problems) {
        List<IssueDictionary.Entry> entries = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(reader, file, HEADER, problems)) {
            try {
                Phrase phrase = Phrase.parse(r.get(0));
                boolean exclusion = switch (r.get(3)) {
                    case "true" -> true;
                    case "false" -> false;
                    default -> throw new IllegalArgumentException("exclusion is '" + r.get(3) + "', want true or false");
                };
                if (!exclusion && r.get(1).isBlank()) {
                    throw new IllegalArgumentException("issue phrase without a code");
                }
                Tsv.Source s = Tsv.source(r.get(4), file, r.line());
                entries.add(new IssueDictionary.Entry(phrase, r.get(1), r.get(2), exclusion, s.file(), s.line()));
            } catch (IllegalArgumentException e) {
                problems.add(new DictionaryProblem(file, r.line(), e.getMessage()));
            }
        }
        return new IssueDictionary(entries);
    }
}
