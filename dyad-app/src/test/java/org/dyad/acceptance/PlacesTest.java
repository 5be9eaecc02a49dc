package org.dyad.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.dyad.article.Article;
import org.dyad.event.Event;
import org.junit.jupiter.api.Test;

/** The default pipeline, CoreNLP included, puts events where their sentences say, apart from their actors. */
class PlacesTest {
    private static List<Event> code(String text) {
        return TestPipeline.coder().code(Article.of("t", text, LocalDate.of(2024, 5, 2))).events();
    }

    @Test
    void aMeetingInBakuIsInAzerbaijanWhileTheIranianStaysIranian() {
        List<Event> events = code("The Iranian foreign minister met his Azerbaijani counterpart in Baku on Tuesday.");
        assertThat(events).filteredOn(e -> e.source().country().equals("IRN")).isNotEmpty().allSatisfy(e ->
                assertThat(e.location()).hasValueSatisfying(l -> {
                    assertThat(l.text()).isEqualTo("Baku");
                    assertThat(l.country()).isEqualTo("AZE");
                    assertThat(l.lat().orElseThrow()).isCloseTo(40.4, within(0.1));
                    assertThat(l.lon().orElseThrow()).isCloseTo(49.9, within(0.1));
                }));
    }

    @Test
    void talksInTehranAreInIranWithCoordinates() {
        List<Event> events = code("Azerbaijan's defence minister held talks with Iranian generals in Tehran.");
        assertThat(events).filteredOn(e -> e.source().country().equals("AZE")).isNotEmpty().allSatisfy(e ->
                assertThat(e.location()).hasValueSatisfying(l -> {
                    assertThat(l.country()).isEqualTo("IRN");
                    assertThat(l.lat().orElseThrow()).isCloseTo(35.7, within(0.1));
                    assertThat(l.lon().orElseThrow()).isCloseTo(51.4, within(0.1));
                }));
    }

    @Test
    void aCapitalSpeakingForItsCountryIsNoLocation() {
        List<Event> events = code("Tehran accused Baku of sheltering armed groups.");
        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.location()).isEmpty());
    }
}
