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
}
