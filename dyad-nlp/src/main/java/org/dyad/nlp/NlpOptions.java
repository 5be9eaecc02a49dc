package org.dyad.nlp;

/**
 * Typed settings for the CoreNLP pipeline. Immutable.
 *
 * @param nerModel         classpath of the CRF NER model; the 3-class model is ~25x faster than
 *                         CoreNLP's default three-model NER with fine-grained and SUTime passes
 * @param threads          threads CoreNLP may use inside one annotate call
 * @param maxSentenceTokens sentences longer than this are not dependency-parsed (their tokens are kept)
 */
public record NlpOptions(String nerModel, int threads, int maxSentenceTokens) {
    public static final String NER_3CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    public NlpOptions {
        if (nerModel == null || nerModel.isBlank()) {
            throw new IllegalArgumentException("nerModel must be set");
        }
        if (threads < 1 || maxSentenceTokens < 10) {
            throw new IllegalArgumentException("threads >= 1 and maxSentenceTokens >= 10 required");
        }
    }

    /** The default profile: tokenize, ssplit, pos, lemma, 3-class NER without SUTime, UD depparse. */
    public static NlpOptions defaults() {
        return new NlpOptions(NER_3CLASS, 1, 150);
    }
}
