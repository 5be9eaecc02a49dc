package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.article.Article;
import org.dyad.article.TextHash;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;
import org.dyad.watch.IngestActivity;
import org.dyad.watch.LiveIngest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad ingest}: articles in, coded and kept in the DuckDB store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Code articles and keep them in the event store (a DuckDB file): articles, actors, event "
                + "mentions, and events (mentions of the same happening merged, with GDELT's NumMentions, "
                + "NumSources and NumArticles).",
                "Inputs as for dyad code. An article already stored under its id with the same text, date, source "
                        + "and URL is skipped; one stored under its id, or with its text under another id, is "
                        + "replaced: ingesting twice never duplicates (within one run, of two articles with the same "
                        + "text only the later is stored). Each article is stored in one transaction, "
                        + "so after a crash the same command picks up where it stopped.",
                "An input that cannot be read, coded or stored is reported on stderr by name; the others are "
                        + "stored (exit code 3 when that happened; 4 when the store itself cannot be used). Warnings "
                        + "do not change the exit code. A summary goes to standard output.",
                "--watch DIR keeps going: new or changed files in DIR are coded and stored as they come."})
final class IngestCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    /** The longest article ingested by default, in characters. */
    static final int MAX_CHARS = 100_000;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files, folders, or - for standard input.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--watch", paramLabel = "DIR",
            description = "After the PATHs (if any), keep watching DIR (and its subfolders): every new or changed "
                    + "article file is coded and stored within seconds, one line per file on standard output, "
                    + "until Ctrl-C. Files already in DIR are ingested first (unchanged ones skipped).")
    Path watch;

    @Mixin StoreFile store;

    @Mixin CoderOptions coding;

    @Mixin ConfidenceOption confidence;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Articles coded in parallel (default: ${DEFAULT-VALUE}).")
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

    @Option(names = "--progress", paramLabel = "MODE",
            description = "auto (a progress bar when run at a terminal, else nothing; the default), bar, lines "
                    + "(one line per stored article on stderr) or none.")
    String progress = "auto";

    @Mixin LimitOptions limitOptions;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        coding.validate(spec);
        double minConfidence = confidence.value(spec);
        org.dyad.pipeline.Limits limits = limitOptions.limits(spec);
        try {
            IngestProgress.check(progress);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (inputs.isEmpty() && watch == null) {
            throw new ParameterException(spec.commandLine(), "give the PATHs to ingest, or --watch DIR");
        }
        if (watch != null && !Files.isDirectory(watch)) {
            throw new ParameterException(spec.commandLine(), "--watch " + watch + ": not a folder");
        }
        long started = System.nanoTime();
        Inputs.Result read = Inputs.read(inputs, limits.maxChars(), err);
        IngestStats stats = new IngestStats(read.articles().size(), read.errors().size());
        EventStore es;
        try {
            es = EventStore.open(store.db);
        } catch (StoreException e) {
            err.println("dyad: " + e.getMessage());
            err.flush();
            return ExitCodes.STORE;
        }
        try (es) {
            List<Article> todo = new ArrayList<>();
            Map<String, Integer> lastWithText = new HashMap<>();
            for (int i = 0; i < read.articles().size(); i++) {
                lastWithText.put(TextHash.of(read.articles().get(i).text()), i);
            }
            for (int i = 0; i < read.articles().size(); i++) {
                Article a = read.articles().get(i);
                if (lastWithText.get(TextHash.of(a.text())) != i) {
                    stats.duplicates++; // a later article has the same text and would replace this one anyway
                } else if (es.status(a) == EventStore.Status.UNCHANGED) {
                    stats.unchanged++;
                } else {
                    todo.add(a);
                }
            }
            if (!todo.isEmpty()) {
                org.dyad.Dyad dyad = dyad(limits);
                long codingStarted = System.nanoTime();
                try (IngestProgress bar = IngestProgress.create(progress, todo.size(), err)) {
                    dyad.codeAll(todo, coded -> {
                        Warnings.print(coded, err);
                        try {
                            EventStore.Stored s = es.put(confident(coded, minConfidence));
                            stats.stored(coded.sentences(), s);
                            bar.step(coded.article().id(), "stored (" + s.mentions() + " mentions)", stats.mentions);
                        } catch (StoreException e) {
                            stats.failed++;
                            err.println("dyad: " + coded.article().id() + " (" + coded.article().source()
                                    + "): could not be stored: " + e.getMessage());
                            err.flush();
                            bar.step(coded.article().id(), "failed", stats.mentions);
                        }
                    }, failure -> {
                        stats.failed++;
                        err.println("dyad: " + failure.article().id() + " (" + failure.article().source()
                                + "): could not be coded: " + failure.message());
                        err.flush();
                        bar.step(failure.article().id(), "failed", stats.mentions);
                    });
                }
                stats.codingNanos = System.nanoTime() - codingStarted;
            }
            if (read.articles().isEmpty() && read.errors().isEmpty() && !inputs.isEmpty()) {
                err.println("dyad: no articles found in " + inputs);
            }
            stats.totalNanos = System.nanoTime() - started;
            if (!inputs.isEmpty()) {
                stats.print(out, es.file().toString(), es.totals());
            }
            if (watch != null) {
                watch(es, out, limits);
            }
        }
        return stats.failed == 0 ? ExitCodes.OK : ExitCodes.INPUT_ERRORS;
    }

    /** Codes and stores what appears in the watched folder until the process is stopped. */
    private void watch(EventStore es, PrintWriter out, org.dyad.pipeline.Limits limits) {
        out.println("ingest: watching " + watch + " (new or changed files are coded and stored; Ctrl-C stops)");
        out.flush();
        java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
        LiveIngest live = LiveIngest.start(watch, es, () -> dyad(limits),
                new IngestActivity(java.util.Optional.of(watch)), out, limits.maxChars());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            live.close();
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            live.close();
            Thread.currentThread().interrupt();
        }
    }

    /** What one ingest did. */
    private static final class IngestStats {
        final int read;
        int failed;
        int unchanged;
        int duplicates;
        int stored;
        int replaced;
        long sentences;
        long mentions;
        long asserted;
        long codingNanos;
        long totalNanos;

        IngestStats(int read, int readErrors) {
            this.read = read;
            this.failed = readErrors;
        }

        void stored(int articleSentences, EventStore.Stored s) {
            stored++;
            replaced += s.replaced().isEmpty() ? 0 : 1;
            sentences += articleSentences;
            mentions += s.mentions();
            asserted += s.assertedMentions();
        }

        void print(PrintWriter out, String file, EventStore.Totals t) {
            double secs = totalNanos / 1e9;
            double coding = Math.max(codingNanos, 1) / 1e9;
            out.printf(Locale.ROOT, "ingest: %d articles read; %d stored (%d of them replacing an earlier version), "
                    + "%d unchanged and skipped, %d errors%n", read, stored, replaced, unchanged, failed);
            if (duplicates > 0) {
                out.printf(Locale.ROOT, "ingest: %d articles skipped: a later article of this batch has the same text%n",
                        duplicates);
            }
            out.printf(Locale.ROOT, "ingest: %d event mentions stored (%d asserted) from %d sentences in %.1f s",
                    mentions, asserted, sentences, secs);
            if (stored > 0) {
                out.printf(Locale.ROOT, "; while coding %.2f articles/s, %.1f sentences/s", stored / coding,
                        sentences / coding);
            }
            out.println();
            out.printf(Locale.ROOT, "store %s: %d articles, %d mentions, %d events, %d actors%n", file, t.articles(),
                    t.mentions(), t.events(), t.actors());
            out.flush();
        }
    }

    private org.dyad.Dyad dyad;

    /** The command's Dyad, built (and CoreNLP loaded) on first use: not at all when every input is unchanged. */
    private synchronized org.dyad.Dyad dyad(org.dyad.pipeline.Limits limits) {
        if (dyad == null) {
            dyad = coding.build(spec, spec.commandLine().getErr(), threads, limits);
        }
        return dyad;
    }

    /** The article with the events at or above the confidence threshold. */
    static org.dyad.pipeline.CodedArticle confident(org.dyad.pipeline.CodedArticle c, double min) {
        if (min <= 0) {
            return c;
        }
        return new org.dyad.pipeline.CodedArticle(c.article(), c.sentences(), c.tokens(),
                c.events().stream().filter(e -> e.confidence() >= min).toList(), c.warnings());
    }
}
