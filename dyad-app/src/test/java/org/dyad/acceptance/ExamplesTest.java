package org.dyad.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.article.Article;
import org.dyad.event.Event;
import org.dyad.io.ArticleReader;
import org.junit.jupiter.api.Test;

/** The bundled example articles (written for the project) give the events a careful coder would. */
class ExamplesTest {
    private static final Path EXAMPLES = Path.of("..", "examples");

    private static List<Event> code(String file) {
        List<Article> articles = new ArrayList<>();
        new ArticleReader().read(List.of(EXAMPLES.resolve(file).toString()), articles::add, e -> {
            throw new AssertionError(e.toString());
        });
        assertThat(articles).hasSize(1);
        return TestPipeline.coder().code(articles.get(0)).events();
    }

    private static Optional<Event> find(List<Event> events, String source, String code, String target) {
        return events.stream().filter(e -> e.source().code().equals(source) && e.cameo().code().equals(code)
                && e.target().map(t -> t.code()).orElse("").equals(target)).findFirst();
    }

    @Test
    void conflictArticle() {
        List<Event> events = code("conflict-2023-03-15.txt");
        Event attack = find(events, "RUSMIL", "190", "UKR").orElseThrow();
        assertThat(attack.date()).contains(LocalDate.of(2023, 3, 13)); // "on Monday" before Wed 15 March
        assertThat(attack.cameo().quadClass()).isEqualTo(4);
        assertThat(attack.cameo().ploverType()).contains("ASSAULT");
        assertThat(attack.evidence().trigger()).isEqualTo("attacked");
        assertThat(find(events, "UKR", "112", "RUS")).isPresent();
        Event arrest = events.stream().filter(e -> e.cameo().code().equals("173")).findFirst().orElseThrow();
        assertThat(arrest.source().code()).isEqualTo("KENCOP");
        assertThat(arrest.target().orElseThrow().country()).isEqualTo("KEN");
        assertThat(arrest.target().orElseThrow().sectors()).contains("OPP");
        assertThat(arrest.date()).contains(LocalDate.of(2023, 3, 14));
        assertThat(arrest.location()).map(l -> l.country()).contains("KEN");
        Event protest = events.stream().filter(e -> e.cameo().root().equals("14")).findFirst().orElseThrow();
        assertThat(protest.source().sectors()).contains("OPP");
        assertThat(protest.target().orElseThrow().code()).isEqualTo("KENGOV");
        assertThat(events).allSatisfy(e -> assertThat(e.date().orElseThrow()).isBeforeOrEqualTo(LocalDate.of(2023, 3, 15)));
        assertThat(events).allSatisfy(e -> assertThat(e.modality().asserted()).isTrue());
    }

    @Test
    void agreementArticle() {
        List<Event> events = code("agreement-2023-06-20.txt");
        Event meet = find(events, "JPNGOV", "040", "INDGOV").orElseThrow();
        assertThat(meet.source().name()).isEqualTo("Fumio Kishida");
        assertThat(meet.target().orElseThrow().name()).isEqualTo("Narendra Modi");
        assertThat(meet.date()).contains(LocalDate.of(2023, 6, 19));
        assertThat(meet.location()).map(l -> l.country()).contains("JPN");
        // "The two leaders signed a trade agreement": the parties of the exchange, both directions
        assertThat(find(events, "JPNGOV", "057", "INDGOV")).isPresent();
        assertThat(find(events, "INDGOV", "057", "JPNGOV")).isPresent();
        assertThat(find(events, "INDGOV", "057", "JPNGOV").orElseThrow().reciprocal()).isTrue();
        assertThat(find(events, "JPNGOV", "051", "IND")).isPresent(); // Kishida praised India's reforms
        assertThat(find(events, "INDGOV", "051", "JPN")).isPresent(); // Modi thanked Japan
        assertThat(find(events, "INDGOV", "036", "JPNGOV")).isPresent(); // Modi invited Kishida
        // "... to visit New Delhi next year" is an invitation, not a visit: no second, hypothetical event
        assertThat(events).noneMatch(e -> e.cameo().code().equals("042"));
    }
}
