package org.dyad;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.dyad.article.Article;
import org.dyad.dictionary.Dictionaries;
import org.dyad.event.Event;
import org.dyad.nlp.CoreNlpParser;
import org.dyad.nlp.NlpOptions;
import org.dyad.petrarch.CodingOptions;
import org.dyad.pipeline.ArticleCoder;
import org.dyad.pipeline.CodedArticle;
import org.dyad.pipeline.CodingPipeline;
import org.dyad.pipeline.Limits;
import org.dyad.text.ParsedDocument;
import org.dyad.text.SentenceParser;

/**
 * Dyad as a library: news text in, political events out (CAMEO, Goldstein, QuadClass, PLOVER), each with the
 * sentence that proves it.
 *
 * <pre>{@code
 * Dyad dyad = Dyad.builder().build();                  // CoreNLP "fast" profile, the default coder
 * for (Event e : dyad.code("Iran and Azerbaijan signed a defence protocol on Monday.",
 *                          LocalDate.of(2022, 1, 26))) {
 *     System.out.println(e.source().code() + " " + e.cameo().code() + " " + e.target().map(Actor::code));
 * }
 * }</pre>
 *
 * One {@code Dyad} is an NLP parser and a {@link CodingPipeline}; the command line, the web server, the
 * evaluations and the Spark job are all built on it, so they code alike. CoreNLP's models load once per
 * process and options, on first use, and are shared by every {@code Dyad} built with the same NLP profile.
 * By default only the sentences whose dependency parse could change the events are parsed
 * ({@link Builder#triage}, {@link CodingPipeline#needsParse}): the same events for a fraction of the parsing.
 * Immutable and thread-safe: one instance serves a whole process.
 */
public final class Dyad {
    /** Which coder proposes events; every coder gets the same stages after it ({@link CodingPipeline}). */
    public enum Coder {
        /** Dyad's trigger lexicon and actor resolution, with PETRARCH's verb patterns for the verbs it lacks. */
        COMBINED,
        /** Dyad's trigger lexicon alone. */
        LEXICON,
        /** PETRARCH-style verb patterns with the dictionaries given (Dyad's defaults, built from PETRARCH2's). */
        PETRARCH;

        /** The coder named {@code combined}, {@code dyad} (the lexicon) or {@code petrarch}. */
        public static Coder named(String name) {
            return switch (name) {
                case "combined" -> COMBINED;
                case "dyad", "lexicon" -> LEXICON;
                case "petrarch" -> PETRARCH;
                default -> throw new IllegalArgumentException("unknown coder '" + name + "'; choose combined, dyad or petrarch");
            };
        }
    }

    private final SentenceParser parser;
    private final CodingPipeline pipeline;
    private final ArticleCoder coder;
    private final int threads;
    private final boolean triage;

    private Dyad(SentenceParser parser, CodingPipeline pipeline, int threads, Limits limits, boolean triage) {
        this.parser = parser.withMaxSentenceTokens(limits.maxSentenceTokens());
        this.triage = triage;
        this.coder = new ArticleCoder(parserFor(pipeline, this.parser, triage), pipeline).withLimits(limits);
        this.pipeline = pipeline;
        this.threads = threads;
    }

    private static SentenceParser parserFor(CodingPipeline pipeline, SentenceParser parser, boolean triage) {
        return triage ? parser.withTriage(pipeline::needsParse) : parser;
    }

    /** A builder with the defaults: the {@code fast} NLP profile, the combined coder, one thread per core. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The events of one article text published on {@code date}; {@code null} for an undated text, whose events
     * are dated only where the text itself dates them (never with the day of the run).
     */
    public List<Event> code(String text, LocalDate date) {
        return code(new Article(Article.idOf(text), text, Optional.ofNullable(date), "", "", "", "")).events();
    }

    /** The events of one article, with its sentence and token counts. */
    public CodedArticle code(Article article) {
        return coder.code(article);
    }

    /**
     * As {@link #code(Article)}, within the article time budget of {@link #limits()}.
     *
     * @throws ArticleCoder.OverBudgetException when the article is not coded in time
     * @throws ArticleCoder.TooLongException    when the article is over the character limit
     */
    public CodedArticle codeWithin(Article article) {
        return coder.codeWithin(article);
    }

    /**
     * Codes every article on {@link #threads()} workers, calling {@code done} in input order and {@code failed}
     * for each article that could not be coded; a failure never stops the others.
     */
    public void codeAll(Iterable<Article> articles, Consumer<CodedArticle> done, Consumer<ArticleCoder.Failure> failed) {
        coder.codeAll(articles, threads, done, failed);
    }

