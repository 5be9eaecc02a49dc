package org.dyad.petrarch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.event.DocumentCoder;
import org.dyad.event.Event;
import org.dyad.text.ParsedDocument;
import org.dyad.text.Sentence;
import org.dyad.dictionary.DiscardDictionary;

/**
 * Honours a discard dictionary for any coder, as PETRARCH does for its own: a sentence holding a
 * sentence-level phrase ("Premier League", "rugby") yields no event, and an article holding a story-level
 * one yields none at all. Immutable and thread-safe when the wrapped coder is.
 */
public final class DiscardFilter implements DocumentCoder {
    private final DocumentCoder coder;
    private final DiscardDictionary discards;

    public DiscardFilter(DocumentCoder coder, DiscardDictionary discards) {
        this.coder = Objects.requireNonNull(coder, "coder");
        this.discards = Objects.requireNonNull(discards, "discards");
    }

    @Override
    public List<Event> code(ParsedDocument doc) {
        Set<Integer> dropped = new HashSet<>();
        for (Sentence s : doc.sentences()) {
            Optional<DiscardDictionary.Hit> hit = discards.find(PetrarchCoder.words(s));
            if (hit.isPresent() && hit.get().entry().story()) {
                return List.of();
            }
            if (hit.isPresent()) {
                dropped.add(s.index());
            }
        }
        List<Event> out = new ArrayList<>();
        for (Event e : coder.code(doc)) {
            if (!dropped.contains(e.sentence())) {
                out.add(e);
            }
        }
        return out;
    }
}
