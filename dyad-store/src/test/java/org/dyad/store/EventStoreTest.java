package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.store.Fixtures.article;
import static org.dyad.store.Fixtures.coded;
import static org.dyad.store.Fixtures.mention;

import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.article.Article;
import org.dyad.event.Location;
import org.dyad.event.Modality;
import org.dyad.merge.EventKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real DuckDB file: idempotent puts, replacement, merging and its counts. */
class EventStoreTest {
    @TempDir Path dir;

    private EventStore store() {
        return EventStore.open(dir.resolve("t.duckdb"));
    }

    private static List<StoredEvent> events(EventStore s) {
        List<StoredEvent> out = new ArrayList<>();
        s.events(out::add);
        return out;
    }

    @Test
    void sameIdTwiceIsStoredOnce() {
        Article a = article("a1", "Iran and Azerbaijan signed a protocol.", "2022-01-26", "wire");
        try (EventStore s = store()) {
            assertThat(s.status(a)).isEqualTo(EventStore.Status.NEW);
            s.put(coded(a, mention("a1", 0, "2022-01-25", "AZEGOV", "IRNGOV", "057")));
            assertThat(s.status(a)).isEqualTo(EventStore.Status.UNCHANGED);
            EventStore.Stored again = s.put(coded(a, mention("a1", 0, "2022-01-25", "AZEGOV", "IRNGOV", "057")));
            assertThat(again.replaced()).containsExactly("a1");
            assertThat(s.totals()).isEqualTo(new EventStore.Totals(1, 1, 1, 2));
        }
    }

    @Test
    void sameTextUnderANewIdReplacesTheOldArticle() {
        Article a = article("a1", "Iran and Azerbaijan signed a protocol.", "2022-01-26", "wire");
        Article b = article("copy-of-a1", a.text(), "2022-01-26", "wire");
        try (EventStore s = store()) {
            s.put(coded(a, mention("a1", 0, "2022-01-25", "AZEGOV", "IRNGOV", "057")));
            assertThat(s.status(b)).isEqualTo(EventStore.Status.CHANGED);
            EventStore.Stored stored = s.put(coded(b, mention("copy-of-a1", 0, "2022-01-25", "AZEGOV", "IRNGOV",
                    "057")));
            assertThat(stored.replaced()).containsExactly("a1");
            assertThat(s.totals()).isEqualTo(new EventStore.Totals(1, 1, 1, 2));
            assertThat(events(s)).singleElement().satisfies(e -> {
                assertThat(e.numArticles()).isEqualTo(1);
                assertThat(e.first().docId()).isEqualTo("copy-of-a1");
            });
        }
    }

    @Test
    void changedTextUnderTheSameIdReplacesAndRecountsTheEvents() {
        Article a1 = article("a1", "first version", "2022-01-26", "wire");
        Article a2 = article("a2", "another outlet", "2022-01-26", "paper");
        try (EventStore s = store()) {
            s.put(coded(a1, mention("a1", 0, "2022-01-25", "AZEGOV", "IRNGOV", "057"),
                    mention("a1", 1, "2022-01-25", "AZEGOV", "IRNGOV", "042")));
            s.put(coded(a2, mention("a2", 0, "2022-01-25", "AZEGOV", "IRNGOV", "057")));
            assertThat(events(s)).extracting(StoredEvent::numMentions).containsExactlyInAnyOrder(2, 1);
            Article a1b = article("a1", "second version, no visit", "2022-01-26", "wire");
            assertThat(s.status(a1b)).isEqualTo(EventStore.Status.CHANGED);
            s.put(coded(a1b, mention("a1", 0, "2022-01-25", "AZEGOV", "IRNGOV", "057")));
            List<StoredEvent> events = events(s);
            assertThat(events).singleElement().satisfies(e -> {
                assertThat(e.cameo().code()).isEqualTo("057");
                assertThat(e.numMentions()).isEqualTo(2);
                assertThat(e.numArticles()).isEqualTo(2);
                assertThat(e.numSources()).isEqualTo(2);
            });
            assertThat(s.totals()).isEqualTo(new EventStore.Totals(2, 2, 1, 2));
        }
    }

    @Test
    void aChangedDateOrSourceIsNotUnchanged() {
        Article a = article("a1", "text", "2022-01-26", "wire");
        try (EventStore s = store()) {
            s.put(coded(a));
            assertThat(s.status(article("a1", "text", "2022-01-27", "wire"))).isEqualTo(EventStore.Status.CHANGED);
            assertThat(s.status(article("a1", "text", "2022-01-26", "other"))).isEqualTo(EventStore.Status.CHANGED);
            assertThat(s.status(article("a1", "text", "2022-01-26", "wire"))).isEqualTo(EventStore.Status.UNCHANGED);
        }
    }

