package org.dyad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * What {@code dyad ingest} does with the articles of one run, done across the cluster, so that the job stores the
 * articles ingest would store from the same inputs:
 * <ol>
 *   <li>an id that repeats gets {@code #2}, {@code #3}, ... appended, in reading order (as ArticleReader does within
 *       one run);</li>
 *   <li>of the articles with the same text (by {@code text_hash}) only the last one in reading order is kept (ingest:
 *       a later article with the same text replaces the earlier).</li>
 * </ol>
 * Reading order is {@code ord_input, ord_file, ord_block, ord_row, ord_sub}: the inputs in the order given, a
 * folder's files in sorted path order, lines and rows in file order. Rows that hold a read error pass unchanged.
 * Deterministic: the same inputs give the same articles, whatever the partitioning or a retried task.
 */
final class ArticleOrder {
    private ArticleOrder() {}

    private static final String N = "ord_n";

    private static Column[] order(boolean descending) {
        String[] names = {"ord_input", "ord_file", "ord_block", "ord_row", "ord_sub"};
        Column[] c = new Column[names.length];
        for (int i = 0; i < names.length; i++) {
            c[i] = descending ? col(names[i]).desc() : col(names[i]).asc();
        }
        return c;
    }

    /**
     * The rows of {@code read} (ArticleInputs.READ) with ids made unique and repeated texts dropped, in one pass over
     * {@code read} (its inputs are read once): the error rows (no id, no text hash) share one window partition and
     * are all kept.
     */
    static Dataset<Row> dedupe(Dataset<Row> read) {
        Column error = col("reason").isNotNull();
        return read
                .withColumn(N, row_number().over(Window.partitionBy(col("id")).orderBy(order(false))))
                .withColumn("id", when(error.or(col(N).equalTo(1)), col("id"))
                        .otherwise(concat(col("id"), lit("#"), col(N).cast("string"))))
                .withColumn(N, row_number().over(Window.partitionBy(col("text_hash")).orderBy(order(true))))
                .filter(error.or(col(N).equalTo(1)))
                .drop(N);
    }
}
