package org.dyad.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dyad.Dyad;
import org.dyad.article.Article;
import org.dyad.event.Event;
import org.dyad.nlp.CoreNlpParser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The triage (only the sentences whose dependency parse could change the events are parsed) changes no event: the
 * examples, and with ../shared beside the project the development texts and the seed article, code to the same
 * events, every field alike, with the triage and with every sentence parsed.
 */
class TriageTest {
    private static final Path SHARED = Path.of("..", "..", "shared");

    @Test
    void theExamplesCodeToTheSameEventsParsedOrNot() throws IOException {
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(text(f));
            }
        }
        assertThat(articles).hasSizeGreaterThanOrEqualTo(3);
        Counts c = compare(articles);
        assertThat(c.events()).isPositive();
        assertThat(c.parsed()).isPositive();
    }

    @Test
    void theDevelopmentTextsAndTheSeedCodeToTheSameEventsParsedOrNot() throws IOException {
        Path dev = SHARED.resolve("dev");
        Assumptions.assumeTrue(Files.isDirectory(dev) && Files.isDirectory(SHARED.resolve("seed")),
                "needs ../shared/dev and ../shared/seed beside the project");
        List<Article> articles = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(dev.resolve("plover-gsr-dev.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode r = json.readTree(line);
                String date = r.path("date").asText("");
                articles.add(Article.of(r.get("id").asText(), r.get("text").asText(),
                        date.isEmpty() ? null : LocalDate.parse(date)));
            }
        }
        int n = 0;
        for (String line : Files.readAllLines(dev.resolve("conflibert-cameo-class-train.tsv"), StandardCharsets.UTF_8)) {
            String text = line.split("\t", -1)[0];
            if (!text.isBlank()) {
                articles.add(Article.of("cc" + n++, text, null));
            }
        }
        try (Stream<Path> files = Files.list(SHARED.resolve("seed"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(text(f));
            }
        }
        Counts c = compare(articles);
        assertThat(c.events()).isGreaterThan(1000);
        assertThat(c.unparsed()).as("the triage leaves some sentences unparsed").isPositive();
    }

    /** An article from a text file named NAME-YYYY-MM-DD.txt (the examples' and the seed's convention). */
    private static Article text(Path f) throws IOException {
        String name = f.getFileName().toString().replace(".txt", "");
        LocalDate date = LocalDate.parse(name.substring(name.length() - 10));
        return Article.of(name, Files.readString(f, StandardCharsets.UTF_8), date);
    }

    private record Counts(long events, long parsed, long unparsed) { }

    /** Codes the articles with and without the triage; asserts the same events, article by article. */
    private static Counts compare(List<Article> articles) {
        Dyad triaged = Dyad.builder().threads(2).build();
        Dyad full = Dyad.builder().threads(2).triage(false).build();
        assertThat(triaged.triage()).isTrue();
        Map<String, List<Event>> withTriage = code(triaged, articles);
        Map<String, List<Event>> parsedAll = code(full, articles);
        assertThat(withTriage.keySet()).containsExactlyElementsOf(parsedAll.keySet());
        long events = 0;
        for (Map.Entry<String, List<Event>> e : parsedAll.entrySet()) {
            assertThat(withTriage.get(e.getKey())).as("events of %s", e.getKey()).isEqualTo(e.getValue());
            events += e.getValue().size();
        }
        CoreNlpParser p = (CoreNlpParser) triaged.codingParser();
        assertThat(((CoreNlpParser) full.codingParser()).sentencesLeftUnparsed()).isZero();
        return new Counts(events, p.sentencesParsed(), p.sentencesLeftUnparsed());
    }

    private static Map<String, List<Event>> code(Dyad dyad, List<Article> articles) {
        Map<String, List<Event>> out = new LinkedHashMap<>();
        dyad.codeAll(articles, c -> out.put(c.article().id(), c.events()),
                f -> { throw new AssertionError(f.article().id() + ": " + f.message(), f.cause()); });
        return out;
    }
}
