package org.dyad.petrarch;

import java.util.Locale;
import java.util.Set;

/**
 * PETRARCH's coding options, with its defaults.
 *
 * @param newActorLength longest uncoded noun phrase (in words) taken as a new actor, quoted; 0 = none
 * @param requireDyad    an event needs both a source and a target
 * @param commaMin       shortest comma-delimited inner clause removed before coding
 * @param commaMax       longest such clause; 0 turns removal off
 * @param commaBMin      shortest initial clause removed
 * @param commaBMax      longest initial clause removed; 0 = off
 * @param commaEMin      shortest final clause removed
 * @param commaEMax      longest final clause removed; 0 = off
 */
public record CodingOptions(int newActorLength, boolean requireDyad, int commaMin, int commaMax, int commaBMin,
                            int commaBMax, int commaEMin, int commaEMax) {
    static final Set<String> KEYS = Set.of("new_actor_length", "require_dyad", "comma_min", "comma_max",
        "comma_bmin", "comma_bmax", "comma_emin", "comma_emax");

    public static CodingOptions defaults() {
        return new CodingOptions(0, true, 2, 8, 0, 0, 2, 8);
    }

    /** This with one option changed, by its PETRARCH name; throws IllegalArgumentException for a bad value. */
    public CodingOptions with(String key, String value) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        String v = value.strip();
        if (k.equals("require_dyad")) {
            String b = v.toLowerCase(Locale.ROOT);
            if (!b.equals("true") && !b.equals("false")) {
                throw new IllegalArgumentException("require_dyad must be true or false, not '" + value + "'");
            }
            return new CodingOptions(newActorLength, b.equals("true"), commaMin, commaMax, commaBMin, commaBMax,
                commaEMin, commaEMax);
        }
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(k + " must be a whole number, not '" + value + "'");
        }
        return switch (k) {
            case "new_actor_length" -> new CodingOptions(n, requireDyad, commaMin, commaMax, commaBMin, commaBMax,
                commaEMin, commaEMax);
            case "comma_min" -> new CodingOptions(newActorLength, requireDyad, n, commaMax, commaBMin, commaBMax,
                commaEMin, commaEMax);
            case "comma_max" -> new CodingOptions(newActorLength, requireDyad, commaMin, n, commaBMin, commaBMax,
                commaEMin, commaEMax);
            case "comma_bmin" -> new CodingOptions(newActorLength, requireDyad, commaMin, commaMax, n, commaBMax,
                commaEMin, commaEMax);
            case "comma_bmax" -> new CodingOptions(newActorLength, requireDyad, commaMin, commaMax, commaBMin, n,
                commaEMin, commaEMax);
            case "comma_emin" -> new CodingOptions(newActorLength, requireDyad, commaMin, commaMax, commaBMin,
                commaBMax, n, commaEMax);
            case "comma_emax" -> new CodingOptions(newActorLength, requireDyad, commaMin, commaMax, commaBMin,
                commaBMax, commaEMin, n);
            default -> this;
        };
    }
}
