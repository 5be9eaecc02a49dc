package org.dyad.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dyad.Dyad;
import org.dyad.article.Article;
import org.dyad.gaps.GapReport;
import org.dyad.gaps.GapStage;
import org.dyad.pipeline.ArticleCoder;
import org.dyad.store.EventStore;
import org.dyad.store.StoredArticles;
import org.dyad.watch.IngestActivity;

/**
 * {@code GET /api/gaps}: the dictionary gaps of the stored articles, as {@code dyad gaps --db} finds them. Coding
 * every stored article again takes a while, so it runs on a thread of its own: the first request starts it and
 * answers {@code "state": "running"} with the progress (and the lists of the last finished run, if any); later
 * requests answer {@code "ready"} with the lists until the store changes (a POSTed or watched article), when the
 * next request starts a new run. One run at a time; the store is held only to read a page of articles, never while
 * coding. An article that cannot be coded is counted ({@code failed}) and skipped. Thread-safe.
 */
final class GapsService implements AutoCloseable {
    /** Articles read from the store at a time. */
    private static final int PAGE = 50;

    /** How the service reads the store: with the server's lock on its one connection, or on a reader of its own. */
    interface Reads {
        <T> T read(Function<EventStore, T> work);
    }

    private final Reads reads;
    private final Supplier<Dyad> coder;
    private final IngestActivity activity;

    /** The last finished run and the store version it saw (-1: none yet). */
    private GapReport done;
    private long doneVersion = -1;
    private int doneFailed;
    /** The run under way, if any. */
    private Thread running;
    private long runningVersion;
    private long coded;
    private long total;
    private int failed;
    private volatile boolean closed;

    GapsService(Reads reads, Supplier<Dyad> coder, IngestActivity activity) {
        this.reads = Objects.requireNonNull(reads, "reads");
        this.coder = Objects.requireNonNull(coder, "coder");
        this.activity = Objects.requireNonNull(activity, "activity");
    }

    /** GET /api/gaps?top=N. */
    void handle(Context ctx) {
        Params p = Params.of(ctx, Api.PARAMS.get("/api/gaps"));
        int top = p.integer("top", 1, 1000).orElse(100L).intValue();
        Map<String, Object> out = new LinkedHashMap<>();
        GapReport report;
        synchronized (this) {
            long version = activity.changes();
            boolean ready = done != null && doneVersion == version;
            if (!ready && running == null && !closed) {
                start(version);
            }
            out.put("state", ready ? "ready" : "running");
            out.put("coded", ready ? doneArticles() : coded);
            out.put("total", ready ? doneArticles() : total);
            out.put("failed", ready ? doneFailed : failed);
            report = done;
        }
        out.putAll(GapsJson.of((report != null ? report : new GapReport()).summary(top)));
        ctx.header("Cache-Control", "no-store");
        Api.send(ctx, 200, out);
    }

    private long doneArticles() {
        return done.summary(0).articles();
    }

    /** Starts a run over the store as it is now ({@code version}); the caller holds this object's lock. */
    private void start(long version) {
        runningVersion = version;
        coded = 0;
        failed = 0;
        total = reads.read(s -> new StoredArticles(s).count());
        running = new Thread(this::run, "dyad-gaps");
        running.setDaemon(true);
        running.start();
    }

    private void run() {
        GapReport report = new GapReport();
        try {
            Dyad dyad = coder.get();
            ArticleCoder articles = new ArticleCoder(dyad.parser(), GapStage.appendTo(dyad.pipeline(), report));
            String after = "";
            while (!closed) {
                String from = after;
                List<Article> page = reads.read(s -> new StoredArticles(s).page(from, PAGE));
                if (page.isEmpty()) {
                    break;
                }
                for (Article a : page) {
                    if (closed) {
                        break;
                    }
                    boolean ok = true;
                    try {
                        articles.code(a);
                    } catch (RuntimeException | StackOverflowError e) {
                        ok = false;
                    }
                    synchronized (this) {
                        coded++;
                        failed += ok ? 0 : 1;
                    }
                }
                after = page.get(page.size() - 1).id();
            }
        } catch (RuntimeException e) {
            synchronized (this) {
                failed++;
            }
        } finally {
            synchronized (this) {
                if (!closed) {
                    done = report;
                    doneVersion = runningVersion;
                    doneFailed = failed;
                }
                running = null;
            }
        }
    }

    /** Stops a run under way (between articles); the service answers no more runs. */
    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            closed = true;
            t = running;
        }
        if (t != null) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
