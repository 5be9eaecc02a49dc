package edu.stanford.nlp.parser.nndep;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dyad's scoring gives CoreNLP's scores bit for bit: on every configuration the parser passes through while parsing
 * the bundled example articles (and sentences made to reach rare words), both classifiers score every transition
 * the same, and the parses are the same.
 */
class VectorClassifierTest {
    private static final List<String> MORE = List.of(
            "Xylophonists from Qaraqalpaqstan reportedly gerrymandered 4,815 ballots in Zzyzx on 3/14/2021.",
            "\"We will not,\" said the spokesman, \"accept any ultimatum -- ever.\"",
            "The ministry, which had earlier denied the reports, confirmed on Tuesday that troops crossed the border "
                    + "near the village of Mehdiabad, where at least 12 people were killed and dozens more wounded, "
                    + "according to local officials who spoke on condition of anonymity.",
            "Hello.");

    private static DependencyParser parser;
    private static List<CoreMap> sentences;

    @BeforeAll
    static void load() throws IOException {
        Properties p = new Properties();
        p.setProperty("numCached", "50"); // small, so the cache fills and is cleared while the test runs
        parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, p);
        Properties tag = new Properties();
        tag.setProperty("annotators", "tokenize,ssplit,pos");
        StanfordCoreNLP tagger = new StanfordCoreNLP(tag);
        List<String> texts = new ArrayList<>(MORE);
        try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
            for (Path f : files.sorted().toList()) {
                texts.add(Files.readString(f));
            }
        }
        sentences = new ArrayList<>();
        for (String text : texts) {
            Annotation a = new Annotation(text);
            tagger.annotate(a);
            sentences.addAll(a.get(CoreAnnotations.SentencesAnnotation.class));
        }
        assertThat(sentences).hasSizeGreaterThan(25);
    }

    @Test
    void everyScoreIsCoreNlpsBitForBitAndEveryParseTheSame() throws Exception {
        Field classifierField = DependencyParser.class.getDeclaredField("classifier");
        Field systemField = DependencyParser.class.getDeclaredField("system");
        classifierField.setAccessible(true);
        systemField.setAccessible(true);
        Classifier stock = (Classifier) classifierField.get(parser);
        ParsingSystem system = (ParsingSystem) systemField.get(parser);
        List<String> stockParses = new ArrayList<>();
        for (CoreMap s : sentences) {
            stockParses.add(parser.predict(s).typedDependencies().toString());
        }

        assertThat(VectorClassifier.install(parser)).isTrue();
        Classifier vector = (Classifier) classifierField.get(parser);
        assertThat(vector).isInstanceOf(VectorClassifier.class).isNotSameAs(stock);
        assertThat(VectorClassifier.install(parser)).as("installing twice keeps the one installed").isTrue();
        assertThat(classifierField.get(parser)).isSameAs(vector);

        int configurations = 0;
        for (CoreMap s : sentences) {
            Configuration c = system.initialConfiguration(s);
            while (!system.isTerminal(c)) {
                int[] features = parser.getFeatures(c).stream().mapToInt(Integer::intValue).toArray();
                double[] expected = stock.computeScores(features);
                double[] actual = vector.computeScores(features);
                assertThat(actual).as("scores at configuration %d", configurations).isEqualTo(expected);
                system.apply(c, best(system, c, expected));
                configurations++;
            }
        }
        assertThat(configurations).isGreaterThan(1_000);

        List<String> vectorParses = new ArrayList<>();
        for (CoreMap s : sentences) {
            vectorParses.add(parser.predict(s).typedDependencies().toString());
        }
        assertThat(vectorParses).isEqualTo(stockParses);
    }

    /** The transition CoreNLP's parser takes: the highest-scoring one that applies. */
    private static String best(ParsingSystem system, Configuration c, double[] scores) {
        double best = Double.NEGATIVE_INFINITY;
        String chosen = null;
        for (int j = 0; j < system.numTransitions(); j++) {
            String t = system.transitions.get(j);
            if (scores[j] > best && system.canApply(c, t)) {
                best = scores[j];
                chosen = t;
            }
        }
        return chosen;
    }
}
