package org.dyad.text;

import org.dyad.article.Article;

/**
 * Turns an article into parsed sentences. Implementations (CoreNLP, a CoNLL-U reader) must be
 * thread-safe: one instance serves the whole process.
 */
public interface SentenceParser {
    ParsedDocument parse(Article article);

    /**
     * This parser splitting sentences of more than {@code maxTokens} tokens before tagging and parsing them; a parser
     * that needs no such limit (a CoNLL-U reader, a test's hand-built parses) returns itself.
     */
    default SentenceParser withMaxSentenceTokens(int maxTokens) {
        return this;
    }

    /**
     * This parser giving the dependency parse only to the sentences {@code triage} accepts; the others keep their
     * words, lemmas, tags and named entities, without dependencies. {@code null} parses every sentence. A parser that
     * cannot leave a sentence unparsed (a CoNLL-U reader, a test's hand-built parses) returns itself.
     */
    default SentenceParser withTriage(ParseTriage triage) {
        return this;
    }
}
