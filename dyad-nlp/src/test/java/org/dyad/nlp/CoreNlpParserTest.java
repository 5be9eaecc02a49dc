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

    @BeforeAll
    static void parse() {
        doc = new CoreNlpParser(NlpOptions.defaults()).parse(Article.of("t", TEXT, LocalDate.of(2022, 1, 26)));
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

    private static int indexOf(Sentence s, String word) {
        for (Token t : s.tokens()) {
            if (t.word().equals(word)) {
                return t.index();
            }
        }
        throw new AssertionError(word + " not in " + s.text());
    }
}
