package org.dyad.spark;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.dyad.actor.Actor;
import org.dyad.article.Article;
import org.dyad.article.TextHash;
import org.dyad.event.Event;
import org.dyad.event.Evidence;
import org.dyad.event.Location;
import org.dyad.event.Modality;
import org.dyad.merge.EventKey;
import org.dyad.merge.EventMerge;
import org.dyad.merge.Outlets;
import org.dyad.ontology.CameoCode;
import org.dyad.pipeline.CodedArticle;

/**
 * Coded articles, mentions and merged events as rows of {@link OutputSchema}, value for value what the DuckDB store
 * writes for them (dyad-store's {@code EventStore}): a mention's {@code event_id} is {@link EventKey#eventId}, an
 * article's outlet {@link Outlets#of}. Stateless.
 */
final class Rows {
    private Rows() {}

    /** The {@code articles} row of a coded article, stored at {@code at} (UTC). */
    static Row article(CodedArticle coded, LocalDateTime at) {
        Article a = coded.article();
        return RowFactory.create(a.id(), TextHash.of(a.text()), a.published().orElse(null), a.title(), a.byline(),
                a.source(), a.url(), Outlets.of(a), a.text(), coded.sentences(), coded.tokens(),
                coded.events().size(), at);
    }

    /** The {@code mentions} row of one coded mention. */
    static Row mention(Event e) {
        List<Object> v = new ArrayList<>(OutputSchema.MENTION.size());
        v.add(e.eventId());
        v.add(e.docId());
        v.add(e.sentence());
        v.add(e.date().orElse(null));
        v.add(e.datePrecision());
        actor(v, Optional.of(e.source()));
        actor(v, e.target());
        CameoCode k = e.cameo();
        v.add(k.code());
        v.add(k.name());
        v.add(k.root());
        v.add(k.base());
        v.add(k.goldstein());
        v.add(k.quadClass());
        v.add(k.ploverType().filter(s -> !s.isEmpty()).orElse(null));
        v.add(k.ploverMode().filter(s -> !s.isEmpty()).orElse(null));
        v.add(e.reciprocal());
        Modality m = e.modality();
        v.add(m.negated());
        v.add(m.hypothetical());
        v.add(m.historical());
        v.add(m.historicalYear().map(y -> y.getValue()).orElse(null));
        Optional<Location> loc = e.location();
        v.add(loc.map(Location::text).orElse(null));
        v.add(loc.map(Location::country).orElse(null));
        v.add(loc.flatMap(Location::lat).orElse(null));
        v.add(loc.flatMap(Location::lon).orElse(null));
        Evidence ev = e.evidence();
        v.add(ev.text());
        v.add(ev.start());
        v.add(ev.end());
        v.add(ev.trigger());
        v.add(ev.triggerStart());
        v.add(ev.triggerEnd());
        v.add(e.rule());
        v.add(EventKey.eventId(e).orElse(null));
        v.add(e.confidence());
        return RowFactory.create(v.toArray());
    }

    private static void actor(List<Object> v, Optional<Actor> actor) {
        v.add(actor.map(Actor::code).orElse(null));
        v.add(actor.map(Actor::country).orElse(null));
        v.add(actor.map(a -> (Object) seq(a.sectors())).orElse(null));
        v.add(actor.map(Actor::text).orElse(null));
        v.add(actor.map(Actor::name).orElse(null));
    }

    /** A Spark ARRAY value: the row encoder takes a Scala sequence. */
    private static scala.collection.immutable.Seq<String> seq(List<String> values) {
        return scala.jdk.javaapi.CollectionConverters.asScala(values).toList();
    }

    /** An {@code errors} row. */
    static Row error(String articleId, String input, String reason) {
        return RowFactory.create(articleId, input, reason);
    }

    /** The {@code events} row of a merged event, as the store's rebuild writes it. */
    static Row event(EventMerge.EventRow e) {
        EventMerge.MentionRow f = e.first();
        EventMerge.MentionRow k = e.code();
        Optional<EventMerge.MentionRow> at = e.located();
        return RowFactory.create(e.eventId(), e.key(), f.date(), f.precision(), f.sourceCode(), f.sourceCountry(),
                f.targetCode().orElse(null), f.targetCountry().orElse(null), f.base(), k.cameo(), k.cameoName(),
                k.root(), k.goldstein(), k.quadClass(), k.ploverType().orElse(null), k.ploverMode().orElse(null),
                e.mentions(), e.sources(), e.articles(), e.root(), f.mentionId(), f.articleId(),
                at.flatMap(EventMerge.MentionRow::locationText).orElse(null),
                at.flatMap(EventMerge.MentionRow::locationCountry).orElse(null),
                at.flatMap(EventMerge.MentionRow::lat).orElse(null), at.flatMap(EventMerge.MentionRow::lon).orElse(null),
                f.articleRef(), LocalDateTime.ofInstant(e.added(), java.time.ZoneOffset.UTC));
    }
}
