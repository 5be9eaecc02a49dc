package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.dyad.actor.Actor;
import org.dyad.article.Article;
import org.dyad.event.Event;
import org.dyad.event.Evidence;
import org.dyad.event.Location;
import org.dyad.event.Modality;
import org.dyad.ontology.Cameo;
import org.dyad.pipeline.CodedArticle;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand-made coded articles (no NLP) stored by the DuckDB store and merged on Spark: the same events, counts, first
 * mentions, codes and places. The corpus: a signing told by three articles of two outlets (one via its URL's host),
 * in both directions and with two codes; a negated mention (no event); undated mentions of one key in two articles
 * (an event per article: the two mentions of one article merge, the articles do not); a place only the second
 * mention names.
 */
class SparkMergeTest {
    @TempDir Path dir;

    private static Actor actor(String code) {
        return new Actor(code, code.substring(0, 3), code.length() > 3 ? List.of(code.substring(3, 6)) : List.of(),
                "the " + code, "");
    }

    private static Event mention(String doc, int sentence, String date, String source, String target, String code,
                                 Modality modality, Optional<Location> place) {
        String text = source + " did " + code + " to " + target + ".";
        Evidence ev = new Evidence(text, sentence * 100, sentence * 100 + text.length(), "did", sentence * 100 + 4,
                sentence * 100 + 7);
        return new Event(doc + "-" + sentence + "-" + code, doc, sentence, Optional.ofNullable(date).map(LocalDate::parse),
                date == null ? "none" : "day", actor(source), Optional.ofNullable(target).map(SparkMergeTest::actor),
                Cameo.load().require(code), false, modality, place, ev, "test rule " + code);
    }

    private static Event asserted(String doc, int sentence, String date, String source, String target, String code) {
        return mention(doc, sentence, date, source, target, code, Modality.ASSERTED, Optional.empty());
    }

    private static List<CodedArticle> corpus() {
        Location baku = new Location("Baku", "AZE", Optional.of(40.4), Optional.of(49.9));
        Article a1 = new Article("a1", "one", Optional.of(LocalDate.of(2022, 1, 26)), "", "", "Caspian Wire", "");
        Article a2 = new Article("a2", "two", Optional.of(LocalDate.of(2022, 1, 25)), "", "", "feed",
                "https://www.tehran-paper.example/n/2");
        Article a3 = new Article("a3", "three", Optional.empty(), "", "", "Caspian Wire", "");
        return List.of(
                new CodedArticle(a1, 4, 40, List.of(
                        asserted("a1", 0, "2022-01-25", "AZEGOV", "IRNGOV", "031"),
                        asserted("a1", 2, "2022-01-25", "IRNGOV", "AZEGOV", "031"),
                        mention("a1", 3, "2022-01-25", "AZEGOV", "IRNGOV", "036", Modality.ASSERTED.withNegated(),
                                Optional.empty()))),
                new CodedArticle(a2, 3, 30, List.of(
                        asserted("a2", 0, null, "IRN", "AZE", "111"),
                        mention("a2", 1, "2022-01-25", "AZEGOV", "IRNGOV", "0311", Modality.ASSERTED, Optional.of(baku)),
                        asserted("a2", 2, null, "IRN", "AZE", "111"))),
                new CodedArticle(a3, 3, 20, List.of(
                        asserted("a3", 1, "2022-01-25", "AZEGOV", "IRNGOV", "0311"),
                        asserted("a3", 0, "2022-01-31", "IRN", null, "010"),
                        asserted("a3", 2, null, "IRN", "AZE", "111"))));
    }

    @Test
    void theSparkMergeMakesTheStoresEvents() {
        Path db = dir.resolve("s.duckdb");
        try (EventStore s = EventStore.open(db)) {
            corpus().forEach(s::put);
        }
        SparkSession spark = TestSpark.session();
        LocalDateTime at = LocalDateTime.of(2026, 11, 30, 12, 0);
        List<Row> articles = new ArrayList<>();
        List<Row> mentions = new ArrayList<>();
        for (CodedArticle c : corpus()) {
            articles.add(Rows.article(c, at));
            c.events().forEach(e -> mentions.add(Rows.mention(e)));
        }
        Path out = dir.resolve("out");
        Dataset<Row> a = spark.createDataFrame(articles, OutputSchema.ARTICLE);
        Dataset<Row> m = spark.createDataFrame(mentions, OutputSchema.MENTION);
        a.write().parquet(out.resolve(OutputSchema.ARTICLES).toString());
        m.write().parquet(out.resolve(OutputSchema.MENTIONS).toString());
        SparkMerge.events(spark, spark.read().parquet(out.resolve(OutputSchema.MENTIONS).toString()),
                spark.read().parquet(out.resolve(OutputSchema.ARTICLES).toString()))
                .write().parquet(out.resolve(OutputSchema.EVENTS).toString());
        spark.createDataFrame(List.of(RowFactory.create("schema_version", "2")), OutputSchema.META_ROW)
                .write().parquet(out.resolve(OutputSchema.META).toString());

        Outputs store = Outputs.ofStore(db);
        Outputs merged = Outputs.ofParquet(out);
        assertThat(merged).isEqualTo(store);
        assertThat(store.totals()).isEqualTo(new EventStore.Totals(3, 9, 5, 4));
        assertThat(store.events()).filteredOn(e -> e.contains(" undated:"))
                .extracting(e -> e.replaceAll("^\\d+ (\\S+) CameoCode\\[.*?] (mentions=\\d+ sources=\\d+ articles=\\d+) .*$",
                        "$1 $2"))
                .containsExactlyInAnyOrder("undated:a2|none|IRN|AZE|111 mentions=2 sources=1 articles=1",
                        "undated:a3|none|IRN|AZE|111 mentions=1 sources=1 articles=1");
        String signing = store.events().stream().filter(e -> e.contains("|AZEGOV|IRNGOV|031 "))
                .findFirst().orElseThrow();
        // a2 is the first (published first) and names Baku; 0311 twice, 031 once; a1 and a3 share an outlet
        assertThat(signing).contains(" mentions=3 sources=2 articles=3 root=true ").contains("Baku")
                .contains("first=a2/a2-1-0311").contains("0311");
    }
}
