package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.VectorClassifier;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.atomic.LongAdder;
import org.dyad.article.Article;
import org.dyad.text.Dependency;
import org.dyad.text.ParseTriage;
import org.dyad.text.ParsedDocument;
import org.dyad.text.Sentence;
import org.dyad.text.SentenceParser;
import org.dyad.text.Token;

/**
 * The one place Dyad touches CoreNLP: runs the pipeline on an article and converts its annotations
 * once into Dyad's immutable sentence model (0-based token indexes, half-open character spans into
 * the article text, basic Universal Dependencies).
 *
 * <p>It runs in steps: tokenize and split sentences, then split any sentence longer than
 * {@link NlpOptions#maxSentenceTokens()} tokens ({@link LongSentences}, with a warning naming the article and the
 * sentence), then tag, lemmatise and NER, then the dependency parse. So a 5,000-token "sentence" costs what 20
 * ordinary ones cost, not minutes, and every piece is parsed. The parse is CoreNLP's neural dependency parser run
 * directly, keeping only the basic dependencies Dyad reads (the {@code depparse} annotator also builds the
 * collapsed, CC-processed, enhanced and enhanced++ graphs, a tenth of the work); its cache of hidden-layer products
 * is larger than CoreNLP's default ({@link #DEPPARSE_CACHE}), which changes no parse, and its transitions are scored
 * by {@link VectorClassifier}: CoreNLP's scores bit for bit, about three times faster.
 *
 * <p>With a triage ({@link #withTriage}) only the sentences it accepts are parsed; the others keep their words,
 * lemmas, tags and named entities, without dependencies. Dyad's coder gives a triage that accepts every sentence
 * whose parse could change its events ({@code CodingPipeline.needsParse}): the dependency parse is most of the cost
 * of coding, and a sentence with no possible actor or no possible trigger needs none.
 *
 * <p>Building an instance loads the models (a few seconds, ~450 MB heap): build one per process and
 * share it. {@link #parse} is thread-safe.
 */
public final class CoreNlpParser implements SentenceParser {
    /**
     * Entries of the dependency parser's cache of hidden-layer products for the features it has not precomputed
     * (CoreNLP's default: 5,000). A hit returns the very product a miss computes, so the size changes speed and
     * memory (4 KB an entry), never a parse. {@code -Ddyad.depparse.cache=N} sets another size.
     */
    public static final int DEPPARSE_CACHE = Integer.getInteger("dyad.depparse.cache", 20_000);

    /**
     * Whether the dependency parser scores transitions with {@link VectorClassifier} (the same scores, bit for bit,
     * computed several times faster); {@code -Ddyad.depparse.vector=false} keeps CoreNLP's own scoring.
     */
    static final boolean VECTOR_SCORES = !"false".equals(System.getProperty("dyad.depparse.vector"));

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(CoreNlpParser.class.getName());

    private final StanfordCoreNLP split;
    private final StanfordCoreNLP pipeline;
    private final DependencyParser depparse;
    private final NlpOptions options;
    private final ParseTriage triage;
    private final LongAdder parsed;
    private final LongAdder tagged;

