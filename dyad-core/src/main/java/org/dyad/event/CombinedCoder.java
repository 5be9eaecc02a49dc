package org.dyad.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dyad.text.ParsedDocument;

/**
 * Two coders in order of trust: every event of the first, and those events of the second whose trigger word
 * the first did not code (the second fills the first's gaps in vocabulary, never second-guesses it).
 * Immutable and thread-safe when both coders are.
 */
public final class CombinedCoder implements DocumentCoder {
    private final DocumentCoder first;
    private final DocumentCoder second;

    public CombinedCoder(DocumentCoder first, DocumentCoder second) {
        this.first = Objects.requireNonNull(first, "first");
        this.second = Objects.requireNonNull(second, "second");
    }

    @Override
    public List<Event> code(ParsedDocument doc) {
        List<Event> out = new ArrayList<>(first.code(doc));
        Set<String> triggers = new HashSet<>();
        for (Event e : out) {
            triggers.add(e.sentence() + ":" + e.evidence().triggerStart());
        }
        for (Event e : second.code(doc)) {
            if (!triggers.contains(e.sentence() + ":" + e.evidence().triggerStart())) {
                out.add(e);
            }
        }
        return out;
    }
}
