package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.actor.Actor;
import org.dyad.article.Article;
import org.dyad.event.Event;
import org.dyad.event.Evidence;
import org.dyad.event.Modality;
import org.dyad.ontology.Cameo;
import org.dyad.pipeline.CodedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchEventsTest {

    static Event said(String doc, int sentence, String text, String code) {
        return new Event(doc + "-" + sentence, doc, sentence, Optional.of(LocalDate.of(2024, 6, 3)), "day",
                Actor.of("GEO", List.of(), "Georgia", ""), Optional.of(Actor.of("ARM", List.of(), "Armenia", "")),
                Cameo.load().require(code), false, Modality.ASSERTED, Optional.empty(),
                new Evidence(text, 0, text.length(), "accused", 8, 15), "rule");
    }

    @Test
    void oneLinePerEventWithEverySentenceThatMentionsIt(@TempDir Path dir) {
        try (EventStore store = EventStore.open(dir.resolve("p.duckdb"))) {
            String t1 = "Georgia accused Armenia of mistreating refugees.";
            String t2 = "Georgia accused Armenia of closing the border to refugees.";
            store.put(new CodedArticle(new Article("p1", t1, Optional.of(LocalDate.of(2024, 6, 3)), "", "",
                    "Highland Herald", ""), 1, 8, List.of(said("p1", 0, t1, "112"))));
            store.put(new CodedArticle(new Article("p2", t2, Optional.of(LocalDate.of(2024, 6, 4)), "", "",
                    "Valley Times", "https://valleytimes.example/p2"), 1, 10, List.of(said("p2", 0, t2, "112"))));
            StringWriter out = new StringWriter();
            Exports.write(store, ExportFormat.PETRARCH, false, out);
            assertThat(out.toString().lines().toList()).containsExactly(
                    "20240603\tGEO\tARM\t112\tREFUGEES,2\tp1_1;p2_1\tHighland Herald");
        }
    }
}
