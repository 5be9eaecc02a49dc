package org.dyad.actor;

import java.util.List;
import java.util.Objects;

/**
 * A coded actor as it appears in an event: a CAMEO code built from a country (ISO-3 or a CAMEO
 * international code) and sector codes, plus the words that named it. Immutable.
 *
 * @param code    full CAMEO actor code, e.g. {@code AZEGOVMIL}, {@code IRN}, {@code IGOUNO}
 * @param country three-letter country part, or "" for actors with none (IGOs, NGOs)
 * @param sectors sector codes in CAMEO order, e.g. {@code [GOV, MIL]}
 * @param text    the words of the mention in the sentence
 * @param name    the person's or organisation's full name when known, else ""
 */
public record Actor(String code, String country, List<String> sectors, String text, String name) {
    public Actor {
        Objects.requireNonNull(code, "code");
        country = country == null ? "" : country;
        sectors = List.copyOf(sectors);
        text = text == null ? "" : text;
        name = name == null ? "" : name;
        if (code.isEmpty()) {
            throw new IllegalArgumentException("empty actor code");
        }
    }

    /** Builds the code from its parts: {@code of("AZE", [GOV, MIL], ...)} has code {@code AZEGOVMIL}. */
    public static Actor of(String country, List<String> sectors, String text, String name) {
        return new Actor(country + String.join("", sectors), country, sectors, text, name);
    }
}
