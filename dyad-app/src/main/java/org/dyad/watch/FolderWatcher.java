package org.dyad.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.dyad.io.ArticleReader;

/**
 * Watches a folder (recursively) for article files that are new or changed, by polling: every {@code poll} it
 * lists the files {@link ArticleReader} reads in folders (.txt, .jsonl, .html, .xml ...; hidden ones skipped)
 * with their size and modification time, and hands on, in path order, each file whose size and time are new
 * and have not moved since the previous look (so a file still being written waits for the next poll). Files
 * there when watching starts count as new. A deleted file is forgotten (its article stays stored).
 *
 * <p>Polling rather than {@link java.nio.file.WatchService}: it needs no registration per subfolder, sees files
 * on network and container file systems where inotify is silent, and waits for a file to be complete. Runs
 * on one daemon thread; {@link #close()} stops it. The consumer runs on that thread, one batch at a time, and
 * is never interrupted: it checks {@link #stopped()} between files, and a file it did not get to is found
 * again by the next watch (the store does not have it yet).
 */
public final class FolderWatcher implements AutoCloseable {
    private record Seen(long size, long modified) { }

    private final Path dir;
    private final Duration poll;
    private final Consumer<List<Path>> ready;
    private final Map<Path, Seen> done = new HashMap<>();
    private final Map<Path, Seen> pending = new HashMap<>();
    private final Thread thread;
    private volatile boolean stopped;

    private FolderWatcher(Path dir, Duration poll, Consumer<List<Path>> ready) {
        this.dir = dir;
        this.poll = poll;
        this.ready = ready;
        this.thread = new Thread(this::run, "dyad-watch");
        this.thread.setDaemon(true);
    }

    /**
     * Starts watching {@code dir}, calling {@code ready} with each batch of new or changed files.
     *
     * @throws IllegalArgumentException when {@code dir} is not a folder
     */
    public static FolderWatcher start(Path dir, Duration poll, Consumer<List<Path>> ready) {
        Objects.requireNonNull(ready, "ready");
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("cannot watch " + dir + ": not a folder");
        }
        if (poll.isNegative() || poll.isZero()) {
            throw new IllegalArgumentException("the poll interval is positive");
        }
        FolderWatcher w = new FolderWatcher(dir, poll, ready);
        w.thread.start();
        return w;
    }

    /** A watcher that does not run by itself: {@link #look()} by hand (for tests). */
    static FolderWatcher unstarted(Path dir) {
        return new FolderWatcher(dir, Duration.ofSeconds(1), files -> { });
    }

    private void run() {
        while (!stopped) {
            try {
                List<Path> batch = look();
                if (!batch.isEmpty()) {
                    ready.accept(batch);
                }
            } catch (RuntimeException e) {
                // one bad look (a folder removed under us, a consumer failure) never stops the watch
                System.err.println("dyad: watching " + dir + ": " + e);
            }
            synchronized (this) {
                if (stopped) {
                    return;
                }
                try {
                    wait(poll.toMillis()); // close() wakes it; coding is never interrupted
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** One look at the folder: the files that became ready since the last one, in path order. */
    List<Path> look() {
        Map<Path, Seen> now = list();
        done.keySet().retainAll(now.keySet());
        pending.keySet().retainAll(now.keySet());
        List<Path> out = new ArrayList<>();
        for (Map.Entry<Path, Seen> f : now.entrySet()) {
            Path p = f.getKey();
            Seen s = f.getValue();
            if (s.equals(done.get(p))) {
                continue;
            }
            if (s.equals(pending.get(p))) { // unchanged since the last look: complete
                pending.remove(p);
                done.put(p, s);
                out.add(p);
            } else {
                pending.put(p, s);
            }
        }
        out.sort(null);
        return out;
    }

    private Map<Path, Seen> list() {
        Map<Path, Seen> out = new HashMap<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return !d.equals(dir) && hidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !hidden(file) && ArticleReader.readsInFolders(file)) {
                        out.put(file, new Seen(attrs.size(), attrs.lastModifiedTime().toMillis()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // gone between listing and reading: seen next time
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + dir, e);
        }
        return out;
    }

    /** True once {@link #close()} was called: a consumer stops between files. */
    public boolean stopped() {
        return stopped;
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** Stops watching and waits for the file being handled to finish (the consumer checks {@link #stopped()}). */
    @Override
    public void close() {
        synchronized (this) {
            stopped = true;
            notifyAll();
        }
        try {
            thread.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
