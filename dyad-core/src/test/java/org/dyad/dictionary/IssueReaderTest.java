package org.dyad.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssueReaderTest {
    private final List<DictionaryProblem> problems = new ArrayList<>();

    private IssueDictionary read(String text) {
        return IssueReader.read(new StringReader(text), "middle.issues.txt", problems);
    }

    @Test
    void aMalformedLineIsReportedByFileAndLineAndSkipped() {
        IssueDictionary d = read(PetrarchTexts.ISSUES);
        assertThat(problems).extracting(DictionaryProblem::toString)
            .containsExactly("middle.issues.txt:5: issue phrase without [code]: 'gollum'");
        assertThat(d.entries()).extracting(e -> e.phrase().text())
            .containsExactly("RING_OF_POWER", "PALANTIR", "A_RING_OF_KEYS");
    }

    @Test
    void entriesCarryTheirSectionsCategoryAndExclusionsHaveNoCode() {
        IssueDictionary d = read(PetrarchTexts.ISSUES);
        assertThat(d.entries()).extracting(IssueDictionary.Entry::category).containsOnly("RINGS");
        assertThat(d.entries()).extracting(IssueDictionary.Entry::code)
            .containsExactly("RING_LORE", "SEEING_STONES", "");
        assertThat(d.entries()).extracting(IssueDictionary.Entry::exclusion).containsExactly(false, false, true);
    }

    @Test
    void issuesAreFoundUnlessAnExclusionCoversThem() {
        IssueDictionary d = read(PetrarchTexts.ISSUES);
        assertThat(d.issues(List.of("a", "ring", "of", "power", "and", "a", "palantir")))
            .containsExactly("RING_LORE", "SEEING_STONES");
        assertThat(d.issues(List.of("he", "lost", "a", "ring", "of", "keys"))).isEmpty();
    }
}
