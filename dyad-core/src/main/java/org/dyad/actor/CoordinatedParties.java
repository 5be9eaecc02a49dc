package org.dyad.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.text.Sentence;

/**
 * "The Indian and French navies" is the Indian navy and the French navy: the parties of a phrase whose nationality
 * words are joined by "and". Stateless.
 */
final class CoordinatedParties {
    private CoordinatedParties() {
    }

    /**
     * Given the mention of {@code head} (the first nationality's), one more mention for each further nationality
     * word joined to it, the same kind of actor in that country; empty when the phrase has one nationality or its
     * mention was not placed by it.
     */
    static List<Mention> of(Sentence sentence, SentenceLexicon lexicon, int head, Optional<Mention> first) {
        if (first.isEmpty() || first.get().entity().isEmpty()) {
            return List.of();
        }
        Entity e = first.get().entity().get();
        if (e.person() || e.country().isEmpty()) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        for (int a : sentence.children(head, "amod")) {
            if (!lexicon.country(a).map(e.country()::equals).orElse(false)) {
                continue;
            }
            for (int c : sentence.children(a, "conj")) {
                Optional<String> other = lexicon.country(c);
                if (other.isEmpty() || other.get().equals(e.country())
                        || out.stream().anyMatch(m -> m.entity().get().country().equals(other.get()))) {
                    continue;
                }
                Entity o = new Entity(other.get() + String.join("", e.sectors()), other.get(), e.sectors(), "",
                        false, e.basis());
                out.add(Mention.of(o, head, first.get().text(), first.get().basis()));
            }
        }
        return out;
    }
}
