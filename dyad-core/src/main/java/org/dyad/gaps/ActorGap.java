package org.dyad.gaps;

import java.util.List;
import java.util.Objects;

/**
 * A name the coder met in a sentence that no actor dictionary entry covers. Immutable.
 *
 * @param name    the name as the article gives it in full ("Raphael Tuju"; "Tuju" later in the article, when
 *                the article named him in full before)
 * @param kind    what names it: {@link Kind#PERSON} or {@link Kind#ORGANIZATION} by the named-entity
 *                tagger, {@link Kind#NAME} for a proper noun heading a subject or object the tagger left untagged
 * @param words   the words of the dictionary phrase that would name it
 * @param code    the code its cues imply ({@code KENGOV}), or a code holding {@link
 *                org.dyad.dictionary.DictionaryLines#PLACEHOLDER} where they imply none or only sectors
 *                ({@code ???GOV})
 * @param cues    the words in the sentence that place it: nationality and country words, titles and
 *                offices ("Kenyan", "Foreign Minister", "of Kenya"), in text order
 * @param example the sentence
 */
public record ActorGap(String name, Kind kind, List<String> words, String code, List<String> cues, Example example) {
    /** What tells that the words are a name. */
    public enum Kind { PERSON, ORGANIZATION, NAME }

    public ActorGap {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        words = List.copyOf(words);
        Objects.requireNonNull(code, "code");
        cues = List.copyOf(cues);
        Objects.requireNonNull(example, "example");
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a name needs words");
        }
    }

    /** Whether the code still needs the user: it holds the placeholder. */
    public boolean placeholder() {
        return code.contains(org.dyad.dictionary.DictionaryLines.PLACEHOLDER);
    }
}
