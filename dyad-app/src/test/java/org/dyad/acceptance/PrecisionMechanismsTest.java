package org.dyad.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dyad.article.Article;
import org.dyad.event.Event;
import org.junit.jupiter.api.Test;

/**
 * The default pipeline's precision rules, one mechanism each (continued from {@link WireReportMechanismsTest}):
 * what goes beside the sentence's news. Our own sentences; the development gold sets stay out of the project.
 */
class PrecisionMechanismsTest {
    private static List<Event> code(String text) {
        return TestPipeline.coder().code(Article.of("t", text, LocalDate.of(2010, 6, 15))).events();
    }

    @Test
    void aOneSidedEventBelowTheSameDoersDyadicEventGoes() {
        assertThat(code("Sudanese rebels on Monday rejected an Ethiopian peace proposal until their demands are met."))
                .singleElement().satisfies(e -> {
                    assertThat(e.cameo().code()).isEqualTo("127");
                    assertThat(e.source().code()).isEqualTo("SDNREB");
                    assertThat(e.target().map(a -> a.code())).hasValue("ETH");
                });
        // another doer's event does not take its place
        assertThat(code("Chadian rebels went on hunger strike after they were attacked by Libyan troops."))
                .anySatisfy(e -> {
                    assertThat(e.cameo().code()).isEqualTo("142");
                    assertThat(e.source().code()).isEqualTo("TCDREB");
                    assertThat(e.target()).isEmpty();
                })
                .anySatisfy(e -> assertThat(e.source().code()).isEqualTo("LBYMIL"));
    }
}
