package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.eval.TestEvents.actor;
import static org.dyad.eval.TestEvents.source;
import static org.dyad.eval.TestEvents.target;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanMatcherTest {
    private final SpanMatcher m = SpanMatcher.defaults();

    @Test
    void contentWordsLeaveOutFunctionWordsAndShortTokensAndDropPlurals() {
        assertThat(m.contentWords("The leaders of Gondor's northern provinces and their armies"))
            .containsExactly("leader", "gondor", "northern", "province", "army");
        assertThat(m.contentWords("Mr. Aragorn, who is with them")).containsExactly("aragorn");
        assertThat(m.contentWords("the glass and the authorities")).containsExactly("glass", "authority");
    }

    @Test
    void anAcronymInCapitalsIsNeverAStopword() {
        assertThat(m.contentWords("the U.S. army")).containsExactly("us", "army");
        assertThat(m.contentWords("let us go")).containsExactly("let", "go");
    }

    @Test
    void anActorMatchesASpanSharingAContentWord() {
        assertThat(m.matches(actor("GON", "Gondor's king", ""), source("the king of Gondor"))).isTrue();
        assertThat(m.matches(actor("GON", "Gondorian soldiers", ""), target("a soldier"))).isTrue();
        assertThat(m.matches(actor("ARN", "ARNOR", ""), source("arnor"))).isTrue();
        // sharing only "the" and "of" is not sharing an actor
        assertThat(m.matches(actor("GON", "the army of Gondor", ""), source("the king of Arnor"))).isFalse();
    }

    @Test
    void theActorsNameCountsWhenTheMentionIsAPronoun() {
        assertThat(m.matches(actor("GON", "He", "Boromir Denethorson"), source("Boromir"))).isTrue();
        assertThat(m.matches(actor("GON", "He", ""), source("he"))).isFalse();
    }

    @Test
    void matchesAnyTriesEverySpan() {
        assertThat(m.matchesAny(actor("ROH", "Rohan", ""), List.of(source("Gondor"), target("riders of Rohan"))))
            .isTrue();
        assertThat(m.matchesAny(actor("ROH", "Rohan", ""), List.of())).isFalse();
    }

    @Test
    void singularTakesOffPluralEndingsOnly() {
        assertThat(SpanMatcher.singular("militias")).isEqualTo("militia");
        assertThat(SpanMatcher.singular("policies")).isEqualTo("policy");
        assertThat(SpanMatcher.singular("press")).isEqualTo("press");
        assertThat(SpanMatcher.singular("bus")).isEqualTo("bus");
    }
}
