package org.dyad.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * How {@code dyad ingest} shows its progress: a bar on the terminal (me.tongfei:progressbar), one line per
 * stored article (for logs, and for whoever waits on a particular article), or nothing.
 */
abstract class IngestProgress implements AutoCloseable {

    /** The {@code --progress} modes. */
    static final String MODES = "auto, bar, lines or none";

    /** Called once per article handled (stored or failed), on the thread that stores. */
    abstract void step(String articleId, String outcome, long events);

    @Override
    public abstract void close();

    /**
     * The progress for {@code mode}: {@code auto} is a bar when the process has a terminal (and so its stderr
     * is the user's screen), else nothing.
     */
    static IngestProgress create(String mode, int total, PrintWriter err) {
        return switch (check(mode)) {
            case "auto" -> System.console() != null ? new Bar(total) : new None();
            case "bar" -> new Bar(total);
            case "lines" -> new Lines(total, err);
            default -> new None();
        };
    }

    /** The mode in lower case; throws IllegalArgumentException for an unknown one. */
    static String check(String mode) {
        String m = mode.toLowerCase(Locale.ROOT);
        if (!List.of("auto", "bar", "lines", "none").contains(m)) {
            throw new IllegalArgumentException("unknown progress '" + mode + "'; choose " + MODES);
        }
        return m;
    }

    private static final class None extends IngestProgress {
        @Override void step(String articleId, String outcome, long events) {}
        @Override public void close() {}
    }

    private static final class Lines extends IngestProgress {
        private final int total;
        private final PrintWriter err;
        private int done;

        Lines(int total, PrintWriter err) {
            this.total = total;
            this.err = err;
        }

        @Override
        void step(String articleId, String outcome, long events) {
            done++;
            err.println("ingest: " + done + "/" + total + " " + articleId + " " + outcome);
            err.flush();
        }

        @Override public void close() {}
    }

    private static final class Bar extends IngestProgress {
        private final ProgressBar bar;

        Bar(int total) {
            bar = new ProgressBarBuilder()
                    .setTaskName("ingest")
                    .setInitialMax(total)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                    .setUnit(" articles", 1)
                    .showSpeed()
                    .setUpdateIntervalMillis(250)
                    .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
                    .build();
        }

        @Override
        void step(String articleId, String outcome, long events) {
            bar.step();
            bar.setExtraMessage(" " + events + " mentions");
        }

        @Override
        public void close() {
            bar.close();
        }
    }
}
