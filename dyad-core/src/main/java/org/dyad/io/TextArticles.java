package org.dyad.io;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.article.Article;
import org.dyad.dictionary.WordSets;

/**
 * One plain-text article: leading header lines (date, title, byline, source, URL) become metadata, the
 * rest is the text, unchanged. Stateless.
 */
final class TextArticles {

    private static final Pattern KEY_VALUE = Pattern.compile(
            "(?i)(date|published|title|headline|by|byline|author|source|url)\\s*:\\s*(.*)");
    private static final Pattern BARE_DATE = Pattern.compile("(?i)(?:date|dated|published)\\s+(.+)");
    private static final Pattern BY = Pattern.compile("(?:By|BY)\\s+(.+)");
    private static final Set<String> NAME_PARTICLES = WordSets.get("io.name-particles");

    private TextArticles() { }

    /**
     * The article in {@code content}; {@code id} and {@code source} as the caller names them. A {@code Date:} header
     * whose value is not a date is told to {@code warnings}, and the article is undated.
     */
    static Article parse(String id, String source, String content, Consumer<String> warnings) {
        Header h = new Header(warnings);
        int pos = 0;
        int bodyStart = content.length();
        while (pos < content.length()) {
            int nl = content.indexOf('\n', pos);
            int lineEnd = nl < 0 ? content.length() : nl;
            String line = content.substring(pos, lineEnd).strip();
            if (!line.isEmpty() && !h.accept(line)) {
                bodyStart = pos;
                break;
            }
            pos = lineEnd + 1;
        }
        return new Article(id, content.substring(bodyStart), Optional.ofNullable(h.date), h.title, h.byline,
                h.source.isEmpty() ? source : h.source, h.url);
    }

    /** The name in a "By Jane Doe" line, or empty when the line reads like a sentence ("By then, ..."). */
    static Optional<String> byline(String line) {
        Matcher m = BY.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group(1).strip().replaceAll("[,;]+$", "");
        if (name.length() > 80 || name.isEmpty() || name.matches(".*[.!?]$") && !name.matches(".*\\b\\p{Lu}\\.$")) {
            return Optional.empty();
        }
        for (String token : name.split("[\\s,]+")) {
            boolean capital = !token.isEmpty() && Character.isUpperCase(token.codePointAt(0));
            if (!capital && !NAME_PARTICLES.contains(token.toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
        }
        return Optional.of(name);
    }

    /** Header values seen so far; the first of each kind wins. */
    private static final class Header {
        final Consumer<String> warnings;
        LocalDate date;
        boolean dated;
        String title = "";
        String byline = "";
        String source = "";
        String url = "";

        Header(Consumer<String> warnings) {
            this.warnings = warnings;
        }

        boolean accept(String line) {
            Matcher kv = KEY_VALUE.matcher(line);
            if (kv.matches()) {
                String value = kv.group(2).strip();
                switch (kv.group(1).toLowerCase(Locale.ROOT)) {
                    case "date", "published" -> dateWithRest(value, true);
                    case "title", "headline" -> title = title.isEmpty() ? value : title;
                    case "by", "byline", "author" -> byline = byline.isEmpty() ? value : byline;
                    case "source" -> source = source.isEmpty() ? value : source;
                    default -> url = url.isEmpty() ? value : url;
                }
                return true;
            }
            Matcher bare = BARE_DATE.matcher(line);
            if (bare.matches() && dateWithRest(bare.group(1), false)) {
                return true;
            }
            Optional<String> by = byline(line);
            by.ifPresent(this::setByline);
            return by.isPresent();
        }

        /** "2022-01-26", "2022-01-26 By Vugar Khalilov"; with a colon any rest is accepted and dropped. */
        private boolean dateWithRest(String value, boolean colon) {
            Optional<LooseDates.Found> found = LooseDates.atStart(value);
            if (found.isEmpty()) {
                if (colon && !dated) {
                    PublicationDate.parse(value).problem().ifPresent(warnings);
                }
                return colon;
            }
            String rest = value.substring(found.get().length()).strip();
            Optional<String> by = rest.isEmpty() ? Optional.empty() : byline(rest);
            if (!colon && !rest.isEmpty() && by.isEmpty()) {
                return false;
            }
            if (!dated) {
                date = found.get().date();
                dated = true;
            }
            by.ifPresent(this::setByline);
            return true;
        }

        private void setByline(String name) {
            byline = byline.isEmpty() ? name : byline;
        }
    }
}
