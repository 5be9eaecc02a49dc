package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dyad.merge.EventKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each query on {@link Fixtures#corpus}, its figures worked out by hand in the comments. */
class QueriesTest {
    @TempDir static Path dir;
    static EventStore store;
    static Queries q;

    @BeforeAll
    static void fill() {
        store = EventStore.open(dir.resolve("q.duckdb"));
        Fixtures.corpus(store);
        q = new Queries(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** A row as text: values space-separated. */
    private static List<String> rows(ResultTable t) {
        return t.rows().stream().map(r -> r.stream().map(String::valueOf).collect(Collectors.joining(" "))).toList();
    }

    @Test
    void timelineByDayBothDirections() {
        ResultTable t = q.timeline("AZE", "IRN", Period.DAY, DateRange.ALL);
        assertThat(t.columns()).containsExactly("period", "events", "a_to_b", "b_to_a", "verbal_coop", "material_coop",
                "verbal_conflict", "material_conflict", "goldstein_sum", "goldstein_mean", "mentions");
        // 24th: the visit (1.9). 25th: the signing each way (8 + 8; c1 twice, c2 once: 3 mentions). 31st: the
        // denunciation (-2). 10 Feb: the threat (-7). The Russian attack and the ceasefire are other dyads.
        assertThat(rows(t)).containsExactly(
                "2022-01-24 1 1 0 1 0 0 0 1.9 1.9 1",
                "2022-01-25 2 1 1 2 0 0 0 16.0 8.0 3",
                "2022-01-31 1 0 1 0 0 1 0 -2.0 -2.0 1",
                "2022-02-10 1 0 1 0 0 1 0 -7.0 -7.0 1");
    }

    @Test
    void timelineEveryPeriodFillsTheRangeWithZeros() {
        ResultTable days = q.timelineEveryPeriod("AZE", "IRN", Period.DAY, DateRange.ALL, 100);
        assertThat(days.rows()).hasSize(18); // 24 January to 10 February
        assertThat(days.rows().get(0).get(0)).isEqualTo("2022-01-24");
        assertThat(days.rows().get(2).get(0)).isEqualTo("2022-01-26");
        assertThat(days.rows().get(2).get(1)).isEqualTo(0L);
        assertThat(days.rows().get(2).get(days.columns().indexOf("goldstein_mean"))).isNull();
        ResultTable months = q.timelineEveryPeriod("AZE", "IRN", Period.MONTH, new DateRange(
                java.util.Optional.of(java.time.LocalDate.of(2021, 12, 15)), java.util.Optional.of(
                java.time.LocalDate.of(2022, 4, 1))), 100);
        assertThat(months.rows()).extracting(r -> r.get(0) + ":" + r.get(1)).containsExactly("2021-12:0", "2022-01:4",
                "2022-02:1", "2022-03:0", "2022-04:0");
        assertThat(q.timelineEveryPeriod("AZE", "KAZ", Period.DAY, DateRange.ALL, 100).rows()).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> q.timelineEveryPeriod("AZE", "IRN", Period.DAY,
                DateRange.ALL, 10)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 10");
    }

    @Test
    void timelineByWeekAndMonth() {
        // ISO weeks: Mon 24 Jan and Tue 25 Jan are W04 (1.9 + 8 + 8 = 17.9 over 3 events = 5.97); Mon 31 Jan is
        // W05; Thu 10 Feb is W06.
        assertThat(rows(q.timeline("aze", "irn", Period.WEEK, DateRange.ALL))).containsExactly(
                "2022-W04 3 2 1 3 0 0 0 17.9 5.97 4",
                "2022-W05 1 0 1 0 0 1 0 -2.0 -2.0 1",
                "2022-W06 1 0 1 0 0 1 0 -7.0 -7.0 1");
        // January: 1.9 + 16 - 2 = 15.9 over 4 events = 3.975.
        ResultTable month = q.timeline("IRN", "AZE", Period.MONTH, DateRange.ALL);
        assertThat(month.rows()).hasSize(2);
        assertThat(month.rows().get(0).subList(0, 9)).containsExactly("2022-01", 4L, 2L, 2L, 3L, 0L, 1L, 0L, 15.9);
        assertThat((Double) month.rows().get(0).get(9)).isBetween(3.97, 3.98);
        assertThat(rows(month).get(1)).isEqualTo("2022-02 1 1 0 0 0 1 0 -7.0 -7.0 1");
    }

    @Test
    void timelineWithinDates() {
        DateRange jan25to31 = new DateRange(Optional.of(LocalDate.of(2022, 1, 25)), Optional.of(LocalDate.of(2022, 1, 31)));
        assertThat(rows(q.timeline("AZE", "IRN", Period.MONTH, jan25to31)))
                .containsExactly("2022-01 3 1 2 2 0 1 0 14.0 4.67 4");
    }

    @Test
    void eventsByActorAndCodePrefix() {
        ResultTable t = q.events("IRN", "05", DateRange.ALL, 0);
        assertThat(t.rows()).hasSize(2);
        assertThat(t.rows()).allSatisfy(r -> {
            assertThat(r.get(0)).isEqualTo(LocalDate.of(2022, 1, 25));
            assertThat(r.get(3)).isEqualTo("057");
        });
        assertThat(t.rows()).extracting(r -> r.get(2) + ">" + r.get(5))
                .containsExactlyInAnyOrder("AZEGOVMIL>IRNGOVMIL", "IRNGOVMIL>AZEGOVMIL");
        assertThat(q.events("IRN", "", DateRange.ALL, 0).rows()).hasSize(5);
        assertThat(q.events("IRN", "", DateRange.ALL, 2).rows()).hasSize(2);
        assertThat(q.events("IRN", "05", new DateRange(Optional.of(LocalDate.of(2022, 1, 26)), Optional.empty()), 0)
                .rows()).isEmpty();
        assertThat(q.events("", "19", DateRange.ALL, 0).rows()).singleElement()
                .satisfies(r -> assertThat(r.get(2)).isEqualTo("RUS"));
    }

    @Test
    void actorsByEvents() {
        // AZE: target of 111 and 138, both ends of the ceasefire = 4 events; AZEGOVMIL: 042, 057 each way = 3.
        ResultTable t = q.actors(2, DateRange.ALL);
        assertThat(rows(t)).containsExactly("AZE AZE  4 1 3 4", "AZEGOVMIL AZE  3 2 1 4");
    }

    /** A mention of {@code doc} whose source AZEGOVMIL is named {@code name}. */
    private static org.dyad.event.Event named(String doc, int sentence, String name) {
        org.dyad.event.Event e = Fixtures.mention(doc, sentence, "2022-01-25", "AZEGOVMIL", "IRNGOVMIL", "042");
        org.dyad.actor.Actor a = e.source();
        return new org.dyad.event.Event(e.eventId(), e.docId(), e.sentence(), e.date(), e.datePrecision(),
                new org.dyad.actor.Actor(a.code(), a.country(), a.sectors(), a.text(), name), e.target(), e.cameo(),
                e.reciprocal(), e.modality(), e.location(), e.evidence(), e.rule());
    }

    @Test
    void anActorsNameIsItsMostFrequentThenTheFirstInAlphabeticalOrder() {
        for (boolean zakirFirst : new boolean[] {true, false}) {
            try (EventStore s = EventStore.open(dir.resolve("names-" + zakirFirst + ".duckdb"))) {
                String first = zakirFirst ? "Zakir Hasanov" : "Hasanov";
                String second = zakirFirst ? "Hasanov" : "Zakir Hasanov";
                s.put(Fixtures.coded(Fixtures.article("n1", "one", "2022-01-25", "Wire"), named("n1", 0, first)));
                s.put(Fixtures.coded(Fixtures.article("n2", "two", "2022-01-25", "Wire"), named("n2", 0, second)));
                assertThat(new Queries(s).actors(1, DateRange.ALL).rows().get(0).get(2))
                        .as("a tie, whichever was stored first").isEqualTo("Hasanov");
                s.put(Fixtures.coded(Fixtures.article("n3", "three", "2022-01-25", "Wire"),
                        named("n3", 0, "Zakir Hasanov")));
                assertThat(new Queries(s).actors(1, DateRange.ALL).rows().get(0).get(2)).isEqualTo("Zakir Hasanov");
            }
        }
    }

    @Test
    void agreementRegisterMergesDirections() {
        // The 25 January signing: both directions, reported by c1 (twice) and c2: 2 articles, 3 mentions.
        ResultTable t = q.agreements("", DateRange.ALL);
        assertThat(t.columns()).containsExactly("date", "party1", "party2", "cameo", "what", "evidence", "doc_id",
                "articles", "mentions", "event_id");
        assertThat(t.rows()).extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(2) + " " + r.get(3) + " "
                        + r.get(7) + " " + r.get(8))
                .containsExactly("2022-01-25 AZEGOVMIL IRNGOVMIL 057 2 3", "2022-03-01 ARM AZE 0871 1 2");
        assertThat(t.rows().get(0).get(4)).isEqualTo("Sign formal agreement: did");
        assertThat(t.rows().get(0).get(6)).isEqualTo("c1");
        assertThat(t.rows().get(0).get(9)).isIn(Long.toString(EventKey.of(Fixtures.mention("c1", 1, "2022-01-25",
                "AZEGOVMIL", "IRNGOVMIL", "057")).id()), Long.toString(EventKey.of(Fixtures.mention("c1", 2,
                "2022-01-25", "IRNGOVMIL", "AZEGOVMIL", "057")).id())); // one of the two directions c1 told
        assertThat(q.agreements("ARM", DateRange.ALL).rows()).hasSize(1);
    }

    @Test
    void networkOfCountries() {
        // IRN->AZE: 057 (8), 111 (-2), 138 (-7) = 3 events, mean -0.33; AZE->IRN: 042 (1.9), 057 (8) = 4.95.
        ResultTable t = q.network("", true, 0, DateRange.ALL);
        assertThat(rows(t)).containsExactly(
                "IRN AZE 3 3 1 0 2 0 -0.33",
                "AZE IRN 2 3 2 0 0 0 4.95",
                "ARM AZE 1 1 0 1 0 0 9.0",
                "AZE ARM 1 1 0 1 0 0 9.0",
                "RUS UKR 1 1 0 0 0 1 -10.0");
        assertThat(q.network("IRNMIL", false, 0, DateRange.ALL).rows()).singleElement()
                .satisfies(r -> assertThat(r.subList(0, 3)).containsExactly("IRNMIL", "AZE", 1L));
    }
}
