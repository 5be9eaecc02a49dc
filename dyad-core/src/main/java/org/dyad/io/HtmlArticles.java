package org.dyad.io;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dyad.article.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * One HTML page as an article: the title, the visible text of the body (of its {@code <article>} when
 * there is one) with blocks separated by blank lines, the date from {@code article:published_time} or the
 * first {@code <time datetime>}; a page without either is undated. Stateless.
 */
final class HtmlArticles {

    private static final String INVISIBLE =
            "script, style, noscript, template, svg, canvas, iframe, object, nav, form, button, select, "
            + "[hidden], [aria-hidden=true]";

    private HtmlArticles() { }

    /** The page as an article; a date attribute that is not a date is told to {@code warnings} (no date then). */
    static Article parse(String id, String source, String html, Consumer<String> warnings) {
        Document doc = Jsoup.parse(html);
        String title = firstNonEmpty(doc.title(), meta(doc, "meta[property=og:title]"),
                doc.select("h1").isEmpty() ? "" : doc.select("h1").first().text());
        String published = meta(doc, "meta[property=article:published_time]");
        String time = doc.select("time[datetime]").attr("datetime").strip();
        PublicationDate.Parsed date = PublicationDate.parse(published.isEmpty() ? time : published);
        date.problem().ifPresent(warnings);
        String byline = meta(doc, "meta[name=author]");
        String url = firstNonEmpty(doc.select("link[rel=canonical]").attr("href").strip(),
                meta(doc, "meta[property=og:url]"));
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.body();
        }
        root.select(INVISIBLE).remove();
        return new Article(id, blocks(root, title), date.date(), title, byline, source, url);
    }

    /** Visible text, one paragraph per block element, paragraphs separated by a blank line. */
    private static String blocks(Element root, String title) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(text.text());
                } else if (breaks(node)) {
                    flush();
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (breaks(node)) {
                    flush();
                }
            }

            private void flush() {
                String p = current.toString().replaceAll("\\s+", " ").strip();
                current.setLength(0);
                boolean repeatedTitle = paragraphs.isEmpty() && p.equals(title);
                if (!p.isEmpty() && !repeatedTitle) {
                    paragraphs.add(p);
                }
            }
        });
        String last = current.toString().replaceAll("\\s+", " ").strip();
        if (!last.isEmpty()) {
            paragraphs.add(last);
        }
        return String.join("\n\n", paragraphs);
    }

    private static boolean breaks(Node node) {
        return node instanceof Element el && (el.isBlock() || el.nameIs("br"));
    }

    private static String meta(Document doc, String selector) {
        return doc.select(selector).attr("content").strip();
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (!v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }
}
