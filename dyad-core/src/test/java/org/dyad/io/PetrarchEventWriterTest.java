package org.dyad.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.actor.Actor;
import org.dyad.article.Article;
import org.dyad.event.Event;
import org.dyad.event.Evidence;
import org.dyad.event.Modality;
import org.dyad.ontology.Cameo;
import org.junit.jupiter.api.Test;

class PetrarchEventWriterTest {

    private static Event event(int sentence, String text, String source, String target, String code) {
        Evidence ev = new Evidence(text, sentence * 100, sentence * 100 + text.length(), "x", sentence * 100,
                sentence * 100 + 1);
        return new Event("d-" + sentence + "-" + code, "d", sentence, Optional.of(LocalDate.of(2024, 5, 14)), "day",
                Actor.of(source, List.of(), source, ""), Optional.ofNullable(target).map(t -> Actor.of(t, List.of(), t, "")),
                Cameo.load().require(code), false, Modality.ASSERTED, Optional.empty(), ev, "rule");
    }

    private static String write(Article a, List<Event> events) {
        StringWriter out = new StringWriter();
        try (ArticleEventWriter w = new PetrarchEventWriter(out, SentenceIssues.defaults())) {
            w.write(a, events);
        }
        return out.toString();
    }

    @Test
    void oneLinePerDistinctEventOfAStoryWithItsSentencesAndIssues() {
        Article a = new Article("d", "text", Optional.of(LocalDate.of(2024, 5, 15)), "", "", "Highland Herald", "");
        String out = write(a, List.of(
                event(0, "Armenia accused Georgia over the refugees.", "ARM", "GEO", "112"),
                event(2, "Armenia again accused Georgia.", "ARM", "GEO", "112"),
                event(3, "Georgia appealed for calm.", "GEO", null, "010")));
        List<String> lines = out.lines().toList();
        assertThat(lines).containsExactly(
                "20240514\tARM\tGEO\t112\tREFUGEES,1\td_1;d_3\tHighland Herald",
                "20240514\tGEO\t---\t010\t\td_4\tHighland Herald");
        assertThat(lines).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(7));
    }

    @Test
    void theUrlColumnIsThereOnlyWhenTheArticleHasAUrlAndAMissingSourceIsNull() {
        Article a = new Article("w", "text", Optional.empty(), "", "", "", "https://news.example/w");
        String line = write(a, List.of(event(0, "Armenia praised Georgia.", "ARM", "GEO", "051"))).strip();
        assertThat(line.split("\t", -1)).containsExactly("20240514", "ARM", "GEO", "051", "", "w_1",
                "https://news.example/w", "NULL");
    }
}