    /** Every draft the pipeline proposed for the article, kept or dropped, with why ({@link CodingPipeline#explain}). */
    public List<String> explain(Article article) {
        return pipeline.explain(coder.parser().parse(article));
    }

    /**
     * The full parse of an article, every sentence parsed (for tools that show it: {@code dyad parse}, the
     * validation suites).
     */
    public ParsedDocument parse(Article article) {
        return parser.parse(article);
    }

    /** The parser that parses every sentence. */
    public SentenceParser parser() {
        return parser;
    }

    /**
     * The parser to code with {@code pipeline}: with the triage on, it parses only the sentences whose parse could
     * change that pipeline's events ({@link CodingPipeline#needsParse}); else {@link #parser()}.
     */
    public SentenceParser parserFor(CodingPipeline pipeline) {
        return parserFor(pipeline, parser, triage);
    }

    /** The parser this Dyad codes with: {@link #parserFor} its own pipeline. */
    public SentenceParser codingParser() {
        return coder.parser();
    }

    /** Whether only the sentences whose parse could change the events are parsed ({@link Builder#triage}). */
    public boolean triage() {
        return triage;
    }

    public CodingPipeline pipeline() {
        return pipeline;
    }

    /** Articles coded in parallel by {@link #codeAll}. */
    public int threads() {
        return threads;
    }

    /** The limits articles are coded within (characters, sentence length, time, evidence). */
    public Limits limits() {
        return coder.limits();
    }

    /** Settings for a {@link Dyad}. Not thread-safe; {@link #build()} may be called more than once. */
    public static final class Builder {
        private NlpOptions nlp = NlpOptions.defaults();
        private SentenceParser parser;
        private Coder coder = Coder.COMBINED;
        private Dictionaries dictionaries;
        private CodingOptions options;
        private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        private Limits limits = Limits.DEFAULTS;
        private boolean triage = true;

        private Builder() {
        }

        /** The limits to code within (default {@link Limits#DEFAULTS}). */
        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** The CoreNLP profile: {@code fast} (3-class NER, the default) or {@code accurate} (three CRF NER models). */
        public Builder nlp(String profile) {
            this.nlp = NlpOptions.profile(profile);
            return this;
        }

        public Builder nlp(NlpOptions options) {
            this.nlp = Objects.requireNonNull(options, "options");
            return this;
        }

        /** Another parser instead of CoreNLP (a CoNLL-U reader, hand-made parses in tests). */
        public Builder parser(SentenceParser parser) {
            this.parser = Objects.requireNonNull(parser, "parser");
            return this;
        }

        public Builder coder(Coder coder) {
            this.coder = Objects.requireNonNull(coder, "coder");
            return this;
        }

        /**
         * PETRARCH dictionaries for the {@link Coder#PETRARCH} coder (say {@code Dictionaries.defaults()} with a
         * user's laid over it); the default is Dyad's defaults.
         */
        public Builder dictionaries(Dictionaries dictionaries) {
            this.dictionaries = Objects.requireNonNull(dictionaries, "dictionaries");
            return this;
        }

        /** PETRARCH's coding options ({@code PETR_config.ini}'s [Options]) for the {@link Coder#PETRARCH} coder. */
        public Builder options(CodingOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * Whether to parse only the sentences whose dependency parse could change the events (the default): a
         * sentence with no possible actor or no possible trigger, that names no person, country or dictionary actor
         * and gives no date for a parsed sentence after it, keeps its words, tags and named entities but is not
         * parsed ({@link CodingPipeline#needsParse}). The events are the same either way; off parses every sentence.
         */
        public Builder triage(boolean on) {
            this.triage = on;
            return this;
        }

        /** Articles coded in parallel by {@link Dyad#codeAll}; at least 1. */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
            this.threads = threads;
            return this;
        }

        /**
         * The configured Dyad. Loads CoreNLP's models unless this process has them loaded already.
         *
         * @throws IllegalStateException when dictionaries or options are given for a coder other than PETRARCH
         */
        public Dyad build() {
            if (coder != Coder.PETRARCH && (dictionaries != null || options != null)) {
                throw new IllegalStateException("dictionaries and coding options are for the petrarch coder");
            }
            CodingPipeline pipeline = switch (coder) {
                case COMBINED -> CodingPipeline.defaults();
                case LEXICON -> CodingPipeline.lexiconOnly();
                case PETRARCH -> CodingPipeline.petrarchOnly(dictionaries != null ? dictionaries : Dictionaries.defaults(),
                        options != null ? options : CodingOptions.defaults());
            };
            return new Dyad(parser != null ? parser : CoreNlpParser.shared(nlp), pipeline, threads, limits, triage);
        }
    }
}
