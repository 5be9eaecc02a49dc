package org.dyad.event;

import org.dyad.text.SentenceBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.actor.Actor;
import org.dyad.article.Article;
import org.dyad.text.Dependency;
import org.dyad.text.ParsedDocument;
import org.dyad.text.Sentence;
import org.dyad.text.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The lexicon-only pipeline on hand-made basic UD parses (as CoreNLP gives them), without any NLP model. */
class LexiconCoderTest {
    /** A Wednesday; the Monday before it is 2022-01-24. */
    private static final LocalDate PUBLISHED = LocalDate.of(2022, 1, 26);
    private static org.dyad.pipeline.CodingPipeline coder;

    @BeforeAll
    static void load() {
        coder = org.dyad.pipeline.CodingPipeline.lexiconOnly();
    }

    /** Codes an article that is this one sentence. */
    private static List<Event> code(SentenceBuilder b) {
        Sentence s = b.build();
        Article article = Article.of("doc", b.text(), PUBLISHED);
        assertThat(article.text().substring(s.start(), s.end())).isEqualTo(s.text());
        return coder.code(new ParsedDocument(article, List.of(s)));
    }

    private static SentenceBuilder sentence(String text) {
        return new SentenceBuilder(text);
    }

    private static String source(Event e) {
        return e.source().code();
    }

    private static String target(Event e) {
        return e.target().map(Actor::code).orElse("");
    }

