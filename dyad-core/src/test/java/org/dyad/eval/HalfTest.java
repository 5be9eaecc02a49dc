package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HalfTest {
    @Test
    void theHalfIsTheFirstByteOfSha256OfTheKey() {
        // SHA-256 first bytes, computed apart (python3 hashlib): "record-2" 123, "record-3" 34, "record-1" 183, "a" 202
        assertThat(Half.of("record-2")).isEqualTo(Half.TUNE);
        assertThat(Half.of("record-3")).isEqualTo(Half.TUNE);
        assertThat(Half.of("record-1")).isEqualTo(Half.CHECK);
        assertThat(Half.of("a")).isEqualTo(Half.CHECK);
    }

    @Test
    void theSameKeyAlwaysFallsInTheSameHalf() {
        for (int i = 0; i < 200; i++) {
            String id = "gsr-" + i;
            assertThat(Half.of(id)).isEqualTo(Half.of(new String(id.toCharArray())));
        }
    }

    @Test
    void halvesAreRoughlyBalanced() {
        int tune = 0;
        int n = 4000;
        for (int i = 0; i < n; i++) {
            if (Half.of("record-" + i) == Half.TUNE) {
                tune++;
            }
        }
        // a fair coin gives 2000 +- 32 (one standard deviation); 150 is more than four
        assertThat(tune).isBetween(1850, 2150);
    }

    @Test
    void aTextKeyIgnoresSpacingAndCaseSoTokenisedAndPlainTextAgree() {
        assertThat(Half.normalise("Iran 's army .")).isEqualTo(Half.normalise("IRAN's\u00a0army.")).isEqualTo("iran'sarmy.");
        assertThat(Half.ofText("Iran 's army .")).isEqualTo(Half.ofText("Iran's army.")).isEqualTo(Half.CHECK);
    }

    @Test
    void namesParseInAnyCase() {
        assertThat(Half.parse("TUNE")).isEqualTo(Half.TUNE);
        assertThat(Half.parse("check")).isEqualTo(Half.CHECK);
        assertThat(Half.TUNE.label()).isEqualTo("tune");
        assertThatThrownBy(() -> Half.parse("dev")).hasMessageContaining("unknown half 'dev'");
    }
}
