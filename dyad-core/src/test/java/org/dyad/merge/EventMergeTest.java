package org.dyad.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.merge.EventMerge.EventRow;
import org.dyad.merge.EventMerge.MentionRow;
import org.junit.jupiter.api.Test;

class EventMergeTest {
    private static MentionRow row(long event, String article, int sentence, String published, String outlet,
                                  String cameo, String place, int addedSecond) {
        return new MentionRow(event, article + "-" + sentence, article, sentence, LocalDate.of(2023, 3, 1), "day",
                "RUS", "RUS", Optional.of("UKR"), Optional.of("UKR"), cameo.substring(0, 3), cameo, "name " + cameo,
                cameo.substring(0, 2), cameo.length(), 1, Optional.empty(), Optional.empty(), Optional.ofNullable(place),
                Optional.ofNullable(place).map(p -> "UKR"), Optional.empty(), Optional.empty(),
                Optional.ofNullable(published).map(LocalDate::parse), outlet, "ref-" + article,
                Instant.ofEpochSecond(addedSecond));
    }

    @Test
    void countsFirstMentionCodeAndLocation() {
        List<EventRow> rows = EventMerge.merge(List.of(
                row(7, "b", 2, "2023-03-02", "wire", "0311", null, 30),
                row(7, "a", 4, null, "paper", "031", "Kyiv", 10),
                row(7, "c", 0, "2023-03-02", "wire", "031", "Odesa", 20),
                row(7, "b", 1, "2023-03-02", "wire", "0311", null, 30),
                row(9, "a", 5, null, "paper", "042", null, 10)));
        assertThat(rows).hasSize(2);
        EventRow e = rows.get(0);
        assertThat(e.eventId()).isEqualTo(7);
        assertThat(e.mentions()).isEqualTo(4);
        assertThat(e.articles()).isEqualTo(3);
        assertThat(e.sources()).isEqualTo(2);
        assertThat(e.first().mentionId()).as("dated articles first, then id and sentence").isEqualTo("b-1");
        assertThat(e.code().cameo()).as("two each: the lower code").isEqualTo("031");
        assertThat(e.located().flatMap(MentionRow::locationText)).contains("Odesa");
        assertThat(e.root()).isTrue();
        assertThat(e.added()).isEqualTo(Instant.ofEpochSecond(10));
        assertThat(e.key()).isEqualTo("2023-03-01|day|RUS|UKR|031");
        assertThat(rows.get(1).root()).isFalse();
        assertThat(rows.get(1).located()).isEmpty();
    }
}
