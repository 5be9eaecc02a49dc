package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DetokenizerTest {
    private static String join(String tokens) {
        return Detokenizer.join(List.of(tokens.split(" ")));
    }

    @Test
    void punctuationClosesUpOnTheWordBefore() {
        assertThat(join("Gondor , Arnor and Rohan met ( briefly ) ; nothing else .")).isEqualTo(
            "Gondor, Arnor and Rohan met (briefly); nothing else.");
        assertThat(join("Mr . Smith won 94 % of the vote ?")).isEqualTo("Mr. Smith won 94% of the vote?");
    }

    @Test
    void cliticsAndApostrophesJoinTheirWords() {
        assertThat(join("Gondor 's army")).isEqualTo("Gondor's army");
        assertThat(join("Gondor ’ s army did n't move")).isEqualTo("Gondor’s army didn't move");
        assertThat(join("they don ' t know")).isEqualTo("they don't know");
        assertThat(join("the Elves ' role")).isEqualTo("the Elves' role");
        assertThat(join("Arnor ´ s king")).isEqualTo("Arnor´s king");
    }

    @Test
    void hyphensCurrencyNumbersAndQuotes() {
        assertThat(join("the Gondor - backed ex - rebels")).isEqualTo("the Gondor-backed ex-rebels");
        assertThat(join("an appeal for $ 80 million and € 3 . 5 million")).isEqualTo(
            "an appeal for $80 million and €3.5 million");
        assertThat(join("called it “ dangerous ” and \" wrong \" again")).isEqualTo(
            "called it “dangerous” and \"wrong\" again");
    }

    @Test
    void loneAccentedLettersRejoinTheirWordsAndInvisibleTokensGo() {
        assertThat(join("President Jos é Nicol á s spoke")).isEqualTo("President José Nicolás spoke");
        assertThat(join("talks in K ı r ı kkale")).isEqualTo("talks in Kırıkkale");
        assertThat(Detokenizer.join(List.of("emissions", "and", "\u202a", "increasing"))).isEqualTo(
            "emissions and increasing");
    }

    @Test
    void noTokenIsChanged() {
        List<String> tokens = List.of("The", "U.S.", "army", "'s", "chief", "-", "of", "-", "staff", ".");
        String text = Detokenizer.join(tokens);
        assertThat(text).isEqualTo("The U.S. army's chief-of-staff.");
        assertThat(text.replace(" ", "")).isEqualTo(String.join("", tokens));
    }
}
