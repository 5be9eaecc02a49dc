package org.dyad.io;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dyad.article.Article;

/**
 * Articles from PETRARCH's XML input ({@code <Sentences><Sentence date="YYYYMMDD" id="..." sentence="True"
 * source="..."><Text>...</Text></Sentence>...}), so a PETRARCH user's corpora run unchanged. Stateless.
 *
 * <p>As PETRARCH2's reader does, every {@code <Sentence>} element in the file counts, wherever it stands (a
 * validation file's {@code <Sentences>} under {@code <Validation>} too), and only its {@code <Text>} is read
 * ({@code <Parse>}, {@code <EventCoding>} and comments are ignored). A {@code <Sentence sentence="True"
 * id="STORY_N">} is one sentence of story {@code STORY}: the sentences of a story, in file order, make one
 * article with id {@code STORY}, one sentence a line. Any other {@code <Sentence>} is a whole story: one
 * article with its {@code id}. The {@code date} attribute is the publication date, {@code source} the
 * article's source (the file path when absent). Line breaks and the indentation around them inside a
 * {@code <Text>} become single spaces, as PETRARCH reads them.
 *
 * <p>Bad input never stops the file: a {@code <Sentence>} without an id or text is reported and skipped; an
 * unreadable date is reported and the article kept without one; malformed XML is reported with its line and
 * column, and the articles complete before it are still delivered. The parser reads no DTD and resolves no
 * external entity.
 */
final class PetrarchXmlArticles {
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private PetrarchXmlArticles() { }

    /** One {@code <Sentence>} as read. */
    private record Entry(String id, String date, String source, boolean sentence, String text, int line) { }

    /** A story being assembled from its sentences. */
    private static final class Story {
        final String id;
        final String date;
        final String source;
        final int line;
        final List<String> sentences = new ArrayList<>();

        Story(String id, String date, String source, int line) {
            this.id = id;
            this.date = date;
            this.source = source;
            this.line = line;
        }
    }

    /**
     * Reads {@code content} (the file {@code input}), handing each article and each problem on; an article's
     * errors are named {@code input:line}.
     */
    static void parse(String input, String content, Consumer<Article> articles, Consumer<ReadError> errors) {
        Map<String, Story> stories = new LinkedHashMap<>();
        int entries = 0;
        try {
            XMLStreamReader r = factory().createXMLStreamReader(new StringReader(content));
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Sentence")) {
                        entries++;
                        Entry e = entry(r);
                        add(input, e, stories, errors);
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? input : input + ":" + e.getLocation().getLineNumber();
            errors.accept(new ReadError(where, "not well-formed XML: " + firstLine(e.getMessage())
                    + (stories.isEmpty() ? "" : "; the " + stories.size() + " stories before it are read")));
        }
        if (entries == 0 && stories.isEmpty()) {
            errors.accept(new ReadError(input, "no <Sentence> elements: not PETRARCH XML input "
                    + "(<Sentences><Sentence date=\"YYYYMMDD\" id=\"...\"><Text>...</Text></Sentence></Sentences>)"));
            return;
        }
        for (Story s : stories.values()) {
            Optional<LocalDate> date = Optional.empty();
            if (!s.date.isEmpty()) {
                try {
                    date = Optional.of(LocalDate.parse(s.date, YYYYMMDD));
                } catch (DateTimeParseException e) {
                    errors.accept(new ReadError(input + ":" + s.line, "unreadable date \"" + s.date
                            + "\" (PETRARCH writes YYYYMMDD) ignored; the article is kept"));
                }
            }
            articles.accept(new Article(s.id, String.join("\n", s.sentences), date, "", "",
                    s.source.isEmpty() ? input : s.source, ""));
        }
    }

    private static void add(String input, Entry e, Map<String, Story> stories, Consumer<ReadError> errors) {
        String where = input + ":" + e.line();
        if (e.id().isEmpty()) {
            errors.accept(new ReadError(where, "a <Sentence> without an id attribute; skipped"));
            return;
        }
        if (e.text().isEmpty()) {
            errors.accept(new ReadError(where, "<Sentence id=\"" + e.id() + "\"> has no <Text>; skipped"));
            return;
        }
        int cut = e.id().lastIndexOf('_');
        String storyId = e.sentence() && cut > 0 ? e.id().substring(0, cut) : e.id();
        // a whole story stands alone (a repeated id gets #2 from ArticleReader); sentences join their story
        String key = e.sentence() ? "s:" + storyId : "w:" + e.line() + ":" + storyId;
        Story s = stories.computeIfAbsent(key, k -> new Story(storyId, e.date(), e.source(), e.line()));
        s.sentences.add(e.text());
    }

    /** The {@code <Sentence>} the reader stands on, read to its end tag. */
    private static Entry entry(XMLStreamReader r) throws XMLStreamException {
        int line = r.getLocation().getLineNumber();
        String id = attribute(r, "id");
        String date = attribute(r, "date");
        String source = attribute(r, "source");
        boolean sentence = attribute(r, "sentence").toLowerCase(Locale.ROOT).equals("true");
        StringBuilder text = new StringBuilder();
        boolean found = false;
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (depth == 2 && r.getLocalName().equals("Text") && !found) {
                    found = true;
                    text.append(r.getElementText()); // reads to </Text>
                    depth--;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        String t = text.toString().strip().replaceAll("[ \\t]*\\R\\s*", " ");
        return new Entry(id, date, source, sentence, t, line);
    }

    private static String attribute(XMLStreamReader r, String name) {
        String v = r.getAttributeValue(null, name);
        return v == null ? "" : v.strip();
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String m = s.replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}
