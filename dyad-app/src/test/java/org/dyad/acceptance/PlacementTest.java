package org.dyad.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dyad.article.Article;
import org.dyad.event.Event;
import org.junit.jupiter.api.Test;

/** The default pipeline places a country-less group in the one country its sentence names. */
class PlacementTest {
    private static List<Event> code(String text) {
        return TestPipeline.coder().code(Article.of("t", text, LocalDate.of(2024, 5, 2))).events();
    }

    @Test
    void aGroupOfNoNamedCountryIsPlacedInTheSentencesOnlyCountry() {
        assertThat(code("Opposition leaders postponed their rally in Baku until next month."))
                .anySatisfy(e -> assertThat(e.source().country()).isEqualTo("AZE"));
    }

    @Test
    void withTwoCountriesInTheSentenceNothingIsGuessed() {
        assertThat(code("Opposition leaders postponed their rally in Baku until the Iranian delegation leaves."))
                .noneMatch(e -> e.source().code().startsWith("AZEOPP") || e.source().code().startsWith("IRNOPP"));
    }
}
