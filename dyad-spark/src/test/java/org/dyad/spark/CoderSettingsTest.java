package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CoderSettingsTest {
    @Test
    void unknownSettingsFailOnTheDriver() {
        assertThatThrownBy(() -> new CoderSettings("fast", "gdelt")).hasMessageContaining("unknown coder 'gdelt'");
        assertThatThrownBy(() -> new CoderSettings("slow", "combined")).hasMessageContaining("unknown NLP profile");
    }
}
