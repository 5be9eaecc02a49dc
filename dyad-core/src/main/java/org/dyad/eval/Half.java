package org.dyad.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The half of a gold set a record belongs to: {@code tune} (errors may be looked at, mechanisms tuned on it) or
 * {@code check} (only its figures are read, to see whether a change carries over to records nobody looked at).
 *
 * <p>The half is a pure function of a key: the record's id where the file gives one (gold JSONL {@code id}),
 * else the record's normalised text ({@link #normalise}: PentaClass TSV and CoNLL span files have no ids). The
 * key's UTF-8 bytes are hashed with SHA-256; a record is {@code tune} when the digest's first byte is below
 * 128, else {@code check}. The assignment never depends on the file's order, its other records, the JVM or
 * {@code String.hashCode}, so a record keeps its half across runs, machines and edits of the file.
 */
public enum Half {
    TUNE, CHECK;

    /** The half of a record keyed by {@code key} (an id, or a text already {@linkplain #normalise normalised}). */
    public static Half of(String key) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        return (digest[0] & 0xff) < 128 ? TUNE : CHECK;
    }

    /** The half of a record without an id, from its text. */
    public static Half ofText(String text) {
        return of(normalise(text));
    }

    /**
     * A sentence's text reduced to what survives any tokenisation of it: Unicode NFKC, lower case, every
     * whitespace character removed. "Iran 's army ." and "Iran's army." have the same key, so a sentence read
     * from a CoNLL token file falls in the same half as the same sentence in a TSV file.
     */
    public static String normalise(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(n.length());
        n.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** The lower-case name used on the command line and in reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code tune} or {@code check}, in any case. */
    public static Half parse(String name) {
        for (Half h : values()) {
            if (h.label().equalsIgnoreCase(name)) {
                return h;
            }
        }
        throw new IllegalArgumentException("unknown half '" + name + "'; choose tune or check");
    }
}
