package org.dyad.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicationDateTest {
    @Test
    void blankIsNoDateWithoutAWord() {
        for (String blank : new String[] {null, "", "   "}) {
            PublicationDate.Parsed p = PublicationDate.parse(blank);
            assertThat(p.date()).isEmpty();
            assertThat(p.problem()).isEmpty();
        }
    }

    @Test
    void datesInTheFormsMetadataWrites() {
        assertThat(PublicationDate.parse("2022-01-26").date()).contains(LocalDate.of(2022, 1, 26));
        assertThat(PublicationDate.parse("2022-01-26T10:00:00Z").date()).contains(LocalDate.of(2022, 1, 26));
        assertThat(PublicationDate.parse("January 26, 2022").date()).contains(LocalDate.of(2022, 1, 26));
        assertThat(PublicationDate.parse("26 Jan 2022").date()).contains(LocalDate.of(2022, 1, 26));
    }

    @Test
    void aValueThatIsNotADateIsNoDateWithAShortNote() {
        PublicationDate.Parsed p = PublicationDate.parse("2022-13-45");
        assertThat(p.date()).isEmpty();
        assertThat(p.problem().orElseThrow()).isEqualTo("unreadable date \"2022-13-45\" ignored; the article is undated");
        assertThat(PublicationDate.parse("y".repeat(10_000)).problem().orElseThrow())
                .hasSizeLessThan(200).contains("10000 characters");
    }
}
