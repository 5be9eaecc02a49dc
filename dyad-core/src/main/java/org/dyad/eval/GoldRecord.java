package org.dyad.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A record of a gold set: a text and what a careful coder extracted from it (the format of
 * ../shared/dev/README.md and DESIGN.md's "Gold JSONL"), or, for a PentaClass file, the class of its main
 * event, or, for a CoNLL span file, the words annotated as the event's source and target. Immutable.
 *
 * @param id        record id (for files without ids: {@code line-N} or {@code sentence-N})
 * @param date      the text's date, when given
 * @param text      the text
 * @param events    gold events
 * @param noevents  the text must yield no event
 * @param pentaClass the class of the main event (0 statement/appeal, 1 verbal cooperation, 2 material
 *                   cooperation, 3 verbal conflict, 4 material conflict), for PentaClass files
 * @param spans     annotated source and target spans, for CoNLL span files
 * @param half      the record's half ({@link Half}: from its id, or from its text when the file has no ids)
 * @param line      1-based line in the file (of the sentence's first token in a CoNLL file)
 */
public record GoldRecord(String id, Optional<LocalDate> date, String text, List<GoldEvent> events, boolean noevents,
                         Optional<Integer> pentaClass, List<ActorSpan> spans, Half half, int line) {
    public GoldRecord {
        events = List.copyOf(events);
        spans = List.copyOf(spans);
        Objects.requireNonNull(half, "half");
    }

    /**
     * A gold event.
     *
     * @param cameo      CAMEO code, when given
     * @param plover     acceptable PLOVER types (the file's {@code A|B})
     * @param sources    acceptable source countries (three letters; "" for none)
     * @param targets    acceptable target countries
     * @param reciprocal the actors did it to each other: either direction counts
     */
    public record GoldEvent(Optional<String> cameo, List<String> plover, List<String> sources, List<String> targets,
                            boolean reciprocal) {
        public GoldEvent {
            plover = List.copyOf(plover);
            sources = List.copyOf(sources);
            targets = List.copyOf(targets);
        }
    }

    /** The part an annotated span plays in the sentence's event. */
    public enum Role { SOURCE, TARGET }

    /**
     * The words of one annotated actor span (a CoNLL {@code B-S I-S ...} or {@code B-T I-T ...} run).
     *
     * @param role  source or target
     * @param words the span's tokens, as the file gives them
     */
    public record ActorSpan(Role role, List<String> words) {
        public ActorSpan {
            Objects.requireNonNull(role, "role");
            words = List.copyOf(words);
            if (words.isEmpty()) {
                throw new IllegalArgumentException("empty span");
            }
        }
    }

    /** The spans of one role. */
    public List<ActorSpan> spans(Role role) {
        return spans.stream().filter(s -> s.role() == role).toList();
    }
}
