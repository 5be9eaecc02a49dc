package org.dyad.pipeline;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.dyad.article.Article;

/**
 * A few worker threads coding articles, each article within a time budget. Results come back in input order.
 *
 * <p>Why not an {@code ExecutorService} with {@code Future.get(timeout)}: CoreNLP does not check for interruption,
 * so cancelling a future leaves its thread busy, and a fixed pool would lose that worker for good. Here the watch
 * (the calling thread, while it waits for results) marks an article that has run past its budget as failed,
 * interrupts its worker, gives up on it (it is a daemon thread, left to finish or die with the process; its result
 * is thrown away) and starts a new worker in its place, so the batch goes on at full strength. An abandoned
 * worker still holds its CPU and memory until CoreNLP returns: a budget of a minute bounds how much of that piles
 * up on a pathological input. Not thread-safe: one {@link #run} at a time.
 */
final class CodingWorkers implements AutoCloseable {
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final int size;
    private final Function<Article, CodedArticle> code;
    private final long budgetNanos;
    private final Duration budget;
    private final BlockingQueue<Task> queue = new LinkedBlockingQueue<>();
    private final Set<Worker> workers = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;
    private int started;

    CodingWorkers(int size, Function<Article, CodedArticle> code, Duration budget) {
        this.size = size;
        this.code = Objects.requireNonNull(code, "code");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.budgetNanos = budget.toNanos();
        for (int i = 0; i < size; i++) {
            spawn();
        }
    }

    /** One article on its way through a worker. */
    private static final class Task {
        final Article article;
        final CompletableFuture<CodedArticle> result = new CompletableFuture<>();
        volatile long startedNanos;
        volatile Worker worker;

        Task(Article article) {
            this.article = article;
        }
    }

    private final class Worker extends Thread {
        volatile boolean abandoned;

        Worker(int n) {
            super("dyad-coder-" + n);
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!closed && !abandoned) {
                Task t;
                try {
                    t = queue.poll(250, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    continue; // closed or abandoned: the loop condition says which
                }
                if (t == null || t.result.isDone() || abandoned) {
                    if (t != null && abandoned && !t.result.isDone()) {
                        queue.add(t); // not ours to run any more
                    }
                    continue;
                }
                Thread.interrupted(); // an interrupt meant for an earlier article
                t.worker = this;
                t.startedNanos = System.nanoTime();
                try {
                    t.result.complete(code.apply(t.article));
                } catch (RuntimeException e) {
                    t.result.completeExceptionally(e);
                } catch (StackOverflowError | OutOfMemoryError e) {
                    t.result.completeExceptionally(new IllegalStateException(e.toString(), e));
                } finally {
                    t.worker = null;
                }
            }
            workers.remove(this);
        }
    }

    private void spawn() {
        Worker w = new Worker(++started);
        workers.add(w);
        w.start();
    }

    /** Codes {@code articles}, results in input order, keeping at most four articles per worker in flight. */
    void run(Iterable<Article> articles, Consumer<CodedArticle> done, Consumer<ArticleCoder.Failure> failed) {
        Deque<Task> window = new ArrayDeque<>();
        for (Article a : articles) {
            Task t = new Task(a);
            window.add(t);
            queue.add(t);
            if (window.size() >= size * 4) {
                deliver(window, done, failed);
            }
        }
        while (!window.isEmpty()) {
            deliver(window, done, failed);
        }
    }

    /** Waits for the first article of the window (watching every article's budget meanwhile) and hands it on. */
    private void deliver(Deque<Task> window, Consumer<CodedArticle> done, Consumer<ArticleCoder.Failure> failed) {
        Task head = window.peekFirst();
        while (true) {
            watch(window);
            try {
                CodedArticle c = head.result.get(POLL_NANOS, TimeUnit.NANOSECONDS);
                window.removeFirst();
                done.accept(c);
                return;
            } catch (TimeoutException e) {
                // still running: watch again
            } catch (ExecutionException e) {
                window.removeFirst();
                Throwable c = e.getCause();
                failed.accept(new ArticleCoder.Failure(head.article, c instanceof Exception x ? x
                        : new IllegalStateException(String.valueOf(c), c)));
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                window.removeFirst();
                failed.accept(new ArticleCoder.Failure(head.article, e));
                return;
            }
        }
    }

    /** Fails every article that has run past its budget, and replaces its worker. */
    private void watch(Deque<Task> window) {
        long now = System.nanoTime();
        for (Task t : window) {
            long s = t.startedNanos;
            if (s != 0 && !t.result.isDone() && now - s > budgetNanos
                    && t.result.completeExceptionally(new ArticleCoder.OverBudgetException(budget))) {
                Worker w = t.worker;
                if (w != null) {
                    w.abandoned = true;
                    workers.remove(w);
                    w.interrupt();
                }
                spawn();
            }
        }
    }

    /** Stops the workers (an abandoned one may still be running its article; it is a daemon and ends with it). */
    @Override
    public void close() {
        closed = true;
        for (Worker w : workers) {
            w.interrupt();
        }
    }
}
