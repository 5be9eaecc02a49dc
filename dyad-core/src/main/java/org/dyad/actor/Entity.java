package org.dyad.actor;

import java.util.List;
import java.util.Objects;

/**
 * Something an article talks about that can act: a person, an organisation or a country, with what the
 * article has said of it so far. Identity is by {@code key} within one article. Immutable.
 *
 * @param key     identity within the article: a person's full name, or the actor code for groups
 * @param country three-letter country code, or ""
 * @param sectors sector codes in CAMEO order
 * @param name    a person's full name, or ""
 * @param person  true for a person
 * @param basis   how the text placed it (its country, or with none its sectors)
 */
public record Entity(String key, String country, List<String> sectors, String name, boolean person, Basis basis) {
    public Entity {
        Objects.requireNonNull(key, "key");
        country = country == null ? "" : country;
        sectors = List.copyOf(sectors);
        name = name == null ? "" : name;
        Objects.requireNonNull(basis, "basis");
    }

    /** An entity whose country, if it has one, is named ({@link Basis#NAME}), else placed by its sectors. */
    public Entity(String key, String country, List<String> sectors, String name, boolean person) {
        this(key, country, sectors, name, person, country == null || country.isEmpty() ? Basis.SECTOR : Basis.NAME);
    }

    /** This entity with its country taken away: a guess that something in the text contradicts. */
    public Entity withoutCountry() {
        return new Entity(person ? key : String.join("", sectors), "", sectors, name, person, Basis.SECTOR);
    }

    /** The CAMEO code of this entity: country then sectors. */
    public String code() {
        return country + String.join("", sectors);
    }

    /**
     * True when the entity can be coded: it has a country or an international code, or at least a sector
     * (GDELT's country-less actors such as {@code LAB}, "striking workers", or {@code GOV}, "the government").
     */
    public boolean codable() {
        return !country.isEmpty() || !sectors.isEmpty();
    }

    /** The coded actor for a mention of this entity with the given words. */
    public Actor toActor(String text) {
        return new Actor(code(), country, sectors, text, name);
    }
}