    /**
     * The same signing told three times in two articles of one outlet and once in another outlet's article; a
     * visit the day before; a signing on another day; a negated and a hypothetical signing. Counted by hand:
     * the 25 January signing has 4 mentions, 3 articles, 2 sources.
     */
    @Test
    void mentionsOfOneHappeningMergeWithGdeltCounts() {
        try (EventStore s = store()) {
            s.put(coded(article("w1", "wire story one", "2022-01-26", "Caspian Wire"),
                    mention("w1", 0, "2022-01-25", "AZEGOVMIL", "IRNGOVMIL", "057"),
                    mention("w1", 3, "2022-01-25", "AZEGOVMIL", "IRNGOVMIL", "057"),
                    mention("w1", 4, "2022-01-24", "AZEGOVMIL", "IRN", "042")));
            s.put(coded(article("w2", "wire story two", "2022-01-27", "Caspian Wire"),
                    mention("w2", 2, "2022-01-25", "AZEGOVMIL", "IRNGOVMIL", "057"),
                    mention("w2", 5, "2022-02-10", "AZEGOVMIL", "IRNGOVMIL", "057"),
                    mention("w2", 6, "2022-01-25", "AZEGOVMIL", "IRNGOVMIL", "057",
                            Modality.ASSERTED.withNegated(), Optional.empty())));
            s.put(coded(article("p1", "paper story", "2022-01-25", "Tehran Paper"),
                    mention("p1", 1, "2022-01-25", "AZEGOVMIL", "IRNGOVMIL", "057", Modality.ASSERTED,
                            Optional.of(Location.of("Tehran", "IRN"))),
                    mention("p1", 2, "2022-01-25", "AZEGOVMIL", "IRNGOVMIL", "057",
                            Modality.ASSERTED.withHypothetical(), Optional.empty()),
                    mention("p1", 3, "2020-09-27", "AZEGOVMIL", "IRNGOVMIL", "057",
                            Modality.ASSERTED.withHistorical(Optional.of(Year.of(2020))), Optional.empty())));
            List<StoredEvent> events = events(s);
            assertThat(events).extracting(e -> e.date().orElseThrow() + " " + e.cameo().code())
                    .containsExactly("2022-01-24 042", "2022-01-25 057", "2022-02-10 057");
            StoredEvent signing = events.get(1);
            assertThat(signing.numMentions()).isEqualTo(4);
            assertThat(signing.numArticles()).isEqualTo(3);
            assertThat(signing.numSources()).isEqualTo(2);
            assertThat(signing.rootEvent()).isTrue();
            assertThat(signing.mentions()).extracting(e -> e.docId() + ":" + e.sentence())
                    .containsExactly("p1:1", "w1:0", "w1:3", "w2:2");
            assertThat(signing.first().docId()).as("earliest publication first").isEqualTo("p1");
            assertThat(signing.location()).map(Location::text).contains("Tehran");
            assertThat(signing.sourceUrl()).isEqualTo("Tehran Paper");
            assertThat(signing.id()).isEqualTo(EventKey.of(signing.first()).id());
            assertThat(events.get(0).numMentions()).isEqualTo(1);
            assertThat(events.get(0).rootEvent()).isFalse();
            assertThat(events.get(2).numArticles()).isEqualTo(1);
            assertThat(s.totals().mentions()).as("non-asserted mentions are kept").isEqualTo(9);
        }
    }

    @Test
    void theMostFrequentCodeNamesAnEventOfSeveralCodesUnderOneBase() {
        try (EventStore s = store()) {
            s.put(coded(article("x", "x", "2023-03-01", "a"),
                    mention("x", 0, "2023-03-01", "RUS", "UKR", "0311"),
                    mention("x", 1, "2023-03-01", "RUS", "UKR", "031"),
                    mention("x", 2, "2023-03-01", "RUS", "UKR", "0311")));
            assertThat(events(s)).singleElement().satisfies(e -> {
                assertThat(e.cameo().code()).isEqualTo("0311");
                assertThat(e.cameo().base()).isEqualTo("031");
                assertThat(e.numMentions()).isEqualTo(3);
            });
        }
    }

    @Test
    void aReopenedStoreKeepsItsRowsAndReadOnlyStoresRefuseWrites() {
        Path file = dir.resolve("t.duckdb");
        try (EventStore s = EventStore.open(file)) {
            s.put(coded(article("a1", "text", "2022-01-26", "wire"),
                    mention("a1", 0, "2022-01-25", "AZE", "IRN", "036")));
        }
        try (EventStore s = EventStore.openReadOnly(file)) {
            assertThat(s.totals()).isEqualTo(new EventStore.Totals(1, 1, 1, 2));
            assertThatThrownBy(() -> s.put(coded(article("a2", "t", null, "w")))).isInstanceOf(
                    IllegalStateException.class);
        }
    }

    @Test
    void aMissingStoreIsNamed() {
        assertThatThrownBy(() -> EventStore.openReadOnly(dir.resolve("none.duckdb")))
                .isInstanceOf(StoreException.class).hasMessageContaining("none.duckdb");
    }

    @Test
    void actorsNoLongerNamedAreDropped() {
        try (EventStore s = store()) {
            s.put(coded(article("a1", "one", "2022-01-26", "w"), mention("a1", 0, "2022-01-25", "AZE", "IRN", "036")));
            s.put(coded(article("a1", "two", "2022-01-26", "w"), mention("a1", 0, "2022-01-25", "AZE", "TUR", "036")));
            assertThat(s.totals().actors()).isEqualTo(2);
        }
    }
}
