package org.dyad.actor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dyad.dictionary.TsvResource;
import org.dyad.dictionary.WordSets;

/**
 * Agent words (titles, ranks, bodies: "Defence Minister", "Col-Gen", "rebels") mapped to CAMEO sector
 * codes, read once from {@code agents.tsv} (built by {@code tools/import-agents.py} from the PETRARCH2
 * Phoenix agents dictionary plus hand-checked entries). Matching ignores case. Immutable and thread-safe.
 *
 * <p>Generic diplomatic words ("parties", "sides", "delegation") are deliberately absent, and a few
 * phrases ("general election", "major") are listed as blockers so that they match nothing.
 */
public final class AgentLexicon {
    /** Sector codes in CAMEO order; codes not listed sort after these, alphabetically. */
    private static final List<String> ORDER = WordSets.list("actor.sector-order");
    private static final Map<String, Integer> RANK = ORDER.stream()
            .collect(Collectors.toUnmodifiableMap(Function.identity(), ORDER::indexOf));
    private static final Comparator<String> CANONICAL = Comparator
            .<String>comparingInt(s -> RANK.getOrDefault(s, ORDER.size()))
            .thenComparing(Comparator.naturalOrder());

    /**
     * An agent phrase found in a token list.
     *
     * @param sectors sector codes in CAMEO order, never empty
     * @param length  number of tokens the phrase covers (at least 1)
     * @param phrase  the lexicon phrase that matched, lower case ("defence minist" for a stem entry)
     */
    public record AgentMatch(List<String> sectors, int length, String phrase) {
        public AgentMatch {
            sectors = List.copyOf(sectors);
            Objects.requireNonNull(phrase, "phrase");
            if (sectors.isEmpty() || length < 1) {
                throw new IllegalArgumentException("bad agent match " + phrase);
            }
        }
    }

    private record Entry(List<String> sectors, String phrase) {
    }

    private static final class Holder {
        static final AgentLexicon INSTANCE = read();
    }

    private final PhraseIndex<Entry> index;

    private AgentLexicon(PhraseIndex<Entry> index) {
        this.index = index;
    }

    /** The lexicon, loaded from the classpath on first use. */
    public static AgentLexicon load() {
        return Holder.INSTANCE;
    }

    /** The longest agent phrase starting at {@code words.get(from)}; empty for none or for a blocker phrase. */
    public Optional<AgentMatch> match(List<String> words, int from) {
        return index.longest(words, from)
                .filter(h -> !h.value().sectors().isEmpty())
                .map(h -> new AgentMatch(h.value().sectors(), h.length(), h.value().phrase()));
    }

    /** Merges sector codes into CAMEO order without duplicates: [MIL, GOV, MIL] gives [GOV, MIL]. */
    public static List<String> canonicalOrder(Collection<String> sectors) {
        Set<String> unique = new LinkedHashSet<>(sectors);
        List<String> out = new ArrayList<>(unique);
        out.sort(CANONICAL);
        return List.copyOf(out);
    }

    private static AgentLexicon read() {
        PhraseIndex<Entry> words = new PhraseIndex<>();
        for (String[] row : TsvResource.read(AgentLexicon.class, "agents.tsv", 3)) {
            List<String> sectors = row[1].equals("-") ? List.of() : canonicalOrder(List.of(row[1].split(" ")));
            boolean stem = switch (row[2]) {
                case "word" -> false;
                case "prefix" -> true;
                default -> throw new IllegalStateException("agents.tsv: bad match type " + row[2]);
            };
            words.add(row[0], stem, new Entry(sectors, row[0]));
        }
        return new AgentLexicon(words);
    }
}
