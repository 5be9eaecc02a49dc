package org.dyad.pipeline;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a stage could do with the dependency parse of one sentence, judged from the words, lemmas, parts of speech
 * and named entities of the article's sentences alone ({@link Stage#parseNeeds}); the answer must hold whatever the
 * parse of any sentence. {@link CodingPipeline#needsParse} parses a sentence when a stage says {@link #ALWAYS}; when
 * it may yield an event ({@link #EVENTS}, or one stage says {@link #ACTOR} and one {@link #TRIGGER}) unless a stage
 * drops its events ({@link #DROPPED}); or when it may change what later sentences read ({@link #LATER}, or it may
 * yield dropped events, whose coding can) and a sentence after it is parsed. Any other sentence yields no event and
 * changes nothing a parsed sentence reads, so its parse changes no event.
 */
public enum ParseNeed {
    /** The sentence may name an actor a trigger could take (a person, a country, an agent word, "he", "the sides"). */
    ACTOR,
    /** The sentence may hold a trigger (a word the trigger lexicon knows). */
    TRIGGER,
    /** The sentence may change what the sentences after it read: the people and groups named, the date carried on. */
    LATER,
    /** The sentence may yield an event by itself, with no actor word of its own ("talks resumed") or another coder's. */
    EVENTS,
    /**
     * Every event the sentence yields is dropped whatever its parse (a discard phrase): what the trigger stages do
     * there matters only as it changes what later sentences read.
     */
    DROPPED,
    /** The stage may need the parse whatever else the sentence and the article hold. */
    ALWAYS;

    /** Nothing: the stage works on drafts alone, or the sentence gives it nothing. */
    public static Set<ParseNeed> none() {
        return EnumSet.noneOf(ParseNeed.class);
    }

    /** {@link #ALWAYS}. */
    public static Set<ParseNeed> always() {
        return EnumSet.of(ALWAYS);
    }
}
