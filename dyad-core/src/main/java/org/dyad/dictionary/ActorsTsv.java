package org.dyad.dictionary;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code actors.tsv}: one row per phrase and code of an actor, in dictionary order. Consecutive rows with
 * the same {@code actor} (its root phrase) and {@code source} are one actor; each of its phrases names it
 * with each of its codes. Dates are ISO days, both ends inclusive, empty for an open end.
 */
final class ActorsTsv {
    static final String FILE = "actors.tsv";
    static final List<String> HEADER = List.of("actor", "phrase", "code", "from", "to", "source");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9/+#\\-]+");

    private ActorsTsv() {
    }

    /** Writes {@code d}; an actor's repeated phrases and codes are written once, with a note. */
    static int write(ActorDictionary d, Writer w, List<DictionaryProblem> notes) throws IOException {
        Tsv.Out out = new Tsv.Out(w, HEADER);
        for (ActorEntry e : d.entries()) {
            Set<Phrase> phrases = new LinkedHashSet<>(e.phrases());
            Set<ActorCode> codes = new LinkedHashSet<>(e.codes());
            if (phrases.size() < e.phrases().size() || codes.size() < e.codes().size()) {
                notes.add(new DictionaryProblem(e.file(), e.line(), "actor " + e.root() + " lists "
                    + (phrases.size() < e.phrases().size() ? "a phrase" : "a code") + " twice; written once"));
            }
            String root = e.root().text();
            String source = Tsv.Source.cell(e.file(), e.line());
            for (Phrase p : phrases) {
                for (ActorCode c : codes) {
                    out.row(root, p.text(), c.code(), c.from().map(LocalDate::toString).orElse(""),
                        c.to().map(LocalDate::toString).orElse(""), source);
                }
            }
        }
        return out.rows();
    }

    /** {@code e} as this format keeps it: each phrase and code once. */
    static ActorEntry normalize(ActorEntry e) {
        return new ActorEntry(List.copyOf(new LinkedHashSet<>(e.phrases())), List.copyOf(new LinkedHashSet<>(e.codes())),
            e.file(), e.line());
    }

    static ActorDictionary read(Reader reader, String file, List<DictionaryProblem> problems) {
        List<ActorEntry> entries = new ArrayList<>();
        String actor = null;
        String sourceCell = null;
        Tsv.Source source = null;
        Set<Phrase> phrases = new LinkedHashSet<>();
        Set<ActorCode> codes = new LinkedHashSet<>();
        for (Tsv.Row r : Tsv.read(reader, file, HEADER, problems)) {
            try {
                Phrase root = Phrase.parse(r.get(0));
                Phrase phrase = Phrase.parse(r.get(1));
                ActorCode code = code(r);
                if (!r.get(0).equals(actor) || !r.get(5).equals(sourceCell)) {
                    Tsv.Source s = Tsv.source(r.get(5), file, r.line());
                    flush(entries, phrases, codes, source);
                    actor = r.get(0);
                    sourceCell = r.get(5);
                    source = s;
                    phrases.add(root);
                }
                phrases.add(phrase);
                codes.add(code);
            } catch (IllegalArgumentException e) {
                problems.add(new DictionaryProblem(file, r.line(), e.getMessage()));
            }
        }
        flush(entries, phrases, codes, source);
        return new ActorDictionary(entries);
    }

    private static ActorCode code(Tsv.Row r) {
        String code = r.get(2).strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("bad actor code '" + r.get(2) + "'");
        }
        return new ActorCode(code, date(r.get(3)), date(r.get(4)));
    }

    private static Optional<LocalDate> date(String cell) {
        if (cell.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(cell));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("bad date '" + cell + "' (want YYYY-MM-DD)");
        }
    }

    private static void flush(List<ActorEntry> entries, Set<Phrase> phrases, Set<ActorCode> codes, Tsv.Source source) {
        if (!phrases.isEmpty() && !codes.isEmpty()) {
            entries.add(new ActorEntry(List.copyOf(phrases), List.copyOf(codes), source.file(), source.line()));
        }
        phrases.clear();
        codes.clear();
    }
}
