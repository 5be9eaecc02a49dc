package org.dyad.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IngestActivityTest {
    /** A clock the test moves by hand. */
    private static final class Hand extends Clock {
        Instant now = Instant.parse("2024-09-10T10:00:00Z");

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @Test
    void countsTheArticlesOfTheLastMinuteAndEveryChange() {
        Hand clock = new Hand();
        IngestActivity a = new IngestActivity(Optional.of(Path.of("inbox")), clock);
        a.stored("a1", "a1.txt", "stored", 2);
        clock.now = clock.now.plusSeconds(40);
        a.stored("a2", "a2.txt", "replaced", 1);
        a.failed("bad.txt", "not valid UTF-8");
        assertThat(a.lastMinute()).isEqualTo(2);
        assertThat(a.changes()).isEqualTo(2);
        clock.now = clock.now.plus(Duration.ofSeconds(30));
        assertThat(a.lastMinute()).isEqualTo(1);
        assertThat(a.total()).isEqualTo(2);
        assertThat(a.recent()).extracting(IngestActivity.Stored::from).containsExactly("bad.txt", "a2.txt", "a1.txt");
        for (int i = 0; i < 30; i++) {
            a.stored("x" + i, "x.txt", "stored", 0);
        }
        assertThat(a.recent()).hasSize(IngestActivity.RECENT);
        assertThat(a.watched()).contains(Path.of("inbox"));
    }
}
