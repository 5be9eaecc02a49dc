package org.dyad.spark;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.dyad.Dyad;
import org.dyad.article.Article;
import org.dyad.event.Event;
import org.dyad.pipeline.ArticleCoder;
import org.dyad.pipeline.CodedArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Codes the articles of one partition with this executor's {@link Dyad} ({@link ExecutorDyad}), one article at a time
 * for the task, lazily (a partition is never held in memory whole), each within the settings' limits as
 * {@code dyad ingest} codes it ({@link Dyad#codeWithin}: a worker thread watched by the task's thread). An article
 * longer than the limit, one not coded within the time budget, or one the pipeline throws on, becomes an
 * {@code errors} row with {@code dyad ingest}'s reason and the partition goes on; a read error passes through.
 * Mentions below the confidence threshold are left out, as {@code dyad ingest --min-confidence} leaves them out. What
 * coding warned about (a sentence split) goes to the executor's log. Counts sentences and the wall time spent coding
 * into accumulators (for the job's throughput line; a retried task counts twice there, never in the output).
 */
final class PartitionCoder implements FlatMapFunction<Iterator<Row>, Coded>, Serializable {
    private static final Logger LOG = LoggerFactory.getLogger(PartitionCoder.class);

    private final CoderSettings settings;
    private final double minConfidence;
    private final LocalDateTime storedAt;
    private final LongAccumulator sentences;
    private final LongAccumulator codingNanos;
    private final boolean failFirstAttempt;

    /**
     * @param failFirstAttempt for the retry test only: the first attempt of partition 0 fails after handing on its first
     *                         article (Spark conf {@code spark.dyad.test.failFirstAttempt}), as a lost executor would
     */
    PartitionCoder(CoderSettings settings, double minConfidence, LocalDateTime storedAt, LongAccumulator sentences,
                   LongAccumulator codingNanos, boolean failFirstAttempt) {
        this.settings = settings;
        this.minConfidence = minConfidence;
        this.storedAt = storedAt;
        this.sentences = sentences;
        this.codingNanos = codingNanos;
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
        Dyad dyad = ExecutorDyad.get(settings);
        long start = System.nanoTime();
        CodedArticle c;
        try {
            c = dyad.codeWithin(a);
        } catch (RuntimeException e) {
            return Coded.failed(Rows.error(a.id(), input, "could not be coded: "
                    + new ArticleCoder.Failure(a, e).message()));
        }
        codingNanos.add(System.nanoTime() - start);
        sentences.add(c.sentences());
        c.warnings().forEach(w -> LOG.warn("dyad: warning: {}: {}", input, w));
        if (minConfidence > 0) {
            c = new CodedArticle(c.article(), c.sentences(), c.tokens(),
                    c.events().stream().filter(e -> e.confidence() >= minConfidence).toList(), c.warnings());
        }
        List<Row> mentions = new ArrayList<>(c.events().size());
        for (Event e : c.events()) {
            mentions.add(Rows.mention(e));
        }
        return new Coded(Rows.article(c, storedAt), mentions, null);
    }
}
