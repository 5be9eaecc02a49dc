package org.dyad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.dyad.article.Article;
import org.dyad.merge.Outlets;

/**
 * What the mention-level exports need of an article: where it came from and how long it is.
 *
 * @param id       article id
 * @param url      its URL, may be empty
 * @param source   its source (feed, publisher or file path), may be empty
 * @param outlet   its URL's host, else its source (as NumSources counts outlets)
 * @param length   its text's length in characters
 * @param ingested when it was stored (for an article coded without a store: when the run started)
 */
record ArticleInfo(String id, String url, String source, String outlet, int length, Instant ingested) {
    ArticleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ingested, "ingested");
    }

    /** An article just coded, at {@code now}. */
    static ArticleInfo of(Article a, Instant now) {
        return new ArticleInfo(a.id(), a.url(), a.source(), Outlets.of(a), a.text().length(), now);
    }

    /** Every stored article, by id. */
    static Map<String, ArticleInfo> all(EventStore store) {
        Map<String, ArticleInfo> out = new HashMap<>();
        try (PreparedStatement p = store.connection().prepareStatement(
                "SELECT id, url, source, outlet, length(text), ingested_at FROM article");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.put(r.getString(1), new ArticleInfo(r.getString(1), r.getString(2), r.getString(3),
                        r.getString(4), r.getInt(5), r.getTimestamp(6).toInstant()));
            }
        } catch (SQLException e) {
            throw new StoreException("reading " + store.file() + ": " + e.getMessage(), e);
        }
        return out;
    }
}
