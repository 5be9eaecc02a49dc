package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.dyad.article.TextHash;
import org.junit.jupiter.api.Test;

/** Repeated ids and repeated texts, as dyad ingest treats them within one run. */
class ArticleOrderTest {
    /** A read article: input, file, row; id and text. */
    private static Row article(int input, String file, long row, String id, String text) {
        return RowFactory.create(input, file, 0L, row, 0, id, text, TextHash.of(text), null, "", "", file, "", file
                + ":" + (row + 1), null);
    }

    private static Row error(int input, String file, long row) {
        return RowFactory.create(input, file, 0L, row, 0, null, null, null, null, null, null, null, null,
                file + ":" + (row + 1), "bad JSON");
    }

    @Test
    void repeatedIdsAreNumberedAndRepeatedTextsKeepTheLast() {
        List<Row> read = List.of(
                article(0, "/in/b.jsonl", 0, "a", "Text one."),
                article(0, "/in/a.jsonl", 1, "a", "Text two."),
                article(0, "/in/a.jsonl", 0, "a", "Text three."),
                article(1, "/other/x.jsonl", 0, "a", "Text four."),
                article(0, "/in/a.jsonl", 2, "b", "Text one."),
                error(0, "/in/a.jsonl", 3),
                error(0, "/in/a.jsonl", 4));
        List<Row> out = ArticleOrder.dedupe(TestSpark.session().createDataFrame(read, ArticleInputs.READ))
                .orderBy("ord_input", "ord_file", "ord_row").collectAsList();
        // reading order: a.jsonl rows 0, 1, 2 (a, a#2, b), b.jsonl (a#3), then input 1 (a#4). "Text one." is in
        // a.jsonl row 2 (b) and b.jsonl (a#3): b.jsonl is read later, so a#3 stays and b goes.
        assertThat(out).extracting(r -> r.<String>getAs("id") + " " + r.<String>getAs("text") + " "
                + r.<String>getAs("reason")).containsExactly(
                "a Text three. null",
                "a#2 Text two. null",
                "null null bad JSON",
                "null null bad JSON",
                "a#3 Text one. null",
                "a#4 Text four. null");
    }
}
