package org.dyad.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.dyad.article.Article;
import org.dyad.io.ArticleReader;
import org.dyad.io.ReadError;

/** Reads the command line's inputs, reporting each unreadable one by name on stderr. */
final class Inputs {
    record Result(List<Article> articles, List<ReadError> errors) {}

    private Inputs() {}

    static Result read(List<String> paths, PrintWriter err) {
        List<Article> articles = new ArrayList<>();
        List<ReadError> errors = new ArrayList<>();
        new ArticleReader().read(paths, articles::add, e -> {
            errors.add(e);
            err.println("dyad: " + e.input() + ": " + e.message());
            err.flush();
        });
        return new Result(articles, errors);
    }
}
