package org.dyad.actor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.dictionary.TsvResource;

/**
 * Country names, nationality adjectives and capitals/places mapped to CAMEO country codes, read once from
 * {@code countries.tsv} (built by {@code tools/import-countries.py} from the PETRARCH2 Phoenix country
 * dictionary and the i18n-iso-countries / i18n-nationality lists). Immutable and thread-safe.
 *
 * <p>A match must start on a token beginning with an upper-case letter; after that the comparison ignores
 * case, so "IRAN" matches while the pronoun "us" never matches "US". Plain "Korea" is deliberately not listed
 * (it is ambiguous); "South Korea" and "North Korea" are.
 */
public final class CountryGazetteer {
    /** How a phrase names its country. */
    public enum Kind { NAME, ADJECTIVE, CAPITAL }

    /**
     * A phrase found in a token list.
     *
     * @param code   CAMEO country code (ISO alpha-3 where CAMEO uses it: AZE, IRN; KSV for Kosovo)
     * @param length number of tokens the phrase covers (at least 1)
     * @param kind   name, nationality adjective, or capital/place standing for the country
     */
    public record CountryMatch(String code, int length, Kind kind) {
        public CountryMatch {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(kind, "kind");
            if (length < 1) {
                throw new IllegalArgumentException("length " + length);
            }
        }
    }

    /**
     * A phrase's reading: {@code code} when the article names none of {@code others} (empty when the phrase is
     * a country only where the article names one), else the one of {@code others} that the article names.
     */
    private record Entry(String code, Kind kind, List<String> others) {
    }

    private static final class Holder {
        static final CountryGazetteer INSTANCE = read();
    }

    private final PhraseIndex<Entry> index;
    private final Map<String, String> names;

    private CountryGazetteer(PhraseIndex<Entry> index, Map<String, String> names) {
        this.index = index;
        this.names = Map.copyOf(names);
    }

    /** The gazetteer, loaded from the classpath on first use. */
    public static CountryGazetteer load() {
        return Holder.INSTANCE;
    }

    /** The longest country phrase starting at {@code words.get(from)}; {@code words} are token surface forms. */
    public Optional<CountryMatch> match(List<String> words, int from) {
        return match(words, from, Set.of());
    }

    /**
     * As {@link #match(List, int)}, in an article that names the countries {@code named} (codes): a phrase
     * several states share (shared.tsv: "Dominican" for the Dominican Republic and Dominica, "Congolese" for
     * both Congos) reads as the one the article names, else as its usual reading; a phrase that is a country
     * only where the article names it (a capital that is also a common place or person's name: "Victoria",
     * "Kingston") is that country only then.
     */
    public Optional<CountryMatch> match(List<String> words, int from, Set<String> named) {
        if (from < words.size()) {
            String first = words.get(from);
            if (first.isEmpty() || !Character.isUpperCase(first.codePointAt(0))) {
                return Optional.empty();
            }
        }
        return index.longest(words, from).flatMap(h -> reading(h.value(), named)
                .map(code -> new CountryMatch(code, h.length(), h.value().kind())));
    }

    /**
     * Whether a country phrase starts at {@code words.get(from)} in some article: as {@link #match(List, int, Set)}
     * with any countries named (a capital that is a country only where the article names it counts).
     */
    public boolean mayMatch(List<String> words, int from) {
        if (from >= words.size() || words.get(from).isEmpty() || !Character.isUpperCase(words.get(from).codePointAt(0))) {
            return false;
        }
        return index.longest(words, from).isPresent();
    }

    private static Optional<String> reading(Entry e, Set<String> named) {
        if (!e.others().isEmpty() && !named.contains(e.code())) {
            List<String> there = e.others().stream().filter(named::contains).toList();
            if (there.size() == 1) {
                return Optional.of(there.get(0));
            }
        }
        return e.code().isEmpty() ? Optional.empty() : Optional.of(e.code());
    }

    /**
     * The countries an article names by name (not by a nationality word or a capital, which can be ambiguous),
     * read from its sentences' words.
     */
    public Set<String> named(List<List<String>> sentences) {
        Set<String> out = new HashSet<>();
        for (List<String> words : sentences) {
            for (int i = 0; i < words.size(); i++) {
                Optional<CountryMatch> m = match(words, i);
                if (m.isPresent()) {
                    if (m.get().kind() == Kind.NAME) {
                        out.add(m.get().code());
                    }
                    i += m.get().length() - 1;
                }
            }
        }
        return out;
    }

    /** The common English name of a country code, e.g. "Azerbaijan" for AZE. */
    public Optional<String> name(String code) {
        return Optional.ofNullable(names.get(code));
    }

    /** True when {@code code} is a country code this gazetteer knows. */
    public boolean isCountryCode(String code) {
        return names.containsKey(code);
    }

    private static CountryGazetteer read() {
        PhraseIndex<Entry> index = new PhraseIndex<>();
        // shared phrases first: the first value stored for a phrase wins
        for (String[] row : TsvResource.read(CountryGazetteer.class, "shared.tsv", 4)) {
            index.add(row[0], false, new Entry(row[1].equals("-") ? "" : row[1], Kind.valueOf(row[3]),
                    List.of(row[2].split(" "))));
        }
        for (String[] row : TsvResource.read(CountryGazetteer.class, "countries.tsv", 3)) {
            index.add(row[2], false, new Entry(row[0], Kind.valueOf(row[1]), List.of()));
        }
        Map<String, String> names = new HashMap<>();
        for (String[] row : TsvResource.read(CountryGazetteer.class, "country_names.tsv", 2)) {
            names.put(row[0], row[1]);
        }
        return new CountryGazetteer(index, names);
    }
}
