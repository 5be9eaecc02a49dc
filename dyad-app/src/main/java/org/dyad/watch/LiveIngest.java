package org.dyad.watch;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.dyad.article.Article;
import org.dyad.io.ArticleReader;
import org.dyad.io.ReadError;
import org.dyad.Dyad;
import org.dyad.pipeline.CodedArticle;
import org.dyad.store.EventStore;

/**
 * {@code --watch DIR}: every new or changed article file in DIR ({@link FolderWatcher}) read, coded and stored
 * as {@code dyad ingest} does it (the same reader, pipeline and {@link EventStore#status}/{@link EventStore#put}:
 * an unchanged article is skipped, a changed one replaces the stored version, an article longer than
 * {@code maxChars} is refused), one line per file on {@code log}, and each stored article recorded in
 * {@link IngestActivity}. The store is shared with the web server: every access holds the store's monitor, as
 * the API's handlers do; coding runs outside it.
 */
public final class LiveIngest implements AutoCloseable {
    /** How often the folder is looked at. */
    public static final Duration POLL = Duration.ofSeconds(1);

    private final EventStore store;
    private final Supplier<Dyad> coder;
    private final IngestActivity activity;
    private final PrintWriter log;
    private final int maxChars;
    private volatile FolderWatcher watcher;

    private LiveIngest(Path dir, EventStore store, Supplier<Dyad> coder, IngestActivity activity,
                       PrintWriter log, int maxChars) {
        this.store = Objects.requireNonNull(store, "store");
        this.coder = Objects.requireNonNull(coder, "coder");
        this.activity = Objects.requireNonNull(activity, "activity");
        this.log = Objects.requireNonNull(log, "log");
        this.maxChars = maxChars;
        this.watcher = FolderWatcher.start(dir, POLL, this::ingest);
    }

    /** Starts watching {@code dir}; files already there are ingested first (those unchanged are skipped). */
    public static LiveIngest start(Path dir, EventStore store, Supplier<Dyad> coder, IngestActivity activity,
                                   PrintWriter log, int maxChars) {
        return new LiveIngest(dir, store, coder, activity, log, maxChars);
    }

    private void ingest(List<Path> files) {
        List<Article> articles = new ArrayList<>();
        List<String> from = new ArrayList<>();
        for (Path f : files) {
            int before = articles.size();
            new ArticleReader().read(List.of(f.toString()), articles::add, (ReadError e) -> {
                say("watch: " + e + "; not stored");
                activity.failed(f.getFileName().toString(), e.message());
            });
            for (int i = before; i < articles.size(); i++) {
                from.add(f.getFileName().toString());
            }
        }
        for (int i = 0; i < articles.size() && !watcher().stopped(); i++) {
            one(articles.get(i), from.get(i));
        }
    }

    private void one(Article a, String file) {
        if (a.text().length() > maxChars) {
            say(String.format(Locale.ROOT, "watch: %s (%s): %,d characters, more than %d; not stored", a.id(), file,
                    a.text().length(), maxChars));
            activity.failed(file, "longer than " + maxChars + " characters");
            return;
        }
        try {
            EventStore.Status status;
            synchronized (store) {
                status = store.status(a);
            }
            if (status == EventStore.Status.UNCHANGED) {
                return;
            }
            CodedArticle coded = coder.get().code(a);
            EventStore.Stored s;
            synchronized (store) {
                s = store.put(coded);
            }
            String what = s.replaced().isEmpty() ? "stored" : "replaced";
            activity.stored(a.id(), file, what, s.mentions());
            say("watch: " + file + " -> " + a.id() + " " + what + " (" + s.mentions() + " mentions)");
        } catch (RuntimeException e) { // StoreException, or a failure of the pipeline on this article
            String m = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            say("watch: " + a.id() + " (" + file + "): could not be coded or stored: " + m);
            activity.failed(file, m);
        }
    }

    private FolderWatcher watcher() {
        FolderWatcher w = watcher;
        while (w == null) { // the first batch can come before the constructor has stored the watcher
            Thread.onSpinWait();
            w = watcher;
        }
        return w;
    }

    private void say(String line) {
        synchronized (log) {
            log.println(line);
            log.flush();
        }
    }

    /** Stops watching (a file being coded is finished first). */
    @Override
    public void close() {
        watcher.close();
    }
}
