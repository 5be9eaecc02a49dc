package org.dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dyad.article.Article;
import org.dyad.text.Dependency;
import org.dyad.text.ParsedDocument;
import org.dyad.text.Sentence;
import org.dyad.text.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CoreNLP adapter with the real models: one pipeline for the whole class. */
class CoreNlpParserTest {
    private static final String TEXT = "Azerbaijani Defence Minister Col-Gen Zakir Hasanov met Iran's army chief in Tehran.\n\n"
            + "The parties signed a protocol";
    private static ParsedDocument doc;
    private static CoreNlpParser parser;

    @BeforeAll
    static void parse() {
        parser = new CoreNlpParser(NlpOptions.defaults());
        doc = parser.parse(Article.of("t", TEXT, LocalDate.of(2022, 1, 26)));
    }

    @Test
    void aSentenceOverTheTokenLimitIsSplitAtClausePunctuationAndEveryPieceIsParsed() {
        String clause = "Iran praised Iraq, Turkey criticised Syria; Egypt met Jordan: ";
        String text = "The ministers met. " + clause.repeat(6) + "and that was all.";
        ParsedDocument d = parser.withMaxSentenceTokens(20).parse(Article.of("long-one", text, null));

        assertThat(d.sentences().size()).isGreaterThan(4);
        assertThat(d.warnings()).singleElement().satisfies(w -> assertThat(w)
                .contains("long-one").contains("sentence 2").contains("--max-sentence-tokens").contains("split into"));
        for (int i = 0; i < d.sentences().size(); i++) {
            Sentence s = d.sentences().get(i);
            assertThat(s.index()).isEqualTo(i);
            assertThat(s.size()).isLessThanOrEqualTo(20);
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
            assertThat(s.tokens()).allSatisfy(t -> assertThat(t.pos()).isNotEmpty());
            assertThat(s.head(0)).as("piece %d is parsed", i).isPresent();
        }
        // pieces end at clause punctuation: ';' first
        assertThat(d.sentences().get(1).text()).endsWith(";");
    }

    @Test
    void aSentenceWithoutPunctuationIsCutAtTheLimit() {
        String text = "word ".repeat(45).strip();
        ParsedDocument d = parser.withMaxSentenceTokens(20).parse(Article.of("w", text, null));
        assertThat(d.sentences()).extracting(Sentence::size).containsExactly(20, 20, 5);
    }

    @Test
    void blankLinesEndSentencesEvenWithoutAPeriod() {
        assertThat(doc.sentences()).hasSize(2);
        assertThat(doc.sentences().get(1).text()).isEqualTo("The parties signed a protocol");
    }

    @Test
    void spansAreHalfOpenCharacterOffsetsIntoTheArticle() {
        for (Sentence s : doc.sentences()) {
            assertThat(TEXT.substring(s.start(), s.end())).isEqualTo(s.text());
            for (Token t : s.tokens()) {
                assertThat(TEXT.substring(t.start(), t.end())).isEqualTo(t.word());
            }
        }
    }

    @Test
    void tokensAreZeroBasedAndTheParseIsATreeWithOneRoot() {
        Sentence s = doc.sentences().get(0);
        for (int i = 0; i < s.size(); i++) {
            assertThat(s.token(i).index()).isEqualTo(i);
            assertThat(s.head(i)).as("token %d is attached", i).isPresent();
        }
        assertThat(s.dependencies().stream().filter(d -> d.governor() == Dependency.ROOT)).hasSize(1);
        int met = indexOf(s, "met");
        assertThat(s.governor(met)).isEqualTo(Dependency.ROOT);
        assertThat(s.token(met).lemma()).isEqualTo("meet");
        assertThat(s.relation(indexOf(s, "Hasanov"))).isEqualTo("nsubj");
    }

    @Test
    void namedEntitiesAndPartsOfSpeech() {
        Sentence s = doc.sentences().get(0);
        assertThat(s.token(indexOf(s, "Hasanov")).ner()).isEqualTo("PERSON");
        assertThat(s.token(indexOf(s, "Tehran")).ner()).isEqualTo("LOCATION");
        assertThat(s.token(indexOf(s, "met")).pos()).isEqualTo("VBD");
    }

    @Test
    void theParseIsTheBasicGraphOfCoreNlpsDepparseAnnotator() {
        java.util.Properties p = CoreNlpParser.properties(NlpOptions.defaults());
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        edu.stanford.nlp.pipeline.Annotation a = new edu.stanford.nlp.pipeline.Annotation(TEXT);
        new edu.stanford.nlp.pipeline.StanfordCoreNLP(p).annotate(a);
        var sentences = a.get(edu.stanford.nlp.ling.CoreAnnotations.SentencesAnnotation.class);
        assertThat(sentences).hasSize(doc.sentences().size());
        for (int i = 0; i < sentences.size(); i++) {
            var graph = sentences.get(i).get(
                    edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            java.util.List<Dependency> expected = new java.util.ArrayList<>();
            graph.getRoots().forEach(r -> expected.add(new Dependency(Dependency.ROOT, r.index() - 1, "root")));
            graph.edgeIterable().forEach(e -> expected.add(new Dependency(e.getGovernor().index() - 1,
                    e.getDependent().index() - 1, e.getRelation().toString())));
            assertThat(doc.sentences().get(i).dependencies()).isEqualTo(expected);
        }
    }

    @Test
    void aTriageLeavesTheSentencesItRefusesTaggedButUnparsed() {
        java.util.List<java.util.List<Sentence>> seen = new java.util.ArrayList<>();
        CoreNlpParser triaged = parser.withTriage(tagged -> {
            seen.add(tagged);
            return new boolean[] {false, true};
        });
        ParsedDocument d = triaged.parse(Article.of("t", TEXT, LocalDate.of(2022, 1, 26)));
        assertThat(seen).singleElement().satisfies(tagged -> {
            assertThat(tagged).hasSize(2);
            assertThat(tagged).allSatisfy(s -> assertThat(s.dependencies()).isEmpty());
        });
        Sentence unparsed = d.sentences().get(0);
        assertThat(unparsed.dependencies()).isEmpty();
        assertThat(unparsed.tokens()).isEqualTo(doc.sentences().get(0).tokens()); // words, lemmas, tags, entities
        assertThat(unparsed.token(indexOf(unparsed, "Hasanov")).ner()).isEqualTo("PERSON");
        assertThat(d.sentences().get(1).dependencies()).isEqualTo(doc.sentences().get(1).dependencies());
        assertThat(triaged.sentencesParsed()).isEqualTo(1);
        assertThat(triaged.sentencesLeftUnparsed()).isEqualTo(1);
        // the splitting limit keeps the triage
        ParsedDocument again = triaged.withMaxSentenceTokens(200).parse(Article.of("t", TEXT, null));
        assertThat(again.sentences().get(0).dependencies()).isEmpty();
    }

    private static int indexOf(Sentence s, String word) {
        for (Token t : s.tokens()) {
            if (t.word().equals(word)) {
                return t.index();
            }
        }
        throw new AssertionError(word + " not in " + s.text());
    }
}
