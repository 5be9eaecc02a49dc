package org.dyad.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.gaps.Parses.dictionary;
import static org.dyad.gaps.Parses.example;
import static org.dyad.gaps.Parses.resolve;

import java.util.List;
import org.dyad.dictionary.ActorDictionary;
import org.dyad.text.Sentence;
import org.dyad.text.SentenceBuilder;
import org.junit.jupiter.api.Test;

/** Unknown names on hand-made parses, placed by the real country, nationality and title lexicons. */
class UnknownActorsTest {
    private static List<ActorGap> find(Sentence s, ActorDictionary actors) {
        Parses.Resolved r = resolve(s, actors);
        return UnknownActors.find(s, r.lexicon(), r.resolver(), actors, example(s));
    }

    @Test
    void aPersonTheDictionaryLacksGetsTheCodeHisNationalityAndTitleImply() {
        List<ActorGap> gaps = find(Parses.ministerRebukes(), ActorDictionary.empty());
        assertThat(gaps).hasSize(1);
        ActorGap g = gaps.get(0);
        assertThat(g.name()).isEqualTo("Zawadi Mwangaza");
        assertThat(g.kind()).isEqualTo(ActorGap.Kind.PERSON);
        assertThat(g.words()).containsExactly("Zawadi", "Mwangaza");
        assertThat(g.code()).isEqualTo("KENGOV");
        assertThat(g.placeholder()).isFalse();
        assertThat(g.cues()).containsExactly("Kenyan", "Foreign Minister");
        assertThat(g.example().text()).isEqualTo(Parses.ministerRebukes().text());
    }

    @Test
    void aNameTheDictionaryKnowsIsNoGap() {
        assertThat(find(Parses.ministerRebukes(), dictionary("ZAWADI_MWANGAZA_", "KENGOV"))).isEmpty();
        assertThat(find(Parses.ministerRebukes(), dictionary("MWANGAZA_", "KENGOV"))).isEmpty();
    }

    @Test
    void aTitleWithoutACountryLeavesThePlaceholderBeforeItsSector() {
        ActorGap g = find(Parses.ministerResigns(), ActorDictionary.empty()).get(0);
        assertThat(g.code()).isEqualTo("???GOV");
        assertThat(g.placeholder()).isTrue();
        assertThat(g.cues()).containsExactly("Foreign Minister");
    }

    @Test
    void aPersonsNameTaggedAsAPlaceHeadingASubjectIsAName() {
        ActorGap g = find(Parses.namePraises(), ActorDictionary.empty()).get(0);
        assertThat(g.name()).isEqualTo("Zawadi Mwangaza");
        assertThat(g.kind()).isEqualTo(ActorGap.Kind.NAME);
        assertThat(g.code()).isEqualTo("???");
        assertThat(g.cues()).isEmpty();
    }

    @Test
    void anUntaggedProperNounCountsOnlyWhenItHeadsASubjectOrObject() {
        Sentence subject = new SentenceBuilder("Hezbollah attacked Israel.")
                .t("Hezbollah", "Hezbollah", "NNP").t("attacked", "attack", "VBD").country("Israel").t(".", ".", ".")
                .root(1).d(1, 0, "nsubj").d(1, 2, "obj").d(1, 3, "punct").build();
        assertThat(find(subject, ActorDictionary.empty())).extracting(ActorGap::name, ActorGap::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Hezbollah", ActorGap.Kind.NAME));
        Sentence place = new SentenceBuilder("Israel built a station at Digha.")
                .country("Israel").t("built", "build", "VBD").t("a", "a", "DT").t("station", "station", "NN")
                .t("at", "at", "IN").t("Digha", "Digha", "NNP").t(".", ".", ".")
                .root(1).d(1, 0, "nsubj").d(3, 2, "det").d(1, 3, "obj").d(5, 4, "case").d(1, 5, "obl").d(1, 6, "punct")
                .build();
        assertThat(find(place, ActorDictionary.empty())).isEmpty();
        Sentence plural = new SentenceBuilder("Republicans criticised Iran.")
                .t("Republicans", "Republicans", "NNPS").t("criticised", "criticise", "VBD").country("Iran")
                .t(".", ".", ".").root(1).d(1, 0, "nsubj").d(1, 2, "obj").d(1, 3, "punct").build();
        assertThat(find(plural, ActorDictionary.empty())).isEmpty();
    }

    @Test
    void anOrganisationOfCountryAndTitleWordsOnlyOrHoldingACountryIsNoGap() {
        Sentence parliament = new SentenceBuilder("The Kenyan Parliament criticised Uganda.")
                .t("The", "the", "DT").t("Kenyan", "Kenyan", "NNP", "ORGANIZATION")
                .t("Parliament", "Parliament", "NNP", "ORGANIZATION").t("criticised", "criticise", "VBD")
                .country("Uganda").t(".", ".", ".")
                .root(3).d(2, 0, "det").d(2, 1, "amod").d(3, 2, "nsubj").d(3, 4, "obj").d(3, 5, "punct").build();
        assertThat(find(parliament, ActorDictionary.empty())).isEmpty();
        Sentence airline = new SentenceBuilder("Kenya Airways sued Uganda.")
                .t("Kenya", "Kenya", "NNP", "ORGANIZATION").t("Airways", "Airways", "NNP", "ORGANIZATION")
                .t("sued", "sue", "VBD").country("Uganda").t(".", ".", ".")
                .root(2).d(1, 0, "compound").d(2, 1, "nsubj").d(2, 3, "obj").d(2, 4, "punct").build();
        assertThat(find(airline, ActorDictionary.empty())).isEmpty();
    }

    @Test
    void anOrganisationPlacedByAnOfPhraseNamesItsCountryAsACue() {
        Sentence s = new SentenceBuilder("The Nyanza Fisheries Board of Kenya criticised Uganda.")
                .t("The", "the", "DT").t("Nyanza", "Nyanza", "NNP", "ORGANIZATION")
                .t("Fisheries", "Fisheries", "NNP", "ORGANIZATION").t("Board", "Board", "NNP", "ORGANIZATION")
                .t("of", "of", "IN").country("Kenya").t("criticised", "criticise", "VBD").country("Uganda")
                .t(".", ".", ".")
                .root(6).d(3, 0, "det").d(3, 1, "compound").d(3, 2, "compound").d(5, 4, "case").d(3, 5, "nmod")
                .d(6, 3, "nsubj").d(6, 7, "obj").d(6, 8, "punct").build();
        ActorGap g = find(s, ActorDictionary.empty()).get(0);
        assertThat(g.name()).isEqualTo("Nyanza Fisheries Board");
        assertThat(g.kind()).isEqualTo(ActorGap.Kind.ORGANIZATION);
        assertThat(g.words()).containsExactly("Nyanza", "Fisheries", "Board");
        assertThat(g.cues()).contains("of Kenya");
        assertThat(g.code()).startsWith("KEN");
    }
}
