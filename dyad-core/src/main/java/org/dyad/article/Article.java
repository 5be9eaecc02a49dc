package org.dyad.article;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article: its metadata kept apart from the text to code. Immutable.
 *
 * @param id        stable identifier (file name, JSONL id, or a content hash)
 * @param text      the body to code; header lines (dateline, byline) are not part of it
 * @param published publication date, if known
 * @param title     title, may be empty
 * @param byline    author line, may be empty; never coded
 * @param source    publisher or origin (file path, feed name), may be empty
 * @param url       URL, may be empty
 */
public record Article(String id, String text, Optional<LocalDate> published, String title,
                      String byline, String source, String url) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(published, "published");
        title = title == null ? "" : title;
        byline = byline == null ? "" : byline;
        source = source == null ? "" : source;
        url = url == null ? "" : url;
    }

    /**
     * An id for a text that came without one: {@code text-} and the first 16 hex digits of the SHA-256 of its
     * UTF-8 bytes, so the same text always gets the same id.
     */
    public static String idOf(String text) {
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "text-" + java.util.HexFormat.of().formatHex(h, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** An article with only an id, a text and an optional date. */
    public static Article of(String id, String text, LocalDate published) {
        return new Article(id, text, Optional.ofNullable(published), "", "", "", "");
    }
}
