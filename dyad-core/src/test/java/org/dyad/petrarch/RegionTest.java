package org.dyad.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.text.Sentence;
import org.junit.jupiter.api.Test;

/** {@link Region}: the tokens of a verb's clause after it. */
class RegionTest {
    @Test
    void aCoordinatedClauseAndPunctuationAreNotTheVerbsClause() {
        Sentence s = MiddleEarth.coordinated(); // Gondor praised Arnor and Rohan attacked Mordor .
        assertThat(Region.after(s, MiddleEarth.none(s), 1, 1, false, false).tokens()).containsExactly(2);
        assertThat(Region.after(s, MiddleEarth.none(s), 5, 5, false, false).tokens()).containsExactly(6);
    }

    @Test
    void inPetrarch2SyntaxTheVerbsOwnPhrasesLeaveItsComplementClauseOut() {
        Sentence s = MiddleEarth.saidAttacked(); // Gondor said Rohan attacked Mordor .
        assertThat(Region.after(s, MiddleEarth.none(s), 1, 1, false, true).tokens()).containsExactly(2, 3, 4);
        assertThat(Region.after(s, MiddleEarth.none(s), 1, 1, true, true).tokens()).isEmpty();
        assertThat(Region.after(s, MiddleEarth.none(s), 1, 1, true, false).tokens())
            .as("TABARI syntax has no own phrases").containsExactly(2, 3, 4);
    }

    @Test
    void removedTokensAndTokensUpToTheVerbsLastWordAreLeftOut() {
        Sentence s = MiddleEarth.threatenedWithWar(); // Gondor threatened Arnor with war .
        boolean[] deleted = MiddleEarth.none(s);
        deleted[2] = true;
        Region r = Region.after(s, deleted, 1, 1, false, false);
        assertThat(r.tokens()).containsExactly(3, 4);
        assertThat(Region.after(s, MiddleEarth.none(s), 1, 3, false, false).tokens()).containsExactly(4);
        assertThat(r.verb()).isEqualTo(1);
        assertThat(r.after()).isEqualTo(1);
    }
}
