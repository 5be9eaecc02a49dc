package org.dyad.dictionary;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a PETRARCH actor dictionary. An entry is a phrase line ({@code GONDOR [GON]} or just
 * {@code GOLLUM}), then synonym lines ({@code +MINAS_TIRITH}), then indented code lines
 * ({@code [HOBGOV 19950601 - 19990815]}) when the codes were not on the phrase line. Phrase lines that
 * follow each other before any code are read as synonyms of one actor. Bad lines are recorded and skipped.
 */
public final class ActorReader {
    private ActorReader() {
    }

    public static ActorDictionary read(Reader reader, String file, List<DictionaryProblem> problems) {
        List<ActorEntry> entries = new ArrayList<>();
        List<Phrase> phrases = new ArrayList<>();
        List<ActorCode> codes = new ArrayList<>();
        int start = 0;
        boolean codeLines = false;
        for (DictionaryText.Line l : DictionaryText.read(reader)) {
            String raw = l.text();
            String t = raw.strip();
            if (t.isEmpty()) {
                continue;
            }
            try {
                if (t.startsWith("+")) {
                    if (phrases.isEmpty()) {
                        throw new IllegalArgumentException("synonym before any actor: '" + t + "'");
                    }
                    if (codeLines) {
                        throw new IllegalArgumentException("synonym after the codes of its actor: '" + t + "'");
                    }
                    Split s = split(t.substring(1));
                    phrases.add(Phrase.parse(s.phrase));
                    codes.addAll(s.codes);
                } else if (t.startsWith("[")) {
                    if (phrases.isEmpty()) {
                        throw new IllegalArgumentException("code before any actor: '" + t + "'");
                    }
                    Split s = split(t);
                    if (!s.phrase.isBlank()) {
                        throw new IllegalArgumentException("text after a code: '" + t + "'");
                    }
                    codes.addAll(s.codes);
                    codeLines = true;
                } else {
                    Split s = split(t);
                    if (!phrases.isEmpty() && codes.isEmpty() && !codeLines) {
                        // consecutive phrase lines before the codes name one actor (Phoenix writes some
                        // synonyms without their '+')
                        if (!s.phrase.isBlank()) {
                            phrases.add(Phrase.parse(s.phrase));
                        }
                        codes.addAll(s.codes);
                        continue;
                    }
                    flush(entries, phrases, codes, file, start, problems);
                    if (s.phrase.isBlank()) {
                        throw new IllegalArgumentException("actor without a phrase: '" + t + "'");
                    }
                    phrases.add(Phrase.parse(s.phrase));
                    codes.addAll(s.codes);
                    start = l.number();
                    codeLines = false;
                }
            } catch (IllegalArgumentException e) {
                problems.add(new DictionaryProblem(file, l.number(), e.getMessage()));
            }
        }
        flush(entries, phrases, codes, file, start, problems);
        return new ActorDictionary(entries);
    }

    private static void flush(List<ActorEntry> entries, List<Phrase> phrases, List<ActorCode> codes, String file,
                              int line, List<DictionaryProblem> problems) {
        if (!phrases.isEmpty()) {
            if (codes.isEmpty()) {
                problems.add(new DictionaryProblem(file, line, "actor " + phrases.get(0) + " has no code"));
            } else {
                entries.add(new ActorEntry(phrases, codes, file, line));
            }
        }
        phrases.clear();
        codes.clear();
    }

    private record Split(String phrase, List<ActorCode> codes) {
    }

    /** Splits "PHRASE [CODE] [CODE 950601-990815]" into the phrase and its codes. */
    private static Split split(String t) {
        StringBuilder phrase = new StringBuilder();
        List<ActorCode> codes = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c == '[') {
                int close = t.indexOf(']', i);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed [ in '" + t + "'");
                }
                codes.add(ActorCode.parse(t.substring(i + 1, close)));
                i = close + 1;
            } else if (c == ']') {
                throw new IllegalArgumentException("unmatched ] in '" + t + "'");
            } else {
                if (codes.isEmpty()) {
                    phrase.append(c);
                } else if (!Character.isWhitespace(c)) {
                    throw new IllegalArgumentException("text after a code: '" + t + "'");
                }
                i++;
            }
        }
        return new Split(phrase.toString().strip(), codes);
    }
}
