package org.dyad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dyad.article.Article;

/**
 * The articles a store holds, as they were coded (id, text, publication date, title, byline, source, url), read
 * a page at a time in id order, so that a caller can code them again (as {@code dyad gaps --db} does) without
 * holding the store, or all the texts, for long. Not thread-safe (the store's one connection): callers serialise
 * access.
 */
public final class StoredArticles {
    private final EventStore store;

    public StoredArticles(EventStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** How many articles the store holds. */
    public long count() {
        return store.totals().articles();
    }

    /** Up to {@code limit} articles with ids after {@code afterId} ("" for the first page), in id order. */
    public List<Article> page(String afterId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit is at least 1");
        }
        List<Article> out = new ArrayList<>();
        try (PreparedStatement p = store.connection().prepareStatement(
                "SELECT id, text, published, title, byline, source, url FROM article WHERE id > ? ORDER BY id LIMIT ?")) {
            p.setString(1, Objects.requireNonNull(afterId, "afterId"));
            p.setInt(2, limit);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    java.sql.Date published = r.getDate(3);
                    out.add(new Article(r.getString(1), r.getString(2),
                            Optional.ofNullable(published).map(java.sql.Date::toLocalDate), r.getString(4),
                            r.getString(5), r.getString(6), r.getString(7)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("reading " + store.file() + ": " + e.getMessage(), e);
        }
        return out;
    }
}
