package org.dyad.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentReaderTest {
    private final List<DictionaryProblem> problems = new ArrayList<>();

    private AgentDictionary read(String text) {
        return AgentReader.read(new StringReader(text), "middle.agents.txt", problems);
    }

    /** Phrase words joined by _, without the exactness mark. */
    private static String words(AgentEntry e) {
        return String.join("_", e.phrase().words());
    }

    private static List<String> phrasesOfLine(AgentDictionary d, int line) {
        return d.entries().stream().filter(e -> e.line() == line).map(AgentReaderTest::words).toList();
    }

    @Test
    void aMalformedLineIsReportedByFileAndLineAndSkipped() {
        AgentDictionary d = read(PetrarchTexts.AGENTS);
        assertThat(problems).extracting(DictionaryProblem::toString)
            .containsExactly("middle.agents.txt:7: agent code needs a ~ before or after it: [MIL]");
        assertThat(d.entries()).extracting(AgentEntry::line).doesNotContain(7).contains(2, 3, 4, 5, 6);
    }

    @Test
    void tildeBeforeTheCodePutsItAfterTheActorAndAfterPutsItBefore() {
        AgentDictionary d = read(PetrarchTexts.AGENTS);
        AgentEntry steward = d.entries().get(0);
        assertThat(words(steward)).isEqualTo("STEWARD");
        assertThat(steward.code()).isEqualTo("GOV");
        assertThat(steward.prefix()).isFalse();
        AgentEntry aid = d.entries().stream().filter(e -> e.line() == 5).findFirst().orElseThrow();
        assertThat(aid.code()).isEqualTo("NGO");
        assertThat(aid.prefix()).isTrue();
    }

    @Test
    void pluralsAreMadeListedOrSuppressed() {
        AgentDictionary d = read(PetrarchTexts.AGENTS);
        assertThat(phrasesOfLine(d, 2)).containsExactly("STEWARD", "STEWARDS");
        assertThat(phrasesOfLine(d, 3)).containsExactly("RANGER", "RANGERS", "DUNEDAIN");
        assertThat(phrasesOfLine(d, 4)).containsExactly("ENT");
        assertThat(phrasesOfLine(d, 5)).containsExactly("HOBBIT_AID_WORKER", "HOBBIT_AID_WORKERS");
    }

    @Test
    void substitutionSetsSpellOutEveryMember() {
        AgentDictionary d = read(PetrarchTexts.AGENTS);
        assertThat(phrasesOfLine(d, 6)).containsExactly("COUNCILMAN", "COUNCILWOMAN", "COUNCILPERSON");
        assertThat(d.entries().stream().filter(e -> e.line() == 6)).allMatch(e -> e.code().equals("LEG"));
    }

    @Test
    void anUnknownSubstitutionSetIsAProblem() {
        AgentDictionary d = read("ELF!KIN! [~ELF]\n");
        assertThat(problems).extracting(DictionaryProblem::toString)
            .containsExactly("middle.agents.txt:1: unknown substitution set !KIN!");
        assertThat(d.entries()).isEmpty();
    }

    @Test
    void longestAgentPhraseIsFound() {
        AgentDictionary d = read(PetrarchTexts.AGENTS);
        AgentDictionary.Match m = d.longestAt(List.of("hobbit", "aid", "workers", "arrived"), 0).orElseThrow();
        assertThat(m.length()).isEqualTo(3);
        assertThat(m.entry().code()).isEqualTo("NGO");
    }
}
