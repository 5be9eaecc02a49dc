package org.dyad.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.article.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchXmlArticlesTest {
    /** Our own writing, in PETRARCH's input shape: a story of two sentences, a whole story, and a parse. */
    static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Sentences>
            <!-- a story given sentence by sentence -->
            <Sentence date="20240514" id="TRADE01_1" sentence="True" source="Highland Herald">
            <Text>
            Armenia signed a trade agreement
              with Georgia on Tuesday.
            </Text>
            <Parse>(ROOT (S (NP (NNP Armenia)) (VP (VBD signed))))</Parse>
            </Sentence>
            <Sentence date="20240514" id="TRADE01_2" sentence="True" source="Highland Herald">
            <Text>Armenia praised Georgia for its help &amp; patience.</Text>
            </Sentence>
            <Sentence date="20240603" id="BORDER02" sentence="False">
            <Text>Georgia accused Armenia of closing the border crossing on Monday.</Text>
            </Sentence>
            </Sentences>
            """;

    private record Read(List<Article> articles, List<ReadError> errors) { }

    private static Read parse(String content) {
        List<Article> articles = new ArrayList<>();
        List<ReadError> errors = new ArrayList<>();
        PetrarchXmlArticles.parse("in.xml", content, articles::add, errors::add);
        return new Read(articles, errors);
    }

    @Test
    void sentencesOfAStoryMakeOneArticleAndAWholeStoryAnother() {
        Read r = parse(XML);
        assertThat(r.errors()).isEmpty();
        assertThat(r.articles()).extracting(Article::id).containsExactly("TRADE01", "BORDER02");
        Article trade = r.articles().get(0);
        assertThat(trade.text()).isEqualTo("Armenia signed a trade agreement with Georgia on Tuesday.\n"
                + "Armenia praised Georgia for its help & patience.");
        assertThat(trade.published()).contains(LocalDate.of(2024, 5, 14));
        assertThat(trade.source()).isEqualTo("Highland Herald");
        Article border = r.articles().get(1);
        assertThat(border.text()).isEqualTo("Georgia accused Armenia of closing the border crossing on Monday.");
        assertThat(border.source()).isEqualTo("in.xml");
        assertThat(border.published()).contains(LocalDate.of(2024, 6, 3));
    }

    @Test
    void badEntriesAreReportedAndTheRestKept() {
        Read r = parse("""
                <Sentences>
                <Sentence date="2024-13-99" id="A1"><Text>Armenia praised Georgia.</Text></Sentence>
                <Sentence date="20240101"><Text>No id here.</Text></Sentence>
                <Sentence date="20240101" id="B2"></Sentence>
                <Sentence date="20240102" id="C3"><Text>Georgia thanked Armenia.</Text></Sentence>
                </Sentences>""");
        assertThat(r.articles()).extracting(Article::id).containsExactly("A1", "C3");
        assertThat(r.articles().get(0).published()).isEmpty();
        assertThat(r.errors()).extracting(ReadError::toString).containsExactly(
                "in.xml:3: a <Sentence> without an id attribute; skipped",
                "in.xml:4: <Sentence id=\"B2\"> has no <Text>; skipped",
                "in.xml:2: unreadable date \"2024-13-99\" (PETRARCH writes YYYYMMDD) ignored; the article is kept");
    }

    @Test
    void malformedXmlKeepsWhatCameBeforeIt() {
        Read r = parse("""
                <Sentences>
                <Sentence date="20240101" id="A1"><Text>Armenia praised Georgia.</Text></Sentence>
                <Sentence date="20240102" id="B2"><Text>Georgia thanked <b>Armenia.</Text></Sentence>
                </Sentences>""");
        assertThat(r.articles()).extracting(Article::id).containsExactly("A1");
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.input()).isEqualTo("in.xml:3");
            assertThat(e.message()).startsWith("not well-formed XML");
        });
    }

    @Test
    void xmlWithoutSentencesIsNotPetrarchInput() {
        Read r = parse("<rss><channel><title>news</title></channel></rss>");
        assertThat(r.articles()).isEmpty();
        assertThat(r.errors()).singleElement().extracting(ReadError::message).asString()
                .startsWith("no <Sentence> elements");
    }

    @Test
    void noDtdAndNoExternalEntityIsRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP SECRET");
        Read r = parse("<?xml version=\"1.0\"?>\n<!DOCTYPE s [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<Sentences><Sentence date=\"20240101\" id=\"A1\"><Text>Armenia &x; praised Georgia.</Text>"
                + "</Sentence></Sentences>");
        assertThat(r.articles()).noneMatch(a -> a.text().contains("TOP SECRET"));
    }

    @Test
    void theArticleReaderTakesXmlFilesInFolders(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("corpus.xml"), XML);
        List<Article> articles = new ArrayList<>();
        List<ReadError> errors = new ArrayList<>();
        new ArticleReader(new ByteArrayInputStream(new byte[0])).read(List.of(dir.toString()), articles::add,
                errors::add);
        assertThat(errors).isEmpty();
        assertThat(articles).extracting(Article::id).containsExactly("TRADE01", "BORDER02");
        assertThat(articles.get(0).title()).isEmpty();
        assertThat(Optional.of(articles.get(1).source())).contains(dir.resolve("corpus.xml").toString());
    }
}
