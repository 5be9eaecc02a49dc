package org.dyad.actor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.text.Sentence;

/**
 * The two states a sentence names, for "the two countries" or "both nations" when the article has named no parties
 * before: "The two countries agreed to restore relations, the Chinese and Indonesian foreign ministers said". Only a
 * sentence that names exactly two states (by name or nationality word, not by a capital or a place) has them.
 * Stateless.
 */
final class SentenceParties {
    /** Heads that, counted ("the two countries", "both nations"), mean two states. */
    static final Set<String> STATES = Set.of("country", "nation", "state");

    private SentenceParties() {
    }

    /** The two states the sentence names outside {@code phrase}, as entities, or empty. */
    static Optional<List<Entity>> of(Sentence s, SentenceLexicon lexicon, Collection<Integer> phrase) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            Optional<String> c = lexicon.country(i);
            Optional<CountryGazetteer.Kind> kind = lexicon.countryKind(i);
            if (c.isEmpty() || phrase.contains(i) || kind.isEmpty() || kind.get() == CountryGazetteer.Kind.CAPITAL
                    || codes.contains(c.get())) {
                continue;
            }
            codes.add(c.get());
        }
        if (codes.size() != 2) {
            return Optional.empty();
        }
        return Optional.of(codes.stream().map(c -> new Entity(c, c, List.of(), "", false, Basis.DISCOURSE)).toList());
    }
}