    @Test
    void activeAttackWithADate() {
        List<Event> events = code(sentence("Iran attacked Iraq on Monday.")
                .country("Iran").t("attacked", "attack", "VBD").country("Iraq").t("on", "on", "IN")
                .t("Monday", "Monday", "NNP", "DATE").t(".", ".", ".")
                .root(1).d(1, 0, "nsubj").d(1, 2, "obj").d(4, 3, "case").d(1, 4, "obl").d(1, 5, "punct"));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(source(e)).isEqualTo("IRN");
            assertThat(target(e)).isEqualTo("IRQ");
            assertThat(e.cameo().code()).isEqualTo("190");
            assertThat(e.cameo().quadClass()).isEqualTo(4);
            assertThat(e.date()).contains(LocalDate.of(2022, 1, 24));
            assertThat(e.datePrecision()).isEqualTo("day");
            assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
            assertThat(e.reciprocal()).isFalse();
            assertThat(e.docId()).isEqualTo("doc");
            assertThat(e.sentence()).isZero();
            assertThat(e.evidence().trigger()).isEqualTo("attacked");
            assertThat(e.evidence().text()).isEqualTo("Iran attacked Iraq on Monday.");
            assertThat(e.evidence().triggerStart()).isEqualTo(5);
            assertThat(e.evidence().triggerEnd()).isEqualTo(13);
            assertThat(e.rule()).startsWith("trigger:verb attack").contains("-> 190").contains("source=nsubj target=obj");
            assertThat(e.location()).isEmpty();
        });
    }

    @Test
    void withoutADateTheEventTakesThePublicationDate() {
        List<Event> events = code(sentence("Iran attacked Iraq.")
                .country("Iran").t("attacked", "attack", "VBD").country("Iraq").t(".", ".", ".")
                .root(1).d(1, 0, "nsubj").d(1, 2, "obj").d(1, 3, "punct"));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.date()).contains(PUBLISHED);
            assertThat(e.datePrecision()).isEqualTo("day");
        });
    }

    @Test
    void passiveTakesTheByAgentAsSource() {
        List<Event> events = code(sentence("Iraq was attacked by Iran.")
                .country("Iraq").t("was", "be", "VBD").t("attacked", "attack", "VBN").t("by", "by", "IN")
                .country("Iran").t(".", ".", ".")
                .root(2).d(2, 0, "nsubj:pass").d(2, 1, "aux:pass").d(4, 3, "case").d(2, 4, "obl").d(2, 5, "punct"));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(source(e)).isEqualTo("IRN");
            assertThat(target(e)).isEqualTo("IRQ");
            assertThat(e.cameo().code()).isEqualTo("190");
            assertThat(e.modality().asserted()).isTrue();
            assertThat(e.rule()).contains("passive");
        });
    }

    @Test
    void compoundSubjectGivesOneEventPerSource() {
        List<Event> events = code(sentence("France and Germany attacked Iraq.")
                .country("France").t("and", "and", "CC").country("Germany").t("attacked", "attack", "VBD")
                .country("Iraq").t(".", ".", ".")
                .root(3).d(3, 0, "nsubj").d(2, 1, "cc").d(0, 2, "conj").d(3, 4, "obj").d(3, 5, "punct"));
        assertThat(events).extracting(LexiconCoderTest::source, LexiconCoderTest::target, e -> e.cameo().code())
                .containsExactly(tuple("FRA", "IRQ", "190"), tuple("DEU", "IRQ", "190"));
        assertThat(events).extracting(Event::eventId).doesNotHaveDuplicates();
    }

    @Test
    void negatedAttackIsKeptAndFlagged() {
        List<Event> events = code(sentence("Iran did not attack Iraq.")
                .country("Iran").t("did", "do", "VBD").t("not", "not", "RB").t("attack", "attack", "VB")
                .country("Iraq").t(".", ".", ".")
                .root(3).d(3, 0, "nsubj").d(3, 1, "aux").d(3, 2, "advmod").d(3, 4, "obj").d(3, 5, "punct"));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(source(e)).isEqualTo("IRN");
            assertThat(target(e)).isEqualTo("IRQ");
            assertThat(e.modality().negated()).isTrue();
            assertThat(e.modality().hypothetical()).isFalse();
            assertThat(e.modality().asserted()).isFalse();
        });
    }

    @Test
    void aFutureAttackIsAThreatOfAttack() {
        List<Event> events = code(sentence("Iran will attack Iraq.")
                .country("Iran").t("will", "will", "MD").t("attack", "attack", "VB").country("Iraq").t(".", ".", ".")
                .root(2).d(2, 0, "nsubj").d(2, 1, "aux").d(2, 3, "obj").d(2, 4, "punct"));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(source(e)).isEqualTo("IRN");
            assertThat(target(e)).isEqualTo("IRQ");
            assertThat(e.cameo().code()).isEqualTo("1384");
            assertThat(e.rule()).contains("-> intent 1384 (announced, not done)");
            assertThat(e.modality().asserted()).isTrue();
        });
    }

    @Test
    void signingAnAgreementIsReciprocal() {
        List<Event> events = code(sentence("Russia and China signed an agreement.")
                .country("Russia").t("and", "and", "CC").country("China").t("signed", "sign", "VBD")
                .t("an", "a", "DT").t("agreement", "agreement", "NN").t(".", ".", ".")
                .root(3).d(3, 0, "nsubj").d(2, 1, "cc").d(0, 2, "conj").d(5, 4, "det").d(3, 5, "obj")
                .d(3, 6, "punct"));
        assertThat(events).extracting(LexiconCoderTest::source, LexiconCoderTest::target, e -> e.cameo().code())
                .containsExactlyInAnyOrder(tuple("RUS", "CHN", "057"), tuple("CHN", "RUS", "057"));
        assertThat(events).allSatisfy(e -> {
            assertThat(e.reciprocal()).isTrue();
            assertThat(e.modality().asserted()).isTrue();
            assertThat(e.evidence().trigger()).isEqualTo("signed");
            assertThat(e.rule()).startsWith("trigger:verb sign +");
        });
    }

    @Test
    void signingSomethingElseIsNoEvent() {
        List<Event> events = code(sentence("Russia and China signed a football.")
                .country("Russia").t("and", "and", "CC").country("China").t("signed", "sign", "VBD")
                .t("a", "a", "DT").t("football", "football", "NN").t(".", ".", ".")
                .root(3).d(3, 0, "nsubj").d(2, 1, "cc").d(0, 2, "conj").d(5, 4, "det").d(3, 5, "obj")
                .d(3, 6, "punct"));
        assertThat(events).isEmpty();
    }

    @Test
    void noPoliticalActorNoEvent() {
        List<Event> won = code(sentence("The team won the match.")
                .t("The", "the", "DT").t("team", "team", "NN").t("won", "win", "VBD").t("the", "the", "DT")
                .t("match", "match", "NN").t(".", ".", ".")
                .root(2).d(1, 0, "det").d(2, 1, "nsubj").d(4, 3, "det").d(2, 4, "obj").d(2, 5, "punct"));
        assertThat(won).isEmpty();
        // a trigger alone is not enough either
        List<Event> attacked = code(sentence("The fans attacked the referee.")
                .t("The", "the", "DT").t("fans", "fan", "NNS").t("attacked", "attack", "VBD").t("the", "the", "DT")
                .t("referee", "referee", "NN").t(".", ".", ".")
                .root(2).d(1, 0, "det").d(2, 1, "nsubj").d(4, 3, "det").d(2, 4, "obj").d(2, 5, "punct"));
        assertThat(attacked).isEmpty();
    }

    private static List<Event> threatenedToAttack() {
        return code(sentence("Iran threatened to attack Iraq.")
                .country("Iran").t("threatened", "threaten", "VBD").t("to", "to", "TO").t("attack", "attack", "VB")
                .country("Iraq").t(".", ".", ".")
                .root(1).d(1, 0, "nsubj").d(3, 2, "mark").d(1, 3, "xcomp").d(3, 4, "obj").d(1, 5, "punct"));
    }

    @Test
    void aThreatenedAttackIsAThreatNotAnAttack() {
        List<Event> events = threatenedToAttack();
        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.cameo().root()).isEqualTo("13"));
        assertThat(events).filteredOn(e -> e.cameo().code().equals("1384")).singleElement().satisfies(e -> {
            assertThat(source(e)).isEqualTo("IRN");
            assertThat(target(e)).isEqualTo("IRQ");
            assertThat(e.rule()).contains("source=controller:").contains("intent");
        });
    }

    @Test
    void threatenedToAttackIsAThreatAgainstTheTarget() {
        assertThat(threatenedToAttack()).filteredOn(e -> e.evidence().trigger().equals("threatened")).singleElement()
                .satisfies(e -> {
                    assertThat(source(e)).isEqualTo("IRN");
                    assertThat(target(e)).isEqualTo("IRQ");
                    assertThat(e.modality().asserted()).isTrue();
                });
    }

    @Test
    void attackOnACapitalIsLocated() {
        List<Event> events = code(sentence("Iran attacked Iraq in Baghdad.")
                .country("Iran").t("attacked", "attack", "VBD").country("Iraq").t("in", "in", "IN")
                .t("Baghdad", "Baghdad", "NNP", "CITY").t(".", ".", ".")
                .root(1).d(1, 0, "nsubj").d(1, 2, "obj").d(4, 3, "case").d(1, 4, "obl").d(1, 5, "punct"));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(target(e)).isEqualTo("IRQ");
            assertThat(e.location()).map(Location::country).isEqualTo(Optional.of("IRQ"));
        });
    }

    @Test
    void historicalYearOnTheTriggerFlagsTheEvent() {
        List<Event> events = code(sentence("Iran attacked Iraq in 2020.")
                .country("Iran").t("attacked", "attack", "VBD").country("Iraq").t("in", "in", "IN")
                .t("2020", "2020", "CD", "DATE").t(".", ".", ".")
                .root(1).d(1, 0, "nsubj").d(1, 2, "obj").d(4, 3, "case").d(1, 4, "obl").d(1, 5, "punct"));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.modality().historical()).isTrue();
            assertThat(e.modality().historicalYear()).map(Object::toString).contains("2020");
            assertThat(e.date()).contains(LocalDate.of(2020, 1, 1));
            assertThat(e.datePrecision()).isEqualTo("year");
        });
    }
}
