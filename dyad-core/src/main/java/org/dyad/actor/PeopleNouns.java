package org.dyad.actor;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.dictionary.TsvResource;

/**
 * CAMEO's catch-all for individuals and groups no list places, CVL, unplaced ({@link Basis#PEOPLE}). Nouns of people
 * ("truckers", "households", "negotiators": CoreNLP's animate unigrams less its inanimate ones,
 * org/dyad/actor/animate-nouns.tsv, built by tools/import-animate-nouns.py) that no dictionary knows stand only as a
 * target; a named person or organisation no list places (a PERSON or ORGANIZATION name with no entry, title or
 * nationality) as a target or a doer. Immutable.
 */
public final class PeopleNouns {
    /** The key of the catch-all entity. */
    static final String KEY = "CVL*";
    private static final Set<String> WORDS = TsvResource.read(PeopleNouns.class, "animate-nouns.tsv", 1).stream()
            .map(r -> r[0]).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Entity ENTITY = new Entity(KEY, "", List.of("CVL"), "", false, Basis.PEOPLE);

    private PeopleNouns() {
    }

    /** Whether the mention is of people no list names, coded CVL by their being people alone. */
    public static boolean isCatchAll(Mention m) {
        return m.entity().map(e -> e.basis() == Basis.PEOPLE).orElse(false);
    }

    /**
     * A person or an organisation no list places ("Ali Karimi", "IMA": a name with no title, nationality or
     * dictionary entry) as the catch-all: CVL, unplaced, keeping the name; other mentions as they are.
     */
    public static Mention asCatchAll(Mention m) {
        Optional<Entity> e = m.entity();
        if (m.kind() != Mention.Kind.ENTITY || e.isEmpty() || e.get().name().isEmpty() || e.get().codable()) {
            return m;
        }
        Entity p = e.get();
        Entity catchAll = new Entity(p.key(), "", List.of("CVL"), p.name(), p.person(), Basis.PEOPLE);
        return Mention.of(catchAll, m.head(), m.text(), Basis.PEOPLE);
    }

    /** Whether the lower-case word is a noun of people. */
    static boolean contains(String lowerWord) {
        return WORDS.contains(lowerWord);
    }

    /** The catch-all entity: CVL, no country. */
    static Entity entity() {
        return ENTITY;
    }
}
