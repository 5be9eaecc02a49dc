package org.dyad.text;

import org.dyad.article.Article;

/**
 * Turns an article into parsed sentences. Implementations (CoreNLP, a CoNLL-U reader) must be
 * thread-safe: one instance serves the whole process.
 */
public interface SentenceParser {
    ParsedDocument parse(Article article);
}
