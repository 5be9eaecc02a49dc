package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.dyad.article.Article;
import org.dyad.text.Dependency;
import org.dyad.text.ParsedDocument;
import org.dyad.text.Sentence;
import org.dyad.text.SentenceParser;
import org.dyad.text.Token;

/**
 * The one place Dyad touches CoreNLP: runs the pipeline on an article and converts its annotations
 * once into Dyad's immutable sentence model (0-based token indexes, half-open character spans into
 * the article text, basic Universal Dependencies).
 *
 * <p>It runs in two steps: tokenize and split sentences, then split any sentence longer than
 * {@link NlpOptions#maxSentenceTokens()} tokens ({@link LongSentences}, with a warning naming the article and the
 * sentence), then tag, lemmatise, NER and parse. So a 5,000-token "sentence" costs what 20 ordinary ones cost, not
 * minutes, and every piece is parsed.
 *
 * <p>Building an instance loads the models (a few seconds, ~450 MB heap): build one per process and
 * share it. {@link #parse} is thread-safe.
 */
public final class CoreNlpParser implements SentenceParser {
    private final StanfordCoreNLP split;
    private final StanfordCoreNLP pipeline;
    private final NlpOptions options;

    private static final java.util.Map<NlpOptions, CoreNlpParser> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The process's parser for these options, loaded on first use: CoreNLP's models take seconds and hundreds of
     * megabytes to load, so every {@link org.dyad.Dyad} of one process with the same options shares one parser
     * (it is thread-safe).
     */
    public static CoreNlpParser shared(NlpOptions options) {
        return SHARED.computeIfAbsent(Objects.requireNonNull(options, "options"), CoreNlpParser::new);
    }

    public CoreNlpParser(NlpOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.split = new StanfordCoreNLP(splitProperties());
        this.pipeline = new StanfordCoreNLP(properties(options), false);
    }

    private CoreNlpParser(CoreNlpParser shared, NlpOptions options) {
        this.options = options;
        this.split = shared.split;
        this.pipeline = shared.pipeline;
    }

    /** This parser (its models shared, not reloaded) splitting sentences longer than {@code maxTokens}. */
    @Override
    public CoreNlpParser withMaxSentenceTokens(int maxTokens) {
        if (maxTokens == options.maxSentenceTokens()) {
            return this;
        }
        return new CoreNlpParser(this, new NlpOptions(options.nerModel(), options.threads(), maxTokens));
    }

    private static Properties splitProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        p.setProperty("tokenize.language", "en");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        return p;
    }

    /** The second step's annotators, run over tokens and sentences the first step made (and the splitting cut). */
    static Properties properties(NlpOptions options) {
        Properties p = new Properties();
        p.setProperty("annotators", "pos,lemma,ner,depparse");
        p.setProperty("tokenize.language", "en");
        p.setProperty("ner.model", options.nerModel());
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("depparse.maxLength", Integer.toString(NlpOptions.MAX_SENTENCE_TOKENS));
        p.setProperty("threads", Integer.toString(options.threads()));
        return p;
    }

    public NlpOptions options() { return options; }

    @Override
    public ParsedDocument parse(Article article) {
        Annotation annotation = new Annotation(article.text());
        split.annotate(annotation);
        List<String> warnings = LongSentences.split(annotation, options.maxSentenceTokens(), article.id());
        pipeline.annotate(annotation);
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<Sentence> out = new ArrayList<>(sentences == null ? 0 : sentences.size());
        if (sentences != null) {
            for (CoreMap s : sentences) {
                out.add(convert(out.size(), s, article.text()));
            }
        }
        return new ParsedDocument(article, out, warnings);
    }

    private static Sentence convert(int index, CoreMap s, String text) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            tokens.add(new Token(i, l.word(), l.lemma(), l.tag(), l.ner(), l.beginPosition(), l.endPosition()));
        }
        List<Dependency> deps = new ArrayList<>();
        SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph != null) {
            for (IndexedWord root : graph.getRoots()) {
                deps.add(new Dependency(Dependency.ROOT, root.index() - 1, "root"));
            }
            for (SemanticGraphEdge e : graph.edgeIterable()) {
                deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
                        e.getRelation().toString()));
            }
        }
        int start = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return new Sentence(index, start, end, text.substring(start, end), tokens, deps);
    }
}
