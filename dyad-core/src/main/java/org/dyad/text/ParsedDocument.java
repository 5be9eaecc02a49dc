package org.dyad.text;

import java.util.List;
import java.util.Objects;
import org.dyad.article.Article;

/** An article with its parsed sentences. Immutable. */
public record ParsedDocument(Article article, List<Sentence> sentences) {
    public ParsedDocument {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
    }
}
