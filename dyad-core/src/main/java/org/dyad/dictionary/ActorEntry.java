package org.dyad.dictionary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An actor of an actor dictionary: its phrases (the first is its root), and its codes, some of them
 * restricted to periods.
 *
 * @param phrases the root phrase and its synonyms
 * @param codes   the codes
 * @param file    where it was read
 * @param line    1-based line of the root phrase
 */
public record ActorEntry(List<Phrase> phrases, List<ActorCode> codes, String file, int line) {
    public ActorEntry {
        phrases = List.copyOf(phrases);
        codes = List.copyOf(codes);
    }

    public Phrase root() {
        return phrases.get(0);
    }

    /**
     * The codes that apply on {@code date}: the first dated code in force that day (earlier lines override
     * later ones where periods overlap), else the undated ones. A {@code /} code gives several. Without a date
     * (an undated article) only the undated codes apply: which of an actor's dated roles is meant is unknown.
     */
    public List<String> codesOn(java.util.Optional<LocalDate> date) {
        List<String> out = new ArrayList<>();
        for (ActorCode c : codes) {
            if (c.dated() && date.isPresent() && c.appliesOn(date.get())) {
                out.addAll(c.codes());
                break;
            }
        }
        if (out.isEmpty()) {
            for (ActorCode c : codes) {
                if (!c.dated()) {
                    out.addAll(c.codes());
                }
            }
        }
        return out;
    }
}
