package org.dyad.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * What coding one input row gave: an {@code articles} row and its {@code mentions} rows, or an {@code errors} row.
 * Immutable once made; kept (persisted) between the job's writes so that each article is coded once.
 *
 * @param article  the article row, or null when the row could not be coded
 * @param mentions the mention rows (empty when none)
 * @param error    the error row, or null
 */
record Coded(Row article, List<Row> mentions, Row error) implements Serializable {
    Coded {
        mentions = List.copyOf(mentions);
    }

    static Coded failed(Row error) {
        return new Coded(null, List.of(), error);
    }
}
