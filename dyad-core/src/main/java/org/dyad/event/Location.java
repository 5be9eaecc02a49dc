package org.dyad.event;

import java.util.Optional;

/** Where an event took place, as far as the text says. */
public record Location(String text, String country, Optional<Double> lat, Optional<Double> lon) {
    public Location {
        text = text == null ? "" : text;
        country = country == null ? "" : country;
    }

    public static Location of(String text, String country) {
        return new Location(text, country, Optional.empty(), Optional.empty());
    }
}
