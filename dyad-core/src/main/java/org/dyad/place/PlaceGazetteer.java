package org.dyad.place;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.actor.CountryGazetteer;
import org.dyad.event.Location;

/**
 * Place names resolved to countries and coordinates, offline: the 25,579 populated places of GeoNames'
 * cities1000 dump with population >= 15,000, or a national capital, seat of government or first-order admin
 * seat ({@code places.tsv.gz} beside this class, built by {@code tools/import-places.py}; GeoNames, CC-BY 3.0),
 * read once on first use. Immutable and thread-safe.
 *
 * <p>How a name is matched, strongest first: a place's GeoNames name or ASCII name exactly as written
 * ("Baku", "Gorazde"); one of its Latin-script alternate names exactly ("Teheran"); then the same ignoring
 * case, accents and hyphens ("BAKU", "Bakı"). Alternate names count for little (GeoNames lists "Rome" among
 * the alternates of Washington, D.C.), so an exact name of another place wins unless that place is tiny.
 *
 * <p>How an ambiguous name is settled: each candidate scores its population, times 10 for a national capital
 * or seat of government and 3 for a first-order admin seat (news names capitals far beyond their size), times
 * the match's weight (name 1, name ignoring case 0.5, alternate 0.05, alternate ignoring case 0.02), times 20
 * when its country is named in the same sentence or 5 when named elsewhere in the article. So "Tripoli" in a
 * sentence naming Lebanon is Lebanon's, alone it is Libya's; "Paris" stays French beside "US" (the French
 * capital outweighs Paris, Texas more than 20 times).
 *
 * <p>Countries are not places here: {@link #locate} answers a country name ("Iran") with the country and no
 * coordinates, since a country's extent is no point and world-countries' centroids are ODbL-licensed.
 */
public final class PlaceGazetteer {
    private static final String RESOURCE = "places.tsv.gz";
    private static final int COLUMNS = 10;
    private static final double SENTENCE_COUNTRY = 20;
    private static final double ARTICLE_COUNTRY = 5;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private enum Match {
        NAME(1), FOLDED_NAME(0.5), ALTERNATE(0.05), FOLDED_ALTERNATE(0.02);

        final double weight;

        Match(double weight) {
            this.weight = weight;
        }
    }

    private static final class Holder {
        static final PlaceGazetteer INSTANCE = read();
    }

    private final List<Place> places;
    private final Map<String, int[]> byKey;
    private final CountryGazetteer countries;

    private PlaceGazetteer(List<Place> places, Map<String, int[]> byKey, CountryGazetteer countries) {
        this.places = List.copyOf(places);
        this.byKey = Map.copyOf(byKey);
        this.countries = Objects.requireNonNull(countries, "countries");
    }

    /** The gazetteer, loaded from the classpath on first use (under a second; some 17 MB of heap). */
    public static PlaceGazetteer load() {
        return Holder.INSTANCE;
    }

    /** Number of places. */
    public int size() {
        return places.size();
    }

    /** Every place known by {@code name}, most likely first with no context; empty for an unknown name. */
    public List<Place> candidates(String name) {
        return ranked(name, CountryContext.none());
    }

    /** The likeliest place called {@code name}, given the countries the text names. */
    public Optional<Place> find(String name, CountryContext context) {
        List<Place> r = ranked(name, context);
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
    }

    /** {@link #find(String, CountryContext)} with no context. */
    public Optional<Place> find(String name) {
        return find(name, CountryContext.none());
    }

    /**
     * Where the words {@code text} point, as an event location: a country name gives the country without
     * coordinates ("Iran" -> IRN); a place gives its country and coordinates ("Baku" -> AZE, 40.38, 49.89);
     * a place alias the country lexicon knows but no gazetteer place of that country matches (a region such
     * as "Nagorno-Karabakh") gives that country without coordinates; a nationality word or an unknown name
     * gives nothing. {@code text} is split on white space into the words the country lexicon matches.
     */
    public Optional<Location> locate(String text, CountryContext context) {
        return locate(text, List.of(WHITE_SPACE.split(text.strip())), context);
    }

    /** {@link #locate(String, CountryContext)} with the text's tokens given (as the parser split them). */
    public Optional<Location> locate(String text, List<String> words, CountryContext context) {
        if (text.isBlank() || words.isEmpty()) {
            return Optional.empty();
        }
        Optional<CountryGazetteer.CountryMatch> country = countries.match(words, 0)
                .filter(m -> m.length() == words.size());
        if (country.isPresent() && country.get().kind() == CountryGazetteer.Kind.ADJECTIVE) {
            return Optional.empty();
        }
        if (country.isPresent() && country.get().kind() == CountryGazetteer.Kind.NAME) {
            return Optional.of(Location.of(text, country.get().code()));
        }
        List<Place> ranked = ranked(text, context);
        if (country.isPresent()) {
            String code = country.get().code();
            if (ranked.stream().noneMatch(p -> p.country().equals(code))) {
                return Optional.of(Location.of(text, code));
            }
        }
        if (ranked.isEmpty()) {
            return Optional.empty();
        }
        Place p = ranked.get(0);
        return Optional.of(new Location(text, p.country(), Optional.of(p.lat()), Optional.of(p.lon())));
    }

