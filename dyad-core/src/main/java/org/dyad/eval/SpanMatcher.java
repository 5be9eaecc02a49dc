package org.dyad.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.actor.Actor;

/**
 * Whether a coded actor is the actor an annotator marked as a span: they share a content word. Immutable and
 * thread-safe.
 *
 * <p>The actor's words are those of its {@code text} (the mention in the sentence) and its {@code name} (the
 * person's or organisation's full name, which is how a pronoun or surname resolved through the discourse is
 * known). Words are runs of letters and digits, after full stops inside abbreviations are dropped ("U.S." is
 * "US", "Mr." is "Mr"); a word counts when it has at least two characters and is not in
 * {@code stopwords.tsv} (function words and honorifics, compared in lower case; a word written in capitals,
 * such as "US" or "IT", is an acronym and always counts). Words compare in lower case with a plural ending
 * taken off: {@code -ies} becomes {@code -y} ("authorities" and "authority"), a final {@code -s} goes unless
 * the word ends in {@code -ss} or has three letters or fewer ("forces" and "force"; "Paris" is "pari" on both
 * sides, which is harmless).
 */
public final class SpanMatcher {
    private static final Pattern ABBREVIATION_STOP = Pattern.compile("(?<=\\p{L})\\.(?=\\p{L})|(?<=\\b\\p{L})\\.");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}");
    private static SpanMatcher defaults;

    private final Set<String> stopwords;

    public SpanMatcher(Set<String> stopwords) {
        Set<String> lower = new HashSet<>();
        stopwords.forEach(w -> lower.add(w.toLowerCase(Locale.ROOT)));
        this.stopwords = Set.copyOf(lower);
    }

    /** The matcher with the stopwords of {@code stopwords.tsv} beside this class, loaded once. */
    public static synchronized SpanMatcher defaults() {
        if (defaults == null) {
            defaults = new SpanMatcher(readStopwords());
        }
        return defaults;
    }

    /** Whether the actor shares a content word with the span. */
    public boolean matches(Actor actor, GoldRecord.ActorSpan span) {
        Set<String> a = contentWords(actor.text() + " " + actor.name());
        return !a.isEmpty() && contentWords(String.join(" ", span.words())).stream().anyMatch(a::contains);
    }

    /** Whether the actor shares a content word with any of the spans. */
    public boolean matchesAny(Actor actor, List<GoldRecord.ActorSpan> spans) {
        return spans.stream().anyMatch(s -> matches(actor, s));
    }

    /** The content words of a text, lower case, plural endings taken off, in text order. */
    public Set<String> contentWords(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : NON_WORD.split(ABBREVIATION_STOP.matcher(text).replaceAll(""))) {
            if (w.length() < 2) {
                continue;
            }
            String lower = w.toLowerCase(Locale.ROOT);
            if (stopwords.contains(lower) && !ACRONYM.matcher(w).matches()) {
                continue;
            }
            out.add(singular(lower));
        }
        return out;
    }

    static String singular(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** The first column of {@code stopwords.tsv}: '#' lines are comments, the first other line the header. */
    private static Set<String> readStopwords() {
        String name = "stopwords.tsv";
        InputStream in = SpanMatcher.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name + " beside " + SpanMatcher.class.getName());
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                words.add(line.split("\t", -1)[0].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name, e);
        }
        return words;
    }
}
