package org.dyad.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dyad.article.Article;
import org.dyad.event.Event;
import org.junit.jupiter.api.Test;

/** The default pipeline codes announced intentions with CAMEO's intent codes, and leaves requests alone. */
class IntentTest {
    private static List<Event> code(String text) {
        return TestPipeline.coder().code(Article.of("t", text, LocalDate.of(2024, 5, 2))).events();
    }

    @Test
    void aThreatAnnouncedByTheSourceIsAThreat() {
        List<Event> events = code("Russia said on Tuesday it would attack Ukraine.");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.source().country()).isEqualTo("RUS");
            assertThat(e.cameo().root()).isEqualTo("13");
            assertThat(e.cameo().ploverType()).hasValue("THREATEN");
            assertThat(e.target().map(a -> a.country())).hasValue("UKR");
            assertThat(e.rule()).contains("intent");
        });
        assertThat(events).noneMatch(e -> e.cameo().root().equals("19"));
    }

    @Test
    void aVisitThatWillHappenIsAnIntentToMeet() {
        List<Event> events = code("Japan's prime minister will visit China next month.");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.source().country()).isEqualTo("JPN");
            assertThat(e.cameo().code()).isEqualTo("036");
            assertThat(e.modality().asserted()).isTrue();
        });
    }

    @Test
    void sayingWhatAnotherMustDoIsADemandOnThem() {
        List<Event> events = code("Britain said on Monday that Libya must release the detained sailors.");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.source().country()).isEqualTo("GBR");
            assertThat(e.cameo().root()).isEqualTo("10");
            assertThat(e.cameo().ploverType()).hasValue("REQUEST");
            assertThat(e.target().map(a -> a.country())).hasValue("LBY");
        });
    }

    @Test
    void refusingToMeetIsARejection() {
        List<Event> events = code("Iran refused to meet the American delegation in Geneva.");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.source().country()).isEqualTo("IRN");
            assertThat(e.cameo().root()).isEqualTo("12");
            assertThat(e.cameo().ploverType()).hasValue("REJECT");
        });
        assertThat(events).noneMatch(e -> e.cameo().root().equals("04") && e.modality().asserted());
    }

    @Test
    void whatSomeoneElseAsksForKeepsItsCodeAndItsFlag() {
        List<Event> events = code("France urged Germany to attack the rebels.");
        assertThat(events).noneMatch(e -> e.cameo().root().equals("13"));
    }
}
