package org.dyad.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.dyad.petrarch.CodingOptions;

class PetrarchConfigTest {
    private final List<DictionaryProblem> problems = new ArrayList<>();

    @Test
    void namesTheDictionaryFilesAndReportsABadLine() {
        PetrarchConfig c = PetrarchConfig.read(new StringReader(PetrarchTexts.CONFIG), "PETR_config.ini", problems);
        assertThat(c.verbFile()).contains("middle.verbs.txt");
        assertThat(c.actorFiles()).containsExactly("middle.actors.txt");
        assertThat(c.agentFile()).contains("middle.agents.txt");
        assertThat(c.discardFile()).contains("middle.discards.txt");
        assertThat(c.issueFile()).contains("middle.issues.txt");
        assertThat(c.get("OPTIONS", "New_Actor_Length")).contains("0");
        assertThat(problems).extracting(DictionaryProblem::toString)
            .containsExactly("PETR_config.ini:10: not 'key = value': 'this line is neither'");
    }

    @Test
    void actorFileListIsCommaSeparatedAndFallsBackToASingleName() {
        PetrarchConfig list = PetrarchConfig.read(new StringReader("""
            [Dictionaries]
            actorfile_list = a.txt, b.txt ,c.txt
            """), "a.ini", problems);
        assertThat(list.actorFiles()).containsExactly("a.txt", "b.txt", "c.txt");
        PetrarchConfig single = PetrarchConfig.read(new StringReader("""
            [Dictionaries]
            ; a comment
            actorfile_name: one.txt
            """), "b.ini", problems);
        assertThat(single.actorFiles()).containsExactly("one.txt");
        assertThat(single.verbFile()).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void optionsOverrideTheDefaults() {
        PetrarchConfig c = PetrarchConfig.read(new StringReader(PetrarchTexts.CONFIG), "PETR_config.ini", problems);
        assertThat(CodingOptions.fromConfig(c, problems, "PETR_config.ini").newActorLength()).isZero();
    }
}
