package org.dyad.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.actor.CountryGazetteer;
import org.dyad.event.DocumentCoder;
import org.dyad.event.Event;
import org.dyad.event.Location;
import org.dyad.text.ParsedDocument;
import org.dyad.text.Sentence;
import org.dyad.text.Token;

/**
 * Places every event of another coder: an event with no location gets the place its sentence puts it in
 * ({@link SentencePlaces#at}), and one whose coder gave only words and a country gets coordinates when the
 * gazetteer knows the place. This is where events coded by any coder (Dyad's lexicon or the PETRARCH
 * patterns) get the same places.
 *
 * <p>The event's location is kept apart from where its actors are from: "the Iranian minister in Baku" puts
 * the event in Baku (AZE) while the source stays IRN, and a place word that is an actor ("Tehran said") is
 * never the location unless the sentence also puts the event there. Countries the sentence names (other than
 * the place's own words) and the article names break ties between places of one name.
 *
 * <p>Immutable and thread-safe when the wrapped coder is.
 */
public final class PlaceAnnotator implements DocumentCoder {
    private final DocumentCoder coder;
    private final PlaceGazetteer places;
    private final CountryGazetteer countries;

    public PlaceAnnotator(DocumentCoder coder, PlaceGazetteer places, CountryGazetteer countries) {
        this.coder = Objects.requireNonNull(coder, "coder");
        this.places = Objects.requireNonNull(places, "places");
        this.countries = Objects.requireNonNull(countries, "countries");
    }

    /** {@code coder} with Dyad's shipped gazetteers. */
    public static PlaceAnnotator around(DocumentCoder coder) {
        return new PlaceAnnotator(coder, PlaceGazetteer.load(), CountryGazetteer.load());
    }

    @Override
    public List<Event> code(ParsedDocument doc) {
        List<Event> events = coder.code(doc);
        if (events.isEmpty()) {
            return events;
        }
        Map<Integer, Sentence> sentences = new HashMap<>();
        for (Sentence s : doc.sentences()) {
            sentences.put(s.index(), s);
        }
        Set<String> named = articleCountries(doc);
        Map<Integer, SentencePlaces> found = new HashMap<>();
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            Sentence s = sentences.get(e.sentence());
            if (s == null) {
                out.add(e);
                continue;
            }
            SentencePlaces here = found.computeIfAbsent(e.sentence(),
                    k -> SentencePlaces.find(s, places, countries, named));
            Optional<SentencePlaces.Mention> m = trigger(s, e.evidence().triggerStart())
                    .flatMap(t -> here.at(t, movement(e)));
            Optional<Location> place = place(e.location(), m.map(SentencePlaces.Mention::location));
            out.add(place.equals(e.location()) ? e : e.withLocation(place));
        }
        return List.copyOf(out);
    }

    /** The coder's own location, completed with the sentence's place when they agree, or the sentence's. */
    private Optional<Location> place(Optional<Location> own, Optional<Location> found) {
        if (own.isEmpty()) {
            return found;
        }
        Location l = own.get();
        if (l.lat().isPresent() || l.text().isBlank()) {
            return own;
        }
        if (found.isPresent() && found.get().text().contains(l.text())
                && (l.country().isEmpty() || l.country().equals(found.get().country()))) {
            return found;
        }
        CountryContext context = l.country().isEmpty() ? CountryContext.none() : CountryContext.sentence(l.country());
        Optional<Location> known = places.locate(l.text(), context)
                .filter(k -> k.lat().isPresent() && (l.country().isEmpty() || l.country().equals(k.country())));
        return known.isPresent() ? known : own;
    }

    /** A visit (CAMEO 042) or hosting one (043) takes place at its destination: "to" counts. */
    private static boolean movement(Event e) {
        String code = e.cameo().code();
        return code.startsWith("042") || code.startsWith("043");
    }

    private static Optional<Integer> trigger(Sentence s, int start) {
        for (Token t : s.tokens()) {
            if (t.start() <= start && start < Math.max(t.end(), t.start() + 1)) {
                return Optional.of(t.index());
            }
        }
        return Optional.empty();
    }

    /** Countries the article names by name or nationality word (not by a city, which may be another's). */
    private Set<String> articleCountries(ParsedDocument doc) {
        Set<String> out = new LinkedHashSet<>();
        for (Sentence s : doc.sentences()) {
            List<String> words = new ArrayList<>(s.size());
            for (Token t : s.tokens()) {
                words.add(t.word());
            }
            for (int i = 0; i < words.size(); ) {
                Optional<CountryGazetteer.CountryMatch> m = countries.match(words, i);
                if (m.isPresent()) {
                    if (m.get().kind() != CountryGazetteer.Kind.CAPITAL) {
                        out.add(m.get().code());
                    }
                    i += m.get().length();
                } else {
                    i++;
                }
            }
        }
        return out;
    }
}
