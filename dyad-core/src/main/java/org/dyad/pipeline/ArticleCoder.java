package org.dyad.pipeline;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.dyad.article.Article;
import org.dyad.event.Event;
import org.dyad.text.ParsedDocument;
import org.dyad.text.SentenceParser;

/**
 * Parses and codes articles: the whole per-article pipeline, from text to event mentions, within {@link Limits}:
 * an article over the character limit is refused before parsing, sentences over the token limit are split by the
 * parser, evidence is cut to a window around the trigger, and {@link #codeAll} gives each article a time budget.
 * Thread-safe when its parser is. {@link #codeAll} runs articles on a small pool of workers and hands results back
 * in input order; an article that fails or runs out of time is reported to the error callback and the rest go on.
 */
public final class ArticleCoder {
    private final SentenceParser parser;
    private final CodingPipeline coder;
    private final Limits limits;

    public ArticleCoder(SentenceParser parser, CodingPipeline coder) {
        this(parser, coder, Limits.DEFAULTS);
    }

    /** The coding pipeline. */
    public CodingPipeline pipeline() {
        return coder;
    }

    /** The parser. */
    public SentenceParser parser() {
        return parser;
    }

    private ArticleCoder(SentenceParser parser, CodingPipeline coder, Limits limits) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.coder = Objects.requireNonNull(coder, "coder");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** This pipeline within other limits (the parser and coder are shared, not rebuilt). */
    public ArticleCoder withLimits(Limits l) {
        return new ArticleCoder(parser.withMaxSentenceTokens(l.maxSentenceTokens()), coder, l);
    }

    public Limits limits() {
        return limits;
    }

    /** An article longer than the character limit: refused before it is parsed. */
    public static final class TooLongException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        TooLongException(int chars, int max) {
            super(String.format(Locale.ROOT, "%,d characters, more than the limit of %,d", chars, max));
        }
    }

    /** An article not coded within the time budget: its worker was abandoned. */
    public static final class OverBudgetException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OverBudgetException(java.time.Duration budget) {
            super("not coded within the time budget of " + budget.toSeconds() + " s; abandoned");
        }
    }

    /** Parses and codes one article (no time budget: {@link #codeAll} and {@link #codeWithin} give one). */
    public CodedArticle code(Article article) {
        if (article.text().length() > limits.maxChars()) {
            throw new TooLongException(article.text().length(), limits.maxChars());
        }
        ParsedDocument doc = parser.parse(article);
        int tokens = doc.sentences().stream().mapToInt(s -> s.size()).sum();
        List<Event> events = coder.code(doc).stream()
                .map(e -> EvidenceWindow.cap(e, limits.evidenceChars()))
                .toList();
        return new CodedArticle(article, doc.sentences().size(), tokens, events, doc.warnings());
    }

    /**
     * Codes one article on a worker within the time budget; throws {@link OverBudgetException} when it ran out
     * (the worker is abandoned, see {@link CodingWorkers}).
     */
    public CodedArticle codeWithin(Article article) {
        CodedArticle[] result = new CodedArticle[1];
        Failure[] failure = new Failure[1];
        codeAll(List.of(article), 1, c -> result[0] = c, f -> failure[0] = f);
        if (failure[0] != null) {
            Exception cause = failure[0].cause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        }
        return result[0];
    }

    /** A failure to code one article. */
    public record Failure(Article article, Exception cause) {
        public String message() {
            if (cause instanceof TooLongException || cause instanceof OverBudgetException) {
                return cause.getMessage();
            }
            String m = cause.getMessage();
            return cause.getClass().getSimpleName() + (m == null ? "" : ": " + m);
        }
    }

    /**
     * Codes every article with {@code threads} workers, calling {@code done} in input order and {@code failed} for
     * each article that could not be coded, or not within the time budget.
     */
    public void codeAll(Iterable<Article> articles, int threads, Consumer<CodedArticle> done, Consumer<Failure> failed) {
        try (CodingWorkers workers = new CodingWorkers(Math.max(1, threads), this::code, limits.timeBudget())) {
            workers.run(articles, done, failed);
        }
    }
}
