package org.dyad.watch;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What has been stored lately: the articles a watched folder or the API brought in, for the pages that show
 * "articles coded in the last minute" and refresh when the store changes. Thread-safe.
 */
public final class IngestActivity {
    /** How many recent articles {@link #recent()} keeps. */
    static final int RECENT = 20;

    /** One article stored (or refused) at a time. */
    public record Stored(Instant at, String articleId, String from, String status, int mentions) {
        public Stored {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(status, "status");
        }
    }

    private final Optional<Path> watched;
    private final Clock clock;
    private final Deque<Stored> recent = new ArrayDeque<>();
    private final Deque<Instant> lastMinute = new ArrayDeque<>();
    private long changes;
    private long total;

    /** Activity of a store whose folder {@code watched} is watched (empty: none). */
    public IngestActivity(Optional<Path> watched) {
        this(watched, Clock.systemUTC());
    }

    IngestActivity(Optional<Path> watched, Clock clock) {
        this.watched = Objects.requireNonNull(watched, "watched");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The folder watched, if any. */
    public Optional<Path> watched() {
        return watched;
    }

    /** Records that an article was coded and stored (or replaced), from a file or the API. */
    public synchronized void stored(String articleId, String from, String status, int mentions) {
        Instant now = clock.instant();
        recent.addFirst(new Stored(now, articleId, from, status, mentions));
        while (recent.size() > RECENT) {
            recent.removeLast();
        }
        lastMinute.addLast(now);
        changes++;
        total++;
        trim(now);
    }

    /** Records a file that could not be read, coded or stored. */
    public synchronized void failed(String from, String message) {
        recent.addFirst(new Stored(clock.instant(), "", from, "failed: " + message, 0));
        while (recent.size() > RECENT) {
            recent.removeLast();
        }
    }

    /** Articles stored in the last minute. */
    public synchronized int lastMinute() {
        trim(clock.instant());
        return lastMinute.size();
    }

    /** How many times the store changed since the server started (pages refresh when it moves). */
    public synchronized long changes() {
        return changes;
    }

    /** Articles stored since the start. */
    public synchronized long total() {
        return total;
    }

    /** The latest articles, newest first. */
    public synchronized List<Stored> recent() {
        return new ArrayList<>(recent);
    }

    private void trim(Instant now) {
        Instant cut = now.minus(Duration.ofMinutes(1));
        while (!lastMinute.isEmpty() && lastMinute.peekFirst().isBefore(cut)) {
            lastMinute.removeFirst();
        }
    }
}