    private static final java.util.Map<NlpOptions, CoreNlpParser> SHARED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<Integer, DependencyParser> DEPPARSERS = new java.util.concurrent.ConcurrentHashMap<>();

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
        this.depparse = DEPPARSERS.computeIfAbsent(DEPPARSE_CACHE, CoreNlpParser::loadDependencyParser);
        this.triage = null;
        this.parsed = new LongAdder();
        this.tagged = new LongAdder();
    }

    private CoreNlpParser(CoreNlpParser shared, NlpOptions options, ParseTriage triage) {
        this.options = options;
        this.split = shared.split;
        this.pipeline = shared.pipeline;
        this.depparse = shared.depparse;
        this.triage = triage;
        this.parsed = new LongAdder();
        this.tagged = new LongAdder();
    }

    private static DependencyParser loadDependencyParser(int cache) {
        Properties p = new Properties();
        p.setProperty("numCached", Integer.toString(cache));
        DependencyParser parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, p);
        if (VECTOR_SCORES && !VectorClassifier.install(parser)) {
            LOG.warning("CoreNLP's dependency parser is not laid out as in 4.5.10: it keeps its own scoring");
        }
        return parser;
    }

    /** This parser (its models shared, not reloaded) splitting sentences longer than {@code maxTokens}. */
    @Override
    public CoreNlpParser withMaxSentenceTokens(int maxTokens) {
        if (maxTokens == options.maxSentenceTokens()) {
            return this;
        }
        return new CoreNlpParser(this, new NlpOptions(options.nerModel(), options.threads(), maxTokens), triage);
    }

    /**
     * This parser (its models shared) giving the dependency parse only to the sentences {@code triage} accepts, given
     * the article's sentences with their words, lemmas, tags and named entities; the others are left without
     * dependencies. {@code null} parses every sentence.
     */
    @Override
    public CoreNlpParser withTriage(ParseTriage triage) {
        return new CoreNlpParser(this, options, triage);
    }

    /** Sentences given the dependency parse by this instance so far. */
    public long sentencesParsed() {
        return parsed.sum();
    }

    /** Sentences this instance left unparsed (its triage found they need no parse) so far. */
    public long sentencesLeftUnparsed() {
        return tagged.sum();
    }

    private static Properties splitProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        p.setProperty("tokenize.language", "en");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        return p;
    }

    /** The tagging step's annotators, run over tokens and sentences the first step made (and the splitting cut). */
    static Properties properties(NlpOptions options) {
        Properties p = new Properties();
        p.setProperty("annotators", "pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        p.setProperty("ner.model", options.nerModel());
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.buildEntityMentions", "false");
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
        if (sentences == null) {
            sentences = List.of();
        }
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (CoreMap s : sentences) {
            out.add(convert(out.size(), s, article.text(), tokens(s), List.of()));
        }
        boolean[] parse = triage(List.copyOf(out));
        for (int i = 0; i < out.size(); i++) {
            if (parse[i]) {
                parsed.increment();
                Sentence unparsed = out.get(i);
                out.set(i, new Sentence(i, unparsed.start(), unparsed.end(), unparsed.text(), unparsed.tokens(),
                        ParseRepairs.apply(unparsed.tokens(), dependencies(sentences.get(i)))));
            } else {
                tagged.increment();
            }
        }
        return new ParsedDocument(article, out, warnings);
    }

    /** Which sentences to parse: the triage's choice, or all of them. */
    private boolean[] triage(List<Sentence> unparsed) {
        if (triage == null) {
            boolean[] all = new boolean[unparsed.size()];
            java.util.Arrays.fill(all, true);
            return all;
        }
        boolean[] parse = triage.needsParse(unparsed);
        if (parse.length != unparsed.size()) {
            throw new IllegalStateException("the triage answered for " + parse.length + " of " + unparsed.size()
                    + " sentences");
        }
        return parse;
    }

    private static List<Token> tokens(CoreMap s) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            tokens.add(new Token(i, l.word(), l.lemma(), l.tag(), l.ner(), l.beginPosition(), l.endPosition()));
        }
        return tokens;
    }

    /** The basic Universal Dependencies of a tagged sentence, as the {@code depparse} annotator makes them. */
    private List<Dependency> dependencies(CoreMap s) {
        GrammaticalStructure gs = depparse.predict(s);
        SemanticGraph graph = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC,
                GrammaticalStructure.Extras.NONE, null);
        List<Dependency> deps = new ArrayList<>();
        for (IndexedWord root : graph.getRoots()) {
            deps.add(new Dependency(Dependency.ROOT, root.index() - 1, "root"));
        }
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
                    e.getRelation().toString()));
        }
        return deps;
    }

    private static Sentence convert(int index, CoreMap s, String text, List<Token> tokens, List<Dependency> deps) {
        int start = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return new Sentence(index, start, end, text.substring(start, end), tokens, deps);
    }
}
