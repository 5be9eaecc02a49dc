package org.dyad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.actor.Actor;
import org.dyad.article.Article;
import org.dyad.event.Event;
import org.dyad.event.Evidence;
import org.dyad.event.Location;
import org.dyad.event.Modality;
import org.dyad.ontology.Cameo;
import org.dyad.pipeline.CodedArticle;

/** Hand-built articles and event mentions, so the store's arithmetic can be checked without the NLP. */
final class Fixtures {
    private Fixtures() {}

    static Actor actor(String code) {
        String country = code.startsWith("IGO") ? "" : code.substring(0, 3);
        List<String> sectors = new ArrayList<>();
        for (int i = country.isEmpty() ? 0 : 3; i + 3 <= code.length(); i += 3) {
            sectors.add(code.substring(i, i + 3));
        }
        return new Actor(code, country, sectors, "the " + code + " words", "");
    }

    /** A mention in sentence {@code sentence} of {@code doc}: "SRC did CODE to TGT" on {@code date}. */
    static Event mention(String doc, int sentence, String date, String source, String target, String code) {
        return mention(doc, sentence, date, source, target, code, Modality.ASSERTED, Optional.empty());
    }

    static Event mention(String doc, int sentence, String date, String source, String target, String code,
                         Modality modality, Optional<Location> location) {
        String text = source + " did " + code + " to " + target + " in sentence " + sentence + ".";
        int start = sentence * 100;
        Evidence ev = new Evidence(text, start, start + text.length(), "did", start + source.length() + 1,
                start + source.length() + 4);
        return new Event(doc + "-" + sentence + "-" + source.length() + "-" + code, doc, sentence,
                Optional.of(LocalDate.parse(date)), "day", actor(source), Optional.ofNullable(target).map(Fixtures::actor),
                Cameo.load().require(code), false, modality, location, ev, "test rule " + code);
    }

    /**
     * A mention of an article without a publication date: precision {@code none}. Its date field holds whatever a
     * coder put there (here a day in 2030), which must never be written or merged on.
     */
    static Event undated(String doc, int sentence, String source, String target, String code) {
        Event e = mention(doc, sentence, "2030-01-01", source, target, code);
        return new Event(e.eventId(), e.docId(), e.sentence(), Optional.empty(), "none", e.source(), e.target(), e.cameo(),
                e.reciprocal(), e.modality(), e.location(), e.evidence(), e.rule());
    }

    static Article article(String id, String text, String published, String source) {
        return new Article(id, text, Optional.ofNullable(published).map(LocalDate::parse), "", "", source, "");
    }

    static CodedArticle coded(Article a, Event... events) {
        return new CodedArticle(a, events.length + 1, 10 * (events.length + 1), List.of(events));
    }

    /**
     * Azerbaijan and Iran in January and February 2022, in three articles of two outlets (9 mentions, 8 events):
     * a visit on the 24th; a signing on the 25th told in both directions by c1 and once more by c2; a
     * denunciation on the 31st; a threat on 10 February; a Russian attack (not the dyad); a ceasefire between
     * Armenia and Azerbaijan on 1 March, both directions.
     */
    static void corpus(EventStore s) {
        s.put(coded(article("c1", "c1 text", "2022-01-25", "Caspian Wire"),
                mention("c1", 0, "2022-01-24", "AZEGOVMIL", "IRN", "042"),
                mention("c1", 1, "2022-01-25", "AZEGOVMIL", "IRNGOVMIL", "057"),
                mention("c1", 2, "2022-01-25", "IRNGOVMIL", "AZEGOVMIL", "057")));
        s.put(coded(article("c2", "c2 text", "2022-01-26", "Tehran Paper"),
                mention("c2", 0, "2022-01-25", "AZEGOVMIL", "IRNGOVMIL", "057"),
                mention("c2", 1, "2022-01-31", "IRN", "AZE", "111")));
        s.put(coded(article("c3", "c3 text", "2022-02-11", "Caspian Wire"),
                mention("c3", 0, "2022-02-10", "IRNMIL", "AZE", "138"),
                mention("c3", 1, "2022-01-25", "RUS", "UKR", "190"),
                mention("c3", 2, "2022-03-01", "ARM", "AZE", "0871"),
                mention("c3", 3, "2022-03-01", "AZE", "ARM", "0871")));
    }
}
