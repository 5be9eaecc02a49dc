package org.dyad.place;

import java.util.List;
import java.util.Objects;

/**
 * One populated place of the gazetteer (a GeoNames row). Immutable.
 *
 * @param geonameId  GeoNames id
 * @param name       GeoNames name, as written locally in Latin script ("Goražde")
 * @param ascii      the name in plain ASCII ("Gorazde")
 * @param alternates other names in Latin script ("Teheran", "Téhéran")
 * @param country    country code as Dyad's actors spell it (ISO 3166 alpha-3; CAMEO's KSV and TMP)
 * @param admin1     GeoNames first-order administrative code ("09"; "DC" in the US), may be empty
 * @param lat        latitude, WGS84 degrees
 * @param lon        longitude, WGS84 degrees
 * @param population GeoNames population (0 when unknown)
 * @param feature    GeoNames feature code: PPLC capital, PPLG seat of government, PPLA/PPLA2.. admin seats, PPL
 */
public record Place(long geonameId, String name, String ascii, List<String> alternates, String country,
                    String admin1, double lat, double lon, long population, String feature) {
    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ascii, "ascii");
        alternates = List.copyOf(alternates);
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(admin1, "admin1");
        Objects.requireNonNull(feature, "feature");
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("bad coordinates " + lat + "," + lon + " for " + name);
        }
    }

    /** True for a national capital or seat of government. */
    public boolean capital() {
        return feature.equals("PPLC") || feature.equals("PPLG");
    }
}
