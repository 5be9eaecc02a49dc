package org.dyad.place;

import java.util.Set;

/**
 * The countries a text has already named, which make a place in them the likelier reading of an ambiguous
 * name ("Tripoli" in a sentence about the Lebanese army). Codes as Dyad's actors spell them. Immutable.
 *
 * @param sentence countries named in the place's own sentence (names, nationality words, capitals, actors)
 * @param article  countries named anywhere in the article
 */
public record CountryContext(Set<String> sentence, Set<String> article) {
    private static final CountryContext NONE = new CountryContext(Set.of(), Set.of());

    public CountryContext {
        sentence = Set.copyOf(sentence);
        article = Set.copyOf(article);
    }

    /** No context: ambiguous names go to the most prominent place. */
    public static CountryContext none() {
        return NONE;
    }

    /** Countries named in the sentence (and so in the article). */
    public static CountryContext sentence(String... codes) {
        return new CountryContext(Set.of(codes), Set.of(codes));
    }
}
