package org.dyad.text;

import java.util.List;
import java.util.Objects;
import org.dyad.article.Article;

/**
 * An article with its parsed sentences, and what the parser had to say about it (a sentence too long to parse
 * whole, split). Immutable.
 */
public record ParsedDocument(Article article, List<Sentence> sentences, List<String> warnings) {
    public ParsedDocument {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        warnings = List.copyOf(warnings);
    }

    /** A document the parser had nothing to say about. */
    public ParsedDocument(Article article, List<Sentence> sentences) {
        this(article, sentences, List.of());
    }
}
