package org.dyad.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.dyad.article.Article;
import org.dyad.text.ParsedDocument;
import org.dyad.text.SentenceParser;

/**
 * Parses and codes articles: the whole per-article pipeline, from text to event mentions. Thread-safe
 * when its parser is. {@link #codeAll} runs articles on a small thread pool and hands results back in
 * input order; an article that fails is reported to the error callback and the rest go on.
 */
public final class ArticleCoder {
    private final SentenceParser parser;
    private final CodingPipeline coder;

    public ArticleCoder(SentenceParser parser, CodingPipeline coder) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.coder = Objects.requireNonNull(coder, "coder");
    }

    /** The coding pipeline. */
    public CodingPipeline pipeline() {
        return coder;
    }

    /** The parser. */
    public SentenceParser parser() {
        return parser;
    }

    /** Parses and codes one article. */
    public CodedArticle code(Article article) {
        ParsedDocument doc = parser.parse(article);
        int tokens = doc.sentences().stream().mapToInt(s -> s.size()).sum();
        return new CodedArticle(article, doc.sentences().size(), tokens, coder.code(doc));
    }

    /** A failure to code one article. */
    public record Failure(Article article, Exception cause) {
        public String message() {
            String m = cause.getMessage();
            return cause.getClass().getSimpleName() + (m == null ? "" : ": " + m);
        }
    }

    /**
     * Codes every article with {@code threads} workers, calling {@code done} in input order and
     * {@code failed} for each article that could not be coded.
     */
    public void codeAll(Iterable<Article> articles, int threads, Consumer<CodedArticle> done, Consumer<Failure> failed) {
        if (threads <= 1) {
            for (Article a : articles) {
                try {
                    done.accept(code(a));
                } catch (RuntimeException | StackOverflowError e) {
                    failed.accept(new Failure(a, e instanceof Exception ex ? ex : new RuntimeException(e)));
                }
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dyad-coder");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Article> window = new ArrayList<>();
            List<Future<CodedArticle>> futures = new ArrayList<>();
            for (Article a : articles) {
                window.add(a);
                futures.add(pool.submit(() -> code(a)));
                if (futures.size() >= threads * 4) {
                    drain(window, futures, 1, done, failed);
                }
            }
            drain(window, futures, futures.size(), done, failed);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void drain(List<Article> window, List<Future<CodedArticle>> futures, int count,
                              Consumer<CodedArticle> done, Consumer<Failure> failed) {
        for (int i = 0; i < count && !futures.isEmpty(); i++) {
            Article a = window.remove(0);
            Future<CodedArticle> f = futures.remove(0);
            try {
                done.accept(f.get());
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                failed.accept(new Failure(a, c instanceof Exception ex ? ex : new RuntimeException(c)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed.accept(new Failure(a, e));
                return;
            }
        }
    }
}
