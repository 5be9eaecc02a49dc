package org.dyad.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.actor.Actor;
import org.dyad.event.Location;
import org.dyad.place.Place;
import org.dyad.place.PlaceGazetteer;

/**
 * Merged events as rows of GDELT 2.0's event table: the 61 {@link #COLUMNS} in GDELT's order, tab-separated,
 * no header (as GDELT's own export files). What Dyad does not know stays empty: KnownGroup, Ethnic and
 * Religion codes (except an IGO/NGO's group, e.g. UNO of IGOUNO), AvgTone (Dyad measures no tone), the
 * actors' own geography ({@code Actor1Geo_*}, {@code Actor2Geo_*}: Type 0). ActionGeo comes from the event's
 * location: Type 1 (country) with the FIPS 10-4 country code in CountryCode, ADM1Code and FeatureID as GDELT
 * writes a country, or, when the location has coordinates (a gazetteer place), Type 4 (world city; Type 3 for
 * a US city) with Lat/Long, the FIPS country code in CountryCode, the FIPS country code followed by the
 * place's GeoNames first-order admin code in ADM1Code ("AJ09"; GeoNames' admin1 codes are FIPS 10-4 codes
 * for most countries, the state's postal code for the US: "USTX", as GDELT writes it), and its GeoNames id in
 * FeatureID (empty, and ADM1Code the country alone, when the gazetteer no longer has that place). Tabs and line breaks inside a
 * value become spaces, so every row has exactly 61 cells.
 */
final class GdeltTsv implements EventSink {

    /** GDELT 2.0 event table columns, in GDELT's order (61). */
    static final List<String> COLUMNS = columns();

    private static final Set<String> GROUP_TYPES = Set.of("IGO", "NGO", "IMG", "MNC");
    private static final Map<String, String> FIPS = fips();
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

    private final Writer out;

    GdeltTsv(Writer out) {
        this.out = out;
    }

    private static List<String> columns() {
        List<String> c = new ArrayList<>(List.of("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"));
        for (String a : List.of("Actor1", "Actor2")) {
            for (String f : List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                    "Religion2Code", "Type1Code", "Type2Code", "Type3Code")) {
                c.add(a + f);
            }
        }
        c.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                "NumMentions", "NumSources", "NumArticles", "AvgTone"));
        for (String g : List.of("Actor1Geo", "Actor2Geo", "ActionGeo")) {
            for (String f : List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
                    "FeatureID")) {
                c.add(g + "_" + f);
            }
        }
        c.add("DATEADDED");
        c.add("SOURCEURL");
        if (c.size() != 61) {
            throw new IllegalStateException("GDELT 2.0 has 61 event columns, not " + c.size());
        }
        return List.copyOf(c);
    }

    @Override
    public void write(StoredEvent e) {
        List<String> row = row(e);
        try {
            out.write(String.join("\t", row));
            out.write('\n');
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    /** The 61 cells of one event. */
    static List<String> row(StoredEvent e) {
        List<String> r = new ArrayList<>(61);
        r.add(Long.toString(e.id()));
        if (e.date().isPresent()) {
            LocalDate d = e.date().get();
            r.add(d.format(DAY));
            r.add(String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue()));
            r.add(Integer.toString(d.getYear()));
            r.add(String.format(Locale.ROOT, "%.4f", d.getYear() + d.getDayOfYear() / 365.0));
        } else { // undated: GDELT has no way to say so but empty cells
            r.addAll(List.of("", "", "", ""));
        }
        actor(r, Optional.of(e.source()));
        actor(r, e.target());
        r.add(e.rootEvent() ? "1" : "0");
        r.add(e.cameo().code());
        r.add(e.cameo().base());
        r.add(e.cameo().root());
        r.add(Integer.toString(e.cameo().quadClass()));
        r.add(number(e.cameo().goldstein()));
        r.add(Integer.toString(e.numMentions()));
        r.add(Integer.toString(e.numSources()));
        r.add(Integer.toString(e.numArticles()));
        r.add("");
        geo(r, Optional.empty());
        geo(r, Optional.empty());
        geo(r, e.location());
        r.add(e.added().atOffset(ZoneOffset.UTC).format(ADDED));
        r.add(e.sourceUrl());
        r.replaceAll(GdeltTsv::clean);
        return r;
    }

    private static void actor(List<String> r, Optional<Actor> actor) {
        if (actor.isEmpty()) {
            for (int i = 0; i < 10; i++) {
                r.add("");
            }
            return;
        }
        Actor a = actor.get();
        String group = "";
        List<String> types = new ArrayList<>(a.sectors());
        String country = a.country();
        String prefix = a.code().length() >= 6 ? a.code().substring(0, 3) : "";
        if (GROUP_TYPES.contains(prefix) && (country.isEmpty() || country.equals(prefix))) {
            group = a.code().substring(3, 6); // IGOUNO: no country, type IGO, known group UNO
            country = "";
            types.remove(group);
            types.remove(prefix);
            types.add(0, prefix);
        }
        r.add(a.code());
        r.add(a.name().isBlank() ? a.text() : a.name());
        r.add(country);
        r.add(group);
        r.add("");
        r.add("");
        r.add("");
        for (int i = 0; i < 3; i++) {
            r.add(i < types.size() ? types.get(i) : "");
        }
    }

    private static void geo(List<String> r, Optional<Location> location) {
        String fips = location.map(l -> FIPS.getOrDefault(l.country(), "")).orElse("");
        boolean point = location.isPresent() && location.get().lat().isPresent() && location.get().lon().isPresent();
        if (location.isEmpty() || (fips.isEmpty() && !point)) {
            r.add("0");
            for (int i = 0; i < 7; i++) {
                r.add("");
            }
            return;
        }
        Location l = location.get();
        Optional<Place> place = point ? place(l) : Optional.empty();
        String admin1 = place.map(Place::admin1).filter(a -> !a.isBlank() && !a.equals("00")).orElse("");
        r.add(point ? (l.country().equals("USA") ? "3" : "4") : "1");
        r.add(l.text());
        r.add(fips);
        r.add(fips + (fips.isEmpty() ? "" : admin1));
        r.add("");
        r.add(l.lat().map(GdeltTsv::number).orElse(""));
        r.add(l.lon().map(GdeltTsv::number).orElse(""));
        r.add(point ? place.map(p -> Long.toString(p.geonameId())).orElse("") : fips);
    }

    /** The gazetteer place a located event's words and coordinates came from, if it is still there. */
    static Optional<Place> place(Location l) {
        double lat = l.lat().orElseThrow();
        double lon = l.lon().orElseThrow();
        return PlaceGazetteer.load().candidates(l.text()).stream()
                .filter(p -> p.country().equals(l.country()) && Math.abs(p.lat() - lat) < 1e-6
                        && Math.abs(p.lon() - lon) < 1e-6)
                .findFirst();
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String clean(String cell) {
        return cell.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    /** ISO 3166 alpha-3 -> FIPS 10-4, the country codes of GDELT's geography fields. */
    private static Map<String, String> fips() {
        InputStream in = GdeltTsv.class.getResourceAsStream("fips.tsv");
        if (in == null) {
            throw new IllegalStateException("missing resource org/dyad/store/fips.tsv");
        }
        Map<String, String> map = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t", -1);
                if (f.length >= 2) {
                    map.put(f[0], f[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
