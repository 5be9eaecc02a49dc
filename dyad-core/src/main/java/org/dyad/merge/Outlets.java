package org.dyad.merge;

import java.net.URI;
import java.util.Locale;
import org.dyad.article.Article;

/**
 * The outlet an article counts as for GDELT's NumSources: its URL's host (without {@code www.}) when it has a URL,
 * else its source (for a .txt file without a {@code Source:} line, the file's path). Stateless.
 */
public final class Outlets {
    private Outlets() {}

    /** The outlet of {@code a}. */
    public static String of(Article a) {
        if (!a.url().isBlank()) {
            try {
                String host = URI.create(a.url().strip()).getHost();
                if (host != null && !host.isBlank()) {
                    host = host.toLowerCase(Locale.ROOT);
                    return host.startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException e) {
                // not a URL: fall through to the source
            }
        }
        return a.source();
    }
}
