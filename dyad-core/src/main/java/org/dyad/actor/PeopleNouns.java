package org.dyad.actor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * CAMEO's catch-all for individuals and groups no list places, CVL, unplaced ({@link Basis#PEOPLE}). Nouns of people
 * ("truckers", "households", "negotiators": CoreNLP's animate unigrams less its inanimate ones,
 * org/dyad/actor/animate-nouns.txt, built by tools/import-animate-nouns.py) that no dictionary knows stand only as a
 * target; a named person or organisation no list places (a PERSON or ORGANIZATION name with no entry, title or
 * nationality) as a target or a doer. Immutable.
 */
public final class PeopleNouns {
    /** The key of the catch-all entity. */
    static final String KEY = "CVL*";
    private static final Set<String> WORDS = read("animate-nouns.txt");
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
        return Mention.of(new Entity(p.key(), "", List.of("CVL"), p.name(), p.person(), Basis.PEOPLE), m.head(), m.text(),
                Basis.PEOPLE);
    }

    /** Whether the lower-case word is a noun of people. */
    static boolean contains(String lowerWord) {
        return WORDS.contains(lowerWord);
    }

    /** The catch-all entity: CVL, no country. */
    static Entity entity() {
        return ENTITY;
    }

    private static Set<String> read(String resource) {
        try (InputStream in = PeopleNouns.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " beside " + PeopleNouns.class);
            }
            Set<String> out = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
            return Set.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
