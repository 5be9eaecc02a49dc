package org.dyad.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a CoNLL span file: one {@code token tag} line per token, a blank line between sentences, tags
 * {@code B-S}/{@code I-S} (the event's source), {@code B-T}/{@code I-T} (its target) and {@code O}, as
 * ConfliBERT's {@code cameo_ner} data writes them. Other roles ({@code B-R}/{@code I-R}, undocumented there)
 * are read but ignored; {@code -DOCSTART-} lines are skipped. An {@code I-} tag that does not continue a span
 * of its role starts one. Each sentence becomes a {@link GoldRecord} with id {@code sentence-N} (1-based), its
 * tokens joined by {@link Detokenizer}, its source and target spans, and the half of its normalised text
 * ({@link Half#ofText}: the file has no ids).
 *
 * <p>A line that cannot be read (no tag, a tag that is neither {@code O} nor {@code B-X}/{@code I-X}) is a
 * problem naming {@code file:line}; its first field is kept as an untagged token, so the sentence is still
 * coded as written.
 */
final class ConllSpanReader {
    private final String name;
    private final Consumer<String> problems;
    private final List<GoldRecord> records = new ArrayList<>();
    private final List<String> tokens = new ArrayList<>();
    private final List<GoldRecord.ActorSpan> spans = new ArrayList<>();
    private List<String> openWords = new ArrayList<>();
    private String openRole = "";
    private int firstLine;

    private ConllSpanReader(String name, Consumer<String> problems) {
        this.name = name;
        this.problems = problems;
    }

    /** The sentences of {@code in}, named {@code name} in problems. */
    static List<GoldRecord> read(BufferedReader in, String name, Consumer<String> problems) throws IOException {
        ConllSpanReader r = new ConllSpanReader(name, problems);
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            r.line(line, n);
        }
        r.endSentence();
        return List.copyOf(r.records);
    }

    private void line(String line, int n) {
        String t = line.strip();
        if (t.isEmpty()) {
            endSentence();
            return;
        }
        if (t.startsWith("-DOCSTART-")) {
            return;
        }
        if (tokens.isEmpty()) {
            firstLine = n;
        }
        int cut = Math.max(t.lastIndexOf(' '), t.lastIndexOf('\t'));
        if (cut <= 0) {
            problems.accept(name + ":" + n + ": expected 'token tag'");
            token(t, "O");
            return;
        }
        String tag = t.substring(cut + 1);
        String word = t.substring(0, cut).strip();
        if (!tag.equals("O") && !tag.matches("[BI]-\\w+")) {
            problems.accept(name + ":" + n + ": tag must be O, B-X or I-X, not '" + tag + "'");
            tag = "O";
        }
        token(word, tag);
    }

    private void token(String word, String tag) {
        tokens.add(word);
        if (tag.equals("O")) {
            closeSpan();
            return;
        }
        String role = tag.substring(2);
        if (!(tag.startsWith("I-") && role.equals(openRole))) {
            closeSpan();
            openRole = role;
        }
        openWords.add(word);
    }

    private void closeSpan() {
        if (!openWords.isEmpty()) {
            switch (openRole) {
                case "S" -> spans.add(new GoldRecord.ActorSpan(GoldRecord.Role.SOURCE, openWords));
                case "T" -> spans.add(new GoldRecord.ActorSpan(GoldRecord.Role.TARGET, openWords));
                default -> { } // R and other roles: read, not scored
            }
        }
        openWords = new ArrayList<>();
        openRole = "";
    }

    private void endSentence() {
        closeSpan();
        if (tokens.isEmpty()) {
            return;
        }
        String text = Detokenizer.join(tokens);
        records.add(new GoldRecord("sentence-" + (records.size() + 1), Optional.empty(), text, List.of(), false,
            Optional.empty(), spans, Half.ofText(text), firstLine));
        tokens.clear();
        spans.clear();
    }
}
