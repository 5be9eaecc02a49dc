package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dyad.actor.Actor;
import org.dyad.article.Article;
import org.dyad.event.Event;
import org.dyad.event.Evidence;
import org.dyad.event.Modality;
import org.dyad.merge.EventKey;
import org.dyad.ontology.Cameo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GdeltMentionsTsvTest {
    private static final String TEXT = "Leaders met. Armenia signed a deal with Georgia on Tuesday. He praised them.";

    /** "Armenia signed a deal with Georgia" (sentence 1) and "He praised them" (sentence 2, through pronouns). */
    static List<Event> events(Modality second) {
        String s1 = "Armenia signed a deal with Georgia on Tuesday.";
        int at1 = TEXT.indexOf(s1);
        Event signed = new Event("a-1", "a", 1, Optional.of(LocalDate.of(2024, 5, 14)), "day",
                Actor.of("ARM", List.of(), "Armenia", ""), Optional.of(Actor.of("GEO", List.of(), "Georgia", "")),
                Cameo.load().require("057"), false, Modality.ASSERTED, Optional.empty(),
                new Evidence(s1, at1, at1 + s1.length(), "signed", at1 + 8, at1 + 14), "rule 1");
        String s2 = "He praised them.";
        int at2 = TEXT.indexOf(s2);
        Event praised = new Event("a-2", "a", 2, Optional.of(LocalDate.of(2024, 5, 14)), "day",
                Actor.of("ARM", List.of(), "Armenian President", ""), Optional.of(Actor.of("GEO", List.of(), "Georgia", "")),
                Cameo.load().require("051"), false, second, Optional.empty(),
                new Evidence(s2, at2, at2 + s2.length(), "praised", at2 + 3, at2 + 10), "rule 2");
        return List.of(signed, praised);
    }

    private static String cell(List<String> row, String column) {
        return row.get(GdeltMentionsTsv.COLUMNS.indexOf(column));
    }

    @Test
    void sixteenColumnsInGdeltsOrderWithOffsetsIntoTheArticle() {
        Article a = new Article("a", TEXT, Optional.empty(), "", "", "Steppe Daily", "https://www.steppe.example/a");
        StringWriter out = new StringWriter();
        try (GdeltMentionsTsv w = new GdeltMentionsTsv(out, Instant.parse("2024-05-15T10:20:30Z"))) {
            w.write(a, events(Modality.ASSERTED));
        }
        List<List<String>> rows = out.toString().lines().map(l -> Arrays.asList(l.split("\t", -1))).toList();
        assertThat(GdeltMentionsTsv.COLUMNS).hasSize(16).startsWith("GlobalEventID", "EventTimeDate")
                .endsWith("MentionDocTranslationInfo", "Extras");
        assertThat(rows).hasSize(2).allSatisfy(r -> assertThat(r).hasSize(16));
        List<String> signed = rows.get(0);
        assertThat(cell(signed, "GlobalEventID")).isEqualTo(Long.toString(EventKey.of(events(Modality.ASSERTED)
                .get(0)).id()));
        assertThat(cell(signed, "EventTimeDate")).isEqualTo("20240515102030");
        assertThat(cell(signed, "MentionType")).isEqualTo("1");
        assertThat(cell(signed, "MentionSourceName")).isEqualTo("steppe.example");
        assertThat(cell(signed, "MentionIdentifier")).isEqualTo("https://www.steppe.example/a");
        assertThat(cell(signed, "SentenceID")).isEqualTo("2");
        assertThat(TEXT.substring(Integer.parseInt(cell(signed, "Actor1CharOffset")))).startsWith("Armenia signed");
        assertThat(TEXT.substring(Integer.parseInt(cell(signed, "Actor2CharOffset")))).startsWith("Georgia on");
        assertThat(TEXT.substring(Integer.parseInt(cell(signed, "ActionCharOffset")))).startsWith("signed");
        assertThat(cell(signed, "InRawText")).isEqualTo("1");
        assertThat(cell(signed, "MentionDocLen")).isEqualTo(Integer.toString(TEXT.length()));
        List<String> praised = rows.get(1);
        assertThat(cell(praised, "Actor1CharOffset")).isEqualTo("-1");
        assertThat(cell(praised, "InRawText")).isEqualTo("0");
    }

    @Test
    void onlyAssertedMentionsHaveRowsAndAnArticleWithoutUrlIsACitation() {
        Article a = new Article("a", TEXT, Optional.empty(), "", "", "", "");
        StringWriter out = new StringWriter();
        try (GdeltMentionsTsv w = new GdeltMentionsTsv(out, Instant.EPOCH)) {
            w.write(a, events(Modality.ASSERTED.withHistorical(Optional.empty())));
        }
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(1);
        List<String> row = Arrays.asList(lines.get(0).split("\t", -1));
        assertThat(cell(row, "MentionType")).isEqualTo("2");
        assertThat(cell(row, "MentionIdentifier")).isEqualTo("a");
    }

    @Test
    void theStoreExportHasARowForEveryMentionOfEveryEvent(@TempDir Path dir) {
        try (EventStore store = EventStore.open(dir.resolve("m.duckdb"))) {
            Fixtures.corpus(store);
            StringWriter out = new StringWriter();
            Exports.Written w = Exports.write(store, ExportFormat.GDELT_MENTIONS, false, out);
            List<String> lines = out.toString().lines().toList();
            assertThat(w.rows()).isEqualTo(9);
            assertThat(lines).hasSize(9).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(16));
            long signings = lines.stream().filter(l -> l.startsWith(Long.toString(EventKey.of(
                    Fixtures.mention("c1", 1, "2022-01-25", "AZEGOVMIL", "IRNGOVMIL", "057")).id()) + "\t")).count();
            assertThat(signings).isEqualTo(2); // c1 and c2 tell the same signing
            assertThat(lines).allSatisfy(l -> assertThat(l.split("\t", -1)[4]).isIn("Caspian Wire", "Tehran Paper"));
        }
    }
}
