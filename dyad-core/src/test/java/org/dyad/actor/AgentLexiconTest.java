package org.dyad.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.dyad.actor.AgentLexicon.AgentMatch;
import org.junit.jupiter.api.Test;

class AgentLexiconTest {
    private final AgentLexicon lexicon = AgentLexicon.load();

    private Optional<AgentMatch> match(String... words) {
        return lexicon.match(List.of(words), 0);
    }

    private void assertAgent(List<String> sectors, int length, String... words) {
        Optional<AgentMatch> m = match(words);
        assertThat(m).as(String.join(" ", words)).isPresent();
        assertThat(m.get().sectors()).as(String.join(" ", words)).isEqualTo(sectors);
        assertThat(m.get().length()).as(String.join(" ", words)).isEqualTo(length);
    }

    @Test
    void defenceMinister() {
        assertAgent(List.of("GOV", "MIL"), 2, "Defence", "Minister", "Zakir", "Hasanov");
        assertAgent(List.of("GOV", "MIL"), 2, "defense", "ministry");
        assertAgent(List.of("GOV", "MIL"), 3, "Ministry", "of", "Defence");
        assertAgent(List.of("GOV", "MIL"), 2, "Defence", "Ministers");
    }

    @Test
    void military() {
        assertAgent(List.of("MIL"), 3, "General", "Staff", "Chief");
        assertAgent(List.of("MIL"), 1, "Army");
        assertAgent(List.of("MIL"), 3, "Col", "-", "Gen");
        assertAgent(List.of("MIL"), 1, "Col-Gen");
        assertAgent(List.of("MIL"), 2, "armed", "forces");
        assertAgent(List.of("MIL"), 2, "Major", "General");
    }

    @Test
    void government() {
        assertAgent(List.of("GOV"), 1, "president");
        assertAgent(List.of("GOV"), 1, "ministers");
        assertAgent(List.of("GOV"), 1, "ministerial");
        assertAgent(List.of("GOV"), 2, "Foreign", "Minister");
        assertAgent(List.of("GOV"), 1, "spokesman");
    }

    @Test
    void otherSectors() {
        assertAgent(List.of("CVL"), 1, "protesters");
        assertAgent(List.of("COP"), 1, "police");
        assertAgent(List.of("LEG"), 1, "lawmakers");
        assertAgent(List.of("REB"), 1, "rebels");
        assertAgent(List.of("JUD"), 1, "court");
    }

    @Test
    void diplomaticWordsAndBlockersAreNotAgents() {
        assertThat(match("parties")).isEmpty();
        assertThat(match("sides")).isEmpty();
        assertThat(match("delegation")).isEmpty();
        assertThat(match("party")).isEmpty();
        assertThat(match("general", "election")).isEmpty();
        assertThat(match("major", "powers")).isEmpty();
        assertThat(match("talks")).isEmpty();
    }

    @Test
    void canonicalOrder() {
        assertThat(AgentLexicon.canonicalOrder(List.of("MIL", "GOV", "MIL"))).containsExactly("GOV", "MIL");
        assertThat(AgentLexicon.canonicalOrder(List.of("MUS", "REB", "XYZ", "ABC"))).containsExactly("REB", "MUS", "ABC", "XYZ");
        assertThat(AgentLexicon.canonicalOrder(List.of())).isEmpty();
    }
}
