package org.dyad.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscardReaderTest {
    private final List<DictionaryProblem> problems = new ArrayList<>();

    private DiscardDictionary read(String text) {
        return DiscardReader.read(new StringReader(text), "middle.discards.txt", problems);
    }

    @Test
    void aMalformedLineIsReportedByFileAndLineAndSkipped() {
        DiscardDictionary d = read(PetrarchTexts.DISCARDS);
        assertThat(problems).extracting(DictionaryProblem::toString)
            .containsExactly("middle.discards.txt:4: not a discard phrase: '[NOT A PHRASE]'");
        assertThat(d.entries()).extracting(e -> e.phrase().text())
            .containsExactly("SHIRE_GAZETTE", "THE_RED_BOOK", "BREE_NEWS");
    }

    @Test
    void aPlusMakesADiscardStoryLevel() {
        DiscardDictionary d = read(PetrarchTexts.DISCARDS);
        assertThat(d.entries()).extracting(DiscardDictionary.Entry::story).containsExactly(false, true, false);
        assertThat(d.entries().get(1).line()).isEqualTo(2);
    }

    @Test
    void storyLevelDiscardsAreFoundFirst() {
        DiscardDictionary d = read(PetrarchTexts.DISCARDS);
        List<String> tokens = List.of("the", "Shire", "Gazette", "quoted", "the", "Red", "Book");
        DiscardDictionary.Hit hit = d.find(tokens).orElseThrow();
        assertThat(hit.entry().story()).isTrue();
        assertThat(hit.start()).isEqualTo(4);
        assertThat(d.find(List.of("Shire", "Gazette")).orElseThrow().entry().story()).isFalse();
        assertThat(d.find(List.of("Bree"))).isEmpty();
    }
}
