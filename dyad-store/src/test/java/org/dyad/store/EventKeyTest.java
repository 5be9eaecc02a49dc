package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventKeyTest {
    private static final LocalDate DAY = LocalDate.of(2022, 1, 25);

    @Test
    void theIdIsAStablePositiveHashOfTheKey() {
        EventKey k = new EventKey(DAY, "day", "AZEGOVMIL", "IRNGOVMIL", "057");
        assertThat(k.text()).isEqualTo("2022-01-25|day|AZEGOVMIL|IRNGOVMIL|057");
        assertThat(k.id()).isPositive().isEqualTo(new EventKey(DAY, "day", "AZEGOVMIL", "IRNGOVMIL", "057").id());
    }

    @Test
    void eachPartOfTheKeyMatters() {
        long id = new EventKey(DAY, "day", "AZE", "IRN", "057").id();
        assertThat(new EventKey(DAY.plusDays(1), "day", "AZE", "IRN", "057").id()).isNotEqualTo(id);
        assertThat(new EventKey(DAY, "month", "AZE", "IRN", "057").id()).isNotEqualTo(id);
        assertThat(new EventKey(DAY, "day", "IRN", "AZE", "057").id()).isNotEqualTo(id);
        assertThat(new EventKey(DAY, "day", "AZE", "", "057").id()).isNotEqualTo(id);
        assertThat(new EventKey(DAY, "day", "AZE", "IRN", "051").id()).isNotEqualTo(id);
    }

    @Test
    void aMentionsKeyUsesItsBaseCode() {
        assertThat(EventKey.of(Fixtures.mention("d", 0, "2022-01-25", "RUS", "UKR", "0311")).base()).isEqualTo("031");
        assertThat(EventKey.of(Fixtures.mention("d", 0, "2022-01-25", "RUS", null, "010")).target()).isEmpty();
    }
}
