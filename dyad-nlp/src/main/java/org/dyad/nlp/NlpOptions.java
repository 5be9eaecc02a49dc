package org.dyad.nlp;

/**
 * Typed settings for the CoreNLP pipeline. Immutable.
 *
 * @param nerModel         classpath of the CRF NER model; the 3-class model is ~25x faster than
 *                         CoreNLP's default three-model NER with fine-grained and SUTime passes
 * @param threads          threads CoreNLP may use inside one annotate call
 * @param maxSentenceTokens sentences longer than this are split at clause punctuation (then cut) before they are
 *                          tagged and parsed; 10 to {@value #MAX_SENTENCE_TOKENS}
 */
public record NlpOptions(String nerModel, int threads, int maxSentenceTokens) {
    public static final String NER_3CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    /** The largest sentence limit: past it the tagger and parser cost more than any news sentence is worth. */
    public static final int MAX_SENTENCE_TOKENS = 1000;
    /** The default sentence limit (as {@code org.dyad.pipeline.Limits.DEFAULTS}). */
    public static final int DEFAULT_SENTENCE_TOKENS = 250;

    public NlpOptions {
        if (nerModel == null || nerModel.isBlank()) {
            throw new IllegalArgumentException("nerModel must be set");
        }
        if (threads < 1 || maxSentenceTokens < 10 || maxSentenceTokens > MAX_SENTENCE_TOKENS) {
            throw new IllegalArgumentException("threads >= 1 and a sentence limit of 10 to " + MAX_SENTENCE_TOKENS
                    + " tokens required, not " + maxSentenceTokens);
        }
    }

    /** CoreNLP's three CRF NER models together (3-, 7- and 4-class), still without SUTime. */
    public static final String NER_ALL = NER_3CLASS
            + ",edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz"
            + ",edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    /** The default profile ("fast"): tokenize, ssplit, pos, lemma, 3-class NER without SUTime, UD depparse. */
    public static NlpOptions defaults() {
        return new NlpOptions(NER_3CLASS, 1, DEFAULT_SENTENCE_TOKENS);
    }

    /** A named profile: {@code fast} (the default) or {@code accurate} (all three CRF NER models). */
    public static NlpOptions profile(String name) {
        return switch (name) {
            case "fast" -> defaults();
            case "accurate" -> new NlpOptions(NER_ALL, 1, DEFAULT_SENTENCE_TOKENS);
            default -> throw new IllegalArgumentException("unknown NLP profile '" + name + "'; choose fast or accurate");
        };
    }
}
