package org.dyad.text;

import java.util.List;

/**
 * Which sentences of an article need the dependency parse, judged from the sentences tagged (words, lemmas, parts of
 * speech, named entities; no dependencies). A coder's triage ({@code CodingPipeline::needsParse}) accepts every
 * sentence whose parse could change its events. Implementations are thread-safe.
 */
@FunctionalInterface
public interface ParseTriage {
    /** One flag per sentence, in order: true where the sentence needs the parse. */
    boolean[] needsParse(List<Sentence> tagged);
}
