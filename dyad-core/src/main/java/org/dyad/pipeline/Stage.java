package org.dyad.pipeline;

import java.util.Set;

/**
 * One named step of the {@link CodingPipeline}. A document is coded sentence by sentence: every stage's
 * {@link #startDocument} in order, then for each sentence in text order every stage's {@link #codeSentence}
 * in order, then every stage's {@link #finishDocument}. So a stage sees the sentence as the stages before it
 * left it, and the sentences before it as every stage left them (the discourse "he" and "the sides" refer to).
 * Implementations hold no per-document state outside the work objects they are given and are thread-safe.
 */
public interface Stage {
    /** The stage's name in descriptions and errors ("actors", "triggers.lexicon"). */
    String name();

    /** The layers this stage needs. */
    Set<Layer> reads();

    /** The layers this stage adds. */
    Set<Layer> adds();

    /** Before the first sentence: document-wide facts (a story discard, the countries the article names). */
    default void startDocument(DocumentWork doc) {
    }

    /** One sentence, after the stages before this one have coded it. */
    default void codeSentence(SentenceWork sentence) {
    }

    /** After the last sentence. */
    default void finishDocument(DocumentWork doc) {
    }

    /**
     * What this stage could do with the dependency parse of sentence {@code index} of {@code article}, the article's
     * sentences with their words, lemmas, parts of speech and named entities but no dependencies ({@link ParseNeed});
     * the answer must hold whatever the parse of any sentence. The default, {@link ParseNeed#ALWAYS}, suits a stage
     * that does not say: it is given every parse.
     */
    default java.util.Set<ParseNeed> parseNeeds(java.util.List<org.dyad.text.Sentence> article, int index) {
        return ParseNeed.always();
    }

    /**
     * Whether this stage drops every event of an article whatever the parse of its sentences (a story discard),
     * judged from the sentences tagged as for {@link #parseNeeds}. The default: no.
     */
    default boolean dropsArticle(java.util.List<org.dyad.text.Sentence> tagged) {
        return false;
    }
}
