package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.dyad.actor.Actor;
import org.dyad.article.Article;
import org.dyad.event.Event;
import org.dyad.event.Evidence;
import org.dyad.event.Modality;
import org.dyad.merge.EventKey;
import org.dyad.ontology.Cameo;
import org.dyad.pipeline.CodedArticle;
import org.junit.jupiter.api.Test;

/** Rows have their schema's width and the store's values (SparkMergeTest compares whole outputs). */
class RowsTest {
    private static Event event(Optional<LocalDate> date, Modality modality) {
        return new Event("m1", "a", 2, date, date.isPresent() ? "day" : "none",
                new Actor("AZEGOVMIL", "AZE", List.of("GOV", "MIL"), "Hasanov", "Zakir Hasanov"), Optional.empty(),
                Cameo.load().require("042"), false, modality, Optional.empty(),
                new Evidence("Hasanov visited.", 10, 26, "visited", 18, 25), "rule");
    }

    @Test
    void aMentionRowHasItsEventIdOnlyWhenAssertedAndItsConfidence() {
        Event dated = event(Optional.of(LocalDate.of(2022, 1, 25)), Modality.ASSERTED);
        Row r = Rows.mention(dated);
        assertThat(r.size()).isEqualTo(OutputSchema.MENTION.size());
        assertThat(r.getLong(OutputSchema.MENTION.fieldIndex("event_id"))).isEqualTo(EventKey.of(dated).id());
        assertThat(r.isNullAt(OutputSchema.MENTION.fieldIndex("target_code"))).isTrue();
        assertThat(r.<scala.collection.Seq<String>>getAs(OutputSchema.MENTION.fieldIndex("source_sectors")).mkString(","))
                .isEqualTo("GOV,MIL");
        Event undated = event(Optional.empty(), Modality.ASSERTED);
        assertThat(Rows.mention(undated).getLong(OutputSchema.MENTION.fieldIndex("event_id")))
                .as("an undated mention makes an event of its article").isEqualTo(EventKey.of(undated).id());
        assertThat(Rows.mention(undated).getDouble(OutputSchema.MENTION.fieldIndex("confidence"))).isEqualTo(1.0);
        assertThat(Rows.mention(event(Optional.of(LocalDate.of(2022, 1, 25)), Modality.ASSERTED.withHypothetical()))
                .isNullAt(OutputSchema.MENTION.fieldIndex("event_id"))).isTrue();
    }

    @Test
    void anArticleRowHasItsHashOutletAndCounts() {
        Article a = new Article("a", "text", Optional.empty(), "", "", "feed", "https://www.example.org/x");
        LocalDateTime at = LocalDateTime.of(2026, 11, 30, 12, 0);
        Row r = Rows.article(new CodedArticle(a, 3, 30, List.of(event(Optional.empty(), Modality.ASSERTED))), at);
        assertThat(r.size()).isEqualTo(OutputSchema.ARTICLE.size());
        assertThat(r.<String>getAs(OutputSchema.ARTICLE.fieldIndex("outlet"))).isEqualTo("example.org");
        assertThat(r.<String>getAs(OutputSchema.ARTICLE.fieldIndex("text_hash"))).hasSize(64);
        assertThat(r.<Integer>getAs(OutputSchema.ARTICLE.fieldIndex("mentions"))).isEqualTo(1);
        assertThat(r.<LocalDateTime>getAs(OutputSchema.ARTICLE.fieldIndex("ingested_at"))).isEqualTo(at);
    }
}
