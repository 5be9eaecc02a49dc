package org.dyad.pipeline;

/**
 * What a stage of the {@link CodingPipeline} reads from a document and adds to it. A pipeline is valid when
 * every layer a stage reads was added by a stage before it ({@link CodingPipeline#CodingPipeline}).
 */
public enum Layer {
    /** Sentences with tokens, POS tags, lemmas, named entities and the dependency parse. */
    PARSE,
    /** Per sentence: countries, agents and dictionary actors by token, and each noun phrase resolved to an actor. */
    ACTORS,
    /** Event drafts: trigger token, source, target, CAMEO code and the rule that proposed each. */
    DRAFTS,
    /** Drafts of discarded sentences or stories (sport, markets) dropped. */
    DISCARDS,
    /** Negated, hypothetical and historical drafts flagged; announced intents and refusals recoded. */
    MODALITY,
    /** Each draft's date and its precision, from the text or the article's date. */
    DATES,
    /** One reading per clause: drafts of the coders reconciled, reports and appeals refined by what they report. */
    ARBITRATED,
    /** Each draft's place, with coordinates where the gazetteer knows it. */
    PLACES,
    /** The drafts that become events. */
    SELECTED
}
