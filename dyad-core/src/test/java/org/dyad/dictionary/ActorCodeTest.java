package org.dyad.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActorCodeTest {
    @Test
    void parsesEveryDateRestriction() {
        assertThat(ActorCode.parse("HOBGOV 19950601 - 19990815")).isEqualTo(new ActorCode("HOBGOV",
            Optional.of(LocalDate.of(1995, 6, 1)), Optional.of(LocalDate.of(1999, 8, 15))));
        assertThat(ActorCode.parse("HOB < 950601").to()).contains(LocalDate.of(1995, 5, 31));
        assertThat(ActorCode.parse("HOBREB > 990816").from()).contains(LocalDate.of(1999, 8, 16));
        assertThat(ActorCode.parse("USAELI 18970101-450703")).isEqualTo(new ActorCode("USAELI",
            Optional.of(LocalDate.of(1897, 1, 1)), Optional.of(LocalDate.of(1945, 7, 3))));
        assertThat(ActorCode.parse("gon").code()).isEqualTo("GON");
    }

    @Test
    void writesBackWhatItParsed() {
        for (String s : new String[] {"HOBGOV 19950601-19990815", "HOB <19950601", "HOBREB >19990816", "GON"}) {
            assertThat(ActorCode.parse(ActorCode.parse(s).toString())).isEqualTo(ActorCode.parse(s));
        }
    }

    @Test
    void appliesOnItsDaysInclusive() {
        ActorCode c = ActorCode.parse("HOBGOV 19950601-19990815");
        assertThat(c.appliesOn(LocalDate.of(1995, 6, 1))).isTrue();
        assertThat(c.appliesOn(LocalDate.of(1999, 8, 15))).isTrue();
        assertThat(c.appliesOn(LocalDate.of(1999, 8, 16))).isFalse();
        assertThat(ActorCode.parse("GON").appliesOn(LocalDate.of(1, 1, 1))).isTrue();
    }

    @Test
    void rejectsBadDates() {
        assertThatThrownBy(() -> ActorCode.parse("HOB 9008223")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("bad date restriction");
        assertThatThrownBy(() -> ActorCode.parse("HOB 19950231-19960101")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("bad date '19950231'");
        assertThatThrownBy(() -> ActorCode.parse("HOB > 1995")).hasMessageContaining("want YYYYMMDD or YYMMDD");
    }
}
