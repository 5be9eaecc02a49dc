package org.dyad.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

class CalendarNamesTest {
    @Test
    void monthsByNameAndAbbreviation() {
        assertThat(CalendarNames.months()).hasSize(24).contains(entry("january", 1), entry("jan", 1), entry("may", 5),
            entry("sep", 9), entry("sept", 9), entry("september", 9), entry("dec", 12), entry("december", 12));
        assertThat(CalendarNames.months()).doesNotContainKeys("January", "ma", "");
    }

    @Test
    void weekdaysByName() {
        assertThat(CalendarNames.weekdays()).hasSize(7).contains(entry("monday", DayOfWeek.MONDAY),
            entry("sunday", DayOfWeek.SUNDAY));
    }
}
