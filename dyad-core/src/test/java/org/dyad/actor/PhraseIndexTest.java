package org.dyad.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseIndexTest {
    private static PhraseIndex<String> index(String... phrases) {
        PhraseIndex<String> index = new PhraseIndex<>();
        for (String p : phrases) {
            index.add(p, false, p);
        }
        return index;
    }

    @Test
    void longestPhraseWinsInAnyCase() {
        PhraseIndex<String> index = index("Guinea", "Equatorial Guinea");
        assertThat(index.longest(List.of("EQUATORIAL", "Guinea", "said"), 0))
                .contains(new PhraseIndex.Hit<>("Equatorial Guinea", 2));
        assertThat(index.longest(List.of("Guinea"), 0)).contains(new PhraseIndex.Hit<>("Guinea", 1));
        assertThat(index.longest(List.of("Equatorial"), 0)).isEmpty();
    }

    @Test
    void hyphensAndPossessivesAsCoreNlpSplitsThem() {
        PhraseIndex<String> index = index("Port-au-Prince", "St. John's");
        assertThat(index.longest(List.of("Port-au-Prince"), 0)).contains(new PhraseIndex.Hit<>("Port-au-Prince", 1));
        assertThat(index.longest(List.of("Port", "-", "au", "-", "Prince"), 0))
                .contains(new PhraseIndex.Hit<>("Port-au-Prince", 5));
        assertThat(index.longest(List.of("St.", "John", "'s", "harbour"), 0))
                .contains(new PhraseIndex.Hit<>("St. John's", 3));
    }

    @Test
    void textWithDiacriticsFindsAPhraseListedWithoutThem() {
        PhraseIndex<String> index = index("Chisinau", "Sao Tome and Principe", "Malé");
        assertThat(index.longest(List.of("Chișinău"), 0)).contains(new PhraseIndex.Hit<>("Chisinau", 1));
        assertThat(index.longest(List.of("São", "Tomé", "and", "Príncipe"), 0))
                .contains(new PhraseIndex.Hit<>("Sao Tome and Principe", 4));
        assertThat(index.longest(List.of("Malé"), 0)).contains(new PhraseIndex.Hit<>("Malé", 1));
        // a phrase listed with diacritics is not found from the plain word
        assertThat(index.longest(List.of("Male"), 0)).isEmpty();
    }

    @Test
    void stemsMatchLongerTokens() {
        PhraseIndex<String> index = new PhraseIndex<>();
        index.add("minist", true, "minister");
        assertThat(index.longest(List.of("ministers"), 0)).contains(new PhraseIndex.Hit<>("minister", 1));
    }
}
