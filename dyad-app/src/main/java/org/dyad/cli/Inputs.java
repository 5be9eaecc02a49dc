package org.dyad.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.dyad.article.Article;
import org.dyad.io.ArticleReader;
import org.dyad.io.ReadError;

/**
 * Reads the command line's inputs, reporting each unreadable one by name on stderr ({@code dyad: INPUT: reason})
 * and each doubt about one that was read ({@code dyad: warning: INPUT: reason}); only the errors count against the
 * exit code.
 */
final class Inputs {
    record Result(List<Article> articles, List<ReadError> errors) {}

    private Inputs() {}

    static Result read(List<String> paths, int maxChars, PrintWriter err) {
        List<Article> articles = new ArrayList<>();
        List<ReadError> errors = new ArrayList<>();
        new ArticleReader().withMaxChars(maxChars).read(paths, articles::add, e -> {
            errors.add(e);
            err.println("dyad: " + e.input() + ": " + e.message());
            err.flush();
        }, w -> {
            err.println("dyad: warning: " + w.input() + ": " + w.message());
            err.flush();
        });
        return new Result(articles, errors);
    }
}
