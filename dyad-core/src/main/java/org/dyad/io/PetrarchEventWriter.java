package org.dyad.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dyad.article.Article;
import org.dyad.event.Event;

/**
 * Events in PETRARCH2's event file layout (the {@code evts.*} files {@code petrarch2} writes): one line per
 * distinct (date, source, target, CAMEO code) of an article (PETRARCH's one-a-story filter), tab-separated:
 *
 * <pre>date  source  target  code  issues  ids  [url]  story-source</pre>
 *
 * {@code date} is YYYYMMDD; {@code issues} is {@code ISSUE,COUNT;ISSUE,COUNT} (how many of the event's
 * sentences name each issue of the issue dictionary, {@link SentenceIssues}) or empty; {@code ids} the
 * sentences that state the event, {@code ARTICLE_N} joined by {@code ;} (N counts sentences from 1); the
 * URL column is there only when the article has a URL, as in PETRARCH2; {@code story-source} is the
 * article's source, {@code NULL} when it has none. Two departures, both documented in docs/formats.md:
 * the date is the event's date as Dyad resolves it from the text (PETRARCH writes the story's date), and
 * an event without a target has {@code ---} there. Tabs and line breaks inside a value become spaces.
 */
public final class PetrarchEventWriter implements ArticleEventWriter {
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private final Writer out;
    private final SentenceIssues issues;
    private boolean closed;

    public PetrarchEventWriter(Writer out, SentenceIssues issues) {
        this.out = Objects.requireNonNull(out, "out");
        this.issues = Objects.requireNonNull(issues, "issues");
    }

    /** One event of an article: its key and the sentences (with their text) that state it. */
    private static final class Group {
        final Event first;
        final Map<Integer, String> sentences = new LinkedHashMap<>();

        Group(Event first) {
            this.first = first;
        }
    }

    @Override
    public void write(Article article, List<Event> events) {
        if (closed) {
            throw new IllegalStateException("writer is closed");
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Event e : events) {
            String key = e.date().map(Object::toString).orElse("") + "\t" + e.source().code() + "\t" + target(e) + "\t" + e.cameo().code();
            groups.computeIfAbsent(key, k -> new Group(e)).sentences.putIfAbsent(e.sentence(), e.evidence().text());
        }
        try {
            for (Group g : groups.values()) {
                List<String> ids = new ArrayList<>();
                g.sentences.keySet().forEach(s -> ids.add(sentenceId(article.id(), s)));
                out.write(line(g.first.date(), g.first.source().code(), target(g.first), g.first.cameo().code(),
                        issueCounts(g.sentences.values()), ids, article.url(), article.source()));
                out.write('\n');
            }
            out.flush();
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    /** PETRARCH's id of a sentence: the article id, {@code _}, the sentence counted from 1. */
    public static String sentenceId(String articleId, int sentence) {
        return articleId + "_" + (sentence + 1);
    }

    /** How many of {@code sentences} name each issue, in the order first named. */
    public Map<String, Integer> issueCounts(Iterable<String> sentences) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String s : sentences) {
            for (String issue : issues.issues(s)) {
                counts.merge(issue, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** One line of the layout (without its line break); an undated event's date cell is empty. */
    public static String line(java.util.Optional<LocalDate> date, String source, String target, String code, Map<String, Integer> issues,
                              List<String> ids, String url, String storySource) {
        List<String> cells = new ArrayList<>(8);
        cells.add(date.map(d -> d.format(YYYYMMDD)).orElse(""));
        cells.add(source);
        cells.add(target.isEmpty() ? "---" : target);
        cells.add(code);
        List<String> is = new ArrayList<>();
        issues.forEach((k, v) -> is.add(k + "," + v));
        cells.add(String.join(";", is));
        Set<String> distinct = new LinkedHashSet<>(ids);
        cells.add(String.join(";", distinct));
        if (!url.isBlank()) {
            cells.add(url.strip());
        }
        cells.add(storySource.isBlank() ? "NULL" : storySource);
        cells.replaceAll(c -> c.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
        return String.join("\t", cells);
    }

    private static String target(Event e) {
        return e.target().map(a -> a.code()).orElse("");
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
