package org.dyad.actor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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

    private record Entry(String code, Kind kind) {
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
        if (from < words.size()) {
            String first = words.get(from);
            if (first.isEmpty() || !Character.isUpperCase(first.codePointAt(0))) {
                return Optional.empty();
            }
        }
        return index.longest(words, from).map(h -> new CountryMatch(h.value().code(), h.length(), h.value().kind()));
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
        for (String[] row : TsvResource.read(CountryGazetteer.class, "countries.tsv", 3)) {
            index.add(row[2], false, new Entry(row[0], Kind.valueOf(row[1])));
        }
        Map<String, String> names = new HashMap<>();
        for (String[] row : TsvResource.read(CountryGazetteer.class, "country_names.tsv", 2)) {
            names.put(row[0], row[1]);
        }
        return new CountryGazetteer(index, names);
    }
}
