package org.dyad.spark;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.dyad.Dyad;
import org.dyad.article.Article;
import org.dyad.event.Event;
import org.dyad.pipeline.CodedArticle;

/**
 * Codes the articles of one partition with this executor's {@link Dyad} ({@link ExecutorDyad}), one article at a time
 * on the task's thread, lazily (a partition is never held in memory whole). An article longer than the limit, or
 * one the pipeline throws on, becomes an {@code errors} row and the partition goes on; a read error passes through.
 * Counts sentences and the time spent coding, wall and CPU (of the task's thread), into accumulators (for the job's
 * throughput line; a retried task counts twice there, never in the output).
 */
final class PartitionCoder implements FlatMapFunction<Iterator<Row>, Coded>, Serializable {
    private final CoderSettings settings;
    private final int maxChars;
    private final LocalDateTime storedAt;
    private final LongAccumulator sentences;
    private final LongAccumulator codingNanos;
    private final LongAccumulator codingCpuNanos;
    private final boolean failFirstAttempt;

    /**
     * @param failFirstAttempt for the retry test only: the first attempt of partition 0 fails after handing on its first
     *                         article (Spark conf {@code spark.dyad.test.failFirstAttempt}), as a lost executor would
     */
    PartitionCoder(CoderSettings settings, int maxChars, LocalDateTime storedAt, LongAccumulator sentences,
                   LongAccumulator codingNanos, LongAccumulator codingCpuNanos, boolean failFirstAttempt) {
        this.settings = settings;
        this.maxChars = maxChars;
        this.storedAt = storedAt;
        this.sentences = sentences;
        this.codingNanos = codingNanos;
        this.codingCpuNanos = codingCpuNanos;
        this.failFirstAttempt = failFirstAttempt;
    }

    @Override
    public Iterator<Coded> call(Iterator<Row> rows) {
        Iterator<Coded> coded = new ArticleInputs.Expand<Row, Coded>(rows, (row, out) -> out.accept(code(row)));
        TaskContext task = TaskContext.get();
        if (!failFirstAttempt || task == null || task.attemptNumber() != 0 || task.partitionId() != 0) {
            return coded;
        }
        return new Iterator<>() {
            private boolean gave;

            @Override
            public boolean hasNext() {
                if (gave) {
                    throw new IllegalStateException("spark.dyad.test.failFirstAttempt: attempt 0 of partition 0 fails "
                            + "after its first article");
                }
                return coded.hasNext();
            }

            @Override
            public Coded next() {
                Coded c = coded.next();
                gave = true;
                return c;
            }
        };
    }

    private Coded code(Row row) {
        String input = row.getAs("input");
        String reason = row.getAs("reason");
        if (reason != null) {
            return Coded.failed(Rows.error(null, input, reason));
        }
        Article a = ArticleInputs.article(row);
        if (a.text().length() > maxChars) {
            return Coded.failed(Rows.error(a.id(), input, String.format(Locale.ROOT,
                    "%,d characters, more than the limit of %d (--max-chars); not coded", a.text().length(), maxChars)));
        }
        Dyad dyad = ExecutorDyad.get(settings);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        CodedArticle c;
        try {
            c = dyad.code(a);
        } catch (RuntimeException | StackOverflowError e) {
            String m = e.getMessage();
            return Coded.failed(Rows.error(a.id(), input, "could not be coded: " + e.getClass().getSimpleName()
                    + (m == null ? "" : ": " + m)));
        }
        codingNanos.add(System.nanoTime() - start);
        codingCpuNanos.add(Math.max(0, threads.getCurrentThreadCpuTime() - cpu));
        sentences.add(c.sentences());
        List<Row> mentions = new ArrayList<>(c.events().size());
        for (Event e : c.events()) {
            mentions.add(Rows.mention(e));
        }
        return new Coded(Rows.article(c, storedAt), mentions, null);
    }
}
