package org.dyad.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodingOptionsTest {
    private static final CodingOptions D = CodingOptions.defaults();

    @Test
    void defaultsArePetrarchs() {
        assertThat(D).isEqualTo(new CodingOptions(0, true, 2, 8, 0, 0, 2, 8, false));
    }

    @Test
    void eachKeyChangesItsOwnOption() {
        assertThat(D.with("new_actor_length", "4")).isEqualTo(new CodingOptions(4, true, 2, 8, 0, 0, 2, 8, false));
        assertThat(D.with("require_dyad", "false")).isEqualTo(new CodingOptions(0, false, 2, 8, 0, 0, 2, 8, false));
        assertThat(D.with("comma_min", "3")).isEqualTo(new CodingOptions(0, true, 3, 8, 0, 0, 2, 8, false));
        assertThat(D.with("comma_max", "9")).isEqualTo(new CodingOptions(0, true, 2, 9, 0, 0, 2, 8, false));
        assertThat(D.with("comma_bmin", "1")).isEqualTo(new CodingOptions(0, true, 2, 8, 1, 0, 2, 8, false));
        assertThat(D.with("comma_bmax", "5")).isEqualTo(new CodingOptions(0, true, 2, 8, 0, 5, 2, 8, false));
        assertThat(D.with("comma_emin", "1")).isEqualTo(new CodingOptions(0, true, 2, 8, 0, 0, 1, 8, false));
        assertThat(D.with("comma_emax", "0")).isEqualTo(new CodingOptions(0, true, 2, 8, 0, 0, 2, 0, false));
    }

    @Test
    void namesAndTruthValuesAreCaseInsensitiveAndTrimmed() {
        assertThat(D.with(" Require_Dyad ", "FALSE").requireDyad()).isFalse();
        assertThat(D.with("require_dyad", "False").with("REQUIRE_DYAD", " True ").requireDyad()).isTrue();
        assertThat(D.with("COMMA_EMAX", " 12 ").commaEMax()).isEqualTo(12);
    }

    @Test
    void withLeavesTheIdentifiedActorFlagAndTheOriginalAlone() {
        CodingOptions universal = D.withIdentifiedActor(true);
        assertThat(universal.with("comma_max", "3").identifiedActor()).isTrue();
        assertThat(universal.with("require_dyad", "false").identifiedActor()).isTrue();
        D.with("comma_max", "3");
        assertThat(D.commaMax()).isEqualTo(8);
    }

    @Test
    void aTruthValueMustBeTrueOrFalse() {
        assertThatThrownBy(() -> D.with("require_dyad", "maybe"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("require_dyad must be true or false, not 'maybe'");
        assertThatThrownBy(() -> D.with("require_dyad", "1"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("require_dyad must be true or false, not '1'");
    }

    @Test
    void aNumberMustBeAWholeNonNegativeNumber() {
        assertThatThrownBy(() -> D.with("comma_max", "eight"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("comma_max must be a whole number, not 'eight'");
        assertThatThrownBy(() -> D.with("new_actor_length", "2.5"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("new_actor_length must be a whole number, not '2.5'");
        assertThatThrownBy(() -> D.with("comma_bmin", "-1"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("comma_bmin must not be negative: -1");
        assertThatThrownBy(() -> D.with("comma_emin", ""))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("comma_emin must be a whole number, not ''");
    }

    @Test
    void anUnknownOptionIsRejectedWhateverItsValue() {
        assertThatThrownBy(() -> D.with("stop_on_error", "True"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("unknown coding option 'stop_on_error'; known: [comma_bmax, comma_bmin,");
        assertThatThrownBy(() -> D.with("comma_middle", "3"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("unknown coding option 'comma_middle'")
            .hasMessageContaining("require_dyad");
    }
}
