package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.store.Fixtures.article;
import static org.dyad.store.Fixtures.coded;
import static org.dyad.store.Fixtures.mention;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreReadersTest {
    @TempDir Path dir;

    @Test
    void readersRunConcurrentlySeeCommittedWritesAndABusyPoolSaysSo() throws Exception {
        try (EventStore store = EventStore.open(dir.resolve("r.duckdb"))) {
            store.put(coded(article("a1", "one", "2022-01-25", "W"),
                    mention("a1", 0, "2022-01-25", "AZEGOVMIL", "IRNGOVMIL", "057")));
            try (StoreReaders readers = new StoreReaders(store, 2, Duration.ofSeconds(10))) {
                CountDownLatch both = new CountDownLatch(2);
                ExecutorService pool = Executors.newFixedThreadPool(3);
                try {
                    // two reads hold both readers at once: each waits for the other inside its read
                    Future<Long> r1 = pool.submit(() -> readers.read(Duration.ofSeconds(5), r -> {
                        both.countDown();
                        await(both);
                        return r.totals().events();
                    }));
                    Future<Long> r2 = pool.submit(() -> readers.read(Duration.ofSeconds(5), r -> {
                        both.countDown();
                        await(both);
                        return r.totals().events();
                    }));
                    assertThat(r1.get(30, TimeUnit.SECONDS)).isEqualTo(1);
                    assertThat(r2.get(30, TimeUnit.SECONDS)).isEqualTo(1);

                    CountDownLatch hold = new CountDownLatch(1);
                    CountDownLatch held = new CountDownLatch(2);
                    for (int i = 0; i < 2; i++) {
                        pool.submit(() -> readers.read(Duration.ofSeconds(5), r -> {
                            held.countDown();
                            await(hold);
                            return 0;
                        }));
                    }
                    held.await(30, TimeUnit.SECONDS);
                    assertThatThrownBy(() -> readers.read(Duration.ofMillis(100), r -> 0))
                            .isInstanceOf(StoreReaders.Busy.class).hasMessageContaining("busy");
                    hold.countDown();
                } finally {
                    pool.shutdownNow();
                }
                store.put(coded(article("a2", "two", "2022-02-01", "W"),
                        mention("a2", 0, "2022-02-01", "AZEGOVMIL", "IRNGOVMIL", "042")));
                long events = readers.read(Duration.ofSeconds(5), r -> r.totals().events());
                assertThat(events).isEqualTo(2);
                assertThatThrownBy(() -> readers.read(Duration.ofSeconds(5), r -> r.put(null)))
                        .isInstanceOf(IllegalStateException.class);
            }
        }
    }

    private static void await(CountDownLatch l) {
        try {
            l.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