    /** True when some place is known by exactly this name or ASCII name (case and accents as written). */
    public boolean knowsName(String name) {
        for (int i : byKey.getOrDefault(fold(name), new int[0])) {
            Place p = places.get(i);
            if (p.name().equals(name) || p.ascii().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private List<Place> ranked(String name, CountryContext context) {
        Objects.requireNonNull(context, "context");
        String written = name.strip();
        int[] hits = byKey.get(fold(written));
        if (hits == null) {
            return List.of();
        }
        Integer[] order = new Integer[hits.length];
        double[] score = new double[hits.length];
        for (int k = 0; k < hits.length; k++) {
            Place p = places.get(hits[k]);
            double s = Math.max(p.population(), 1000) * featureWeight(p) * match(p, written).weight;
            if (context.sentence().contains(p.country())) {
                s *= SENTENCE_COUNTRY;
            } else if (context.article().contains(p.country())) {
                s *= ARTICLE_COUNTRY;
            }
            score[k] = s;
            order[k] = k;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer k) -> -score[k])
                .thenComparingLong(k -> places.get(hits[k]).geonameId()));
        List<Place> out = new ArrayList<>(hits.length);
        for (int k : order) {
            out.add(places.get(hits[k]));
        }
        return List.copyOf(out);
    }

    private static double featureWeight(Place p) {
        return p.capital() ? 10 : p.feature().equals("PPLA") ? 3 : 1;
    }

    private static Match match(Place p, String written) {
        if (p.name().equals(written) || p.ascii().equals(written)) {
            return Match.NAME;
        }
        if (p.alternates().contains(written)) {
            return Match.ALTERNATE;
        }
        String key = fold(written);
        return fold(p.name()).equals(key) || fold(p.ascii()).equals(key) ? Match.FOLDED_NAME : Match.FOLDED_ALTERNATE;
    }

    /** Lower case, no accents, hyphens and dots as spaces: "Bakı" -> "baki", "Tel-Aviv" -> "tel aviv". */
    static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        String d = ascii ? s : MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder b = new StringBuilder(d.length());
        boolean space = true;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.isWhitespace(c) || c == '-' || c == '.' || c == '\u2010' || c == '\u2011' || c == '\u2013') {
                if (!space) {
                    b.append(' ');
                    space = true;
                }
                continue;
            }
            space = false;
            switch (c) {
                case 'ı' -> b.append('i');
                case 'ł', 'Ł' -> b.append('l');
                case 'ø', 'Ø' -> b.append('o');
                case 'đ', 'Đ' -> b.append('d');
                case 'ß' -> b.append("ss");
                case 'æ', 'Æ' -> b.append("ae");
                case 'œ', 'Œ' -> b.append("oe");
                case '\u2019', '\u02bc', '`' -> b.append('\'');
                default -> b.append(Character.toLowerCase(c));
            }
        }
        int n = b.length();
        return n > 0 && b.charAt(n - 1) == ' ' ? b.substring(0, n - 1) : b.toString();
    }

    private static PlaceGazetteer read() {
        List<String[]> rows = org.dyad.dictionary.TsvResource.read(PlaceGazetteer.class, RESOURCE, COLUMNS);
        List<Place> places = new ArrayList<>(rows.size());
        Map<String, List<Integer>> keys = new HashMap<>();
        for (String[] c : rows) {
            List<String> alternates = c[3].isEmpty() ? List.of() : Arrays.asList(c[3].split(","));
            Place p = new Place(Long.parseLong(c[0]), c[1], c[2], alternates, c[4], c[5],
                    Double.parseDouble(c[6]), Double.parseDouble(c[7]), Long.parseLong(c[8]), c[9]);
            int index = places.size();
            places.add(p);
            Set<String> own = new LinkedHashSet<>();
            own.add(fold(p.name()));
            own.add(fold(p.ascii()));
            for (String a : alternates) {
                own.add(fold(a));
            }
            for (String k : own) {
                if (!k.isEmpty()) {
                    keys.computeIfAbsent(k, x -> new ArrayList<>(1)).add(index);
                }
            }
        }
        Map<String, int[]> byKey = new HashMap<>(keys.size() * 2);
        keys.forEach((k, v) -> byKey.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return new PlaceGazetteer(places, byKey, CountryGazetteer.load());
    }
}
