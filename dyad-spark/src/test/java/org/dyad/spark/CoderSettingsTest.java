package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.dyad.pipeline.Limits;

import org.junit.jupiter.api.Test;

class CoderSettingsTest {
    @Test
    void unknownSettingsFailOnTheDriver() {
        assertThatThrownBy(() -> new CoderSettings("fast", "gdelt")).hasMessageContaining("unknown coder 'gdelt'");
        assertThatThrownBy(() -> new CoderSettings("slow", "combined")).hasMessageContaining("unknown NLP profile");
        assertThatThrownBy(() -> new CoderSettings("fast", "combined", 0, 250, 60))
                .hasMessageContaining("character limit");
        assertThatThrownBy(() -> new CoderSettings("fast", "combined", 1000, 2000, 60))
                .hasMessageContaining("--max-sentence-tokens is at most 1000");
        assertThatThrownBy(() -> new CoderSettings("fast", "combined", 1000, 250, 0)).hasMessageContaining("time budget");
    }

    @Test
    void theDefaultsAreIngestsLimits() {
        assertThat(new CoderSettings("fast", "combined").limits()).isEqualTo(Limits.DEFAULTS);
        assertThat(new CoderSettings("fast", "combined", 500, 100, 5).limits())
                .isEqualTo(Limits.DEFAULTS.withMaxChars(500).withMaxSentenceTokens(100).withTimeBudget(Duration.ofSeconds(5)));
    }
}
