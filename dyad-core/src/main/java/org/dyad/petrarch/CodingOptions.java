package org.dyad.petrarch;

import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.dictionary.DictionaryProblem;
import org.dyad.dictionary.PetrarchConfig;

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
 * @param identifiedActor with {@code requireDyad} off, a one-sided event still needs an actor with a
 *                        country or organisation code, not an agent alone ({@code ---GOV}); this is how
 *                        UniversalPetrarch codes, where PETRARCH-1 keeps such events
 */
public record CodingOptions(int newActorLength, boolean requireDyad, int commaMin, int commaMax, int commaBMin,
                            int commaBMax, int commaEMin, int commaEMax, boolean identifiedActor) {
    static final Set<String> KEYS = Set.of("new_actor_length", "require_dyad", "comma_min", "comma_max",
        "comma_bmin", "comma_bmax", "comma_emin", "comma_emax");

    /** The coding options of a PETRARCH config's {@code [Options]} section, over the defaults. */
    public static CodingOptions fromConfig(PetrarchConfig config, List<DictionaryProblem> problems, String file) {
        CodingOptions o = defaults();
        for (Map.Entry<String, String> e : config.section("options").entrySet()) {
            if (KEYS.contains(e.getKey())) {
                try {
                    o = o.with(e.getKey(), e.getValue());
                } catch (IllegalArgumentException ex) {
                    problems.add(new DictionaryProblem(file, 0, ex.getMessage()));
                }
            }
        }
        return o;
    }

    public static CodingOptions defaults() {
        return new CodingOptions(0, true, 2, 8, 0, 0, 2, 8, false);
    }

    public CodingOptions withIdentifiedActor(boolean on) {
        return new CodingOptions(newActorLength, requireDyad, commaMin, commaMax, commaBMin, commaBMax, commaEMin,
            commaEMax, on);
    }

    /**
     * This with one option changed, by its PETRARCH name ({@code require_dyad}, {@code comma_max}, ...;
     * case-insensitive); throws IllegalArgumentException for an unknown name or a bad value.
     */
    public CodingOptions with(String key, String value) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        String v = value.strip();
        if (!KEYS.contains(k)) {
            throw new IllegalArgumentException("unknown coding option '" + key + "'; known: "
                + new java.util.TreeSet<>(KEYS));
        }
        int[] n = {newActorLength, commaMin, commaMax, commaBMin, commaBMax, commaEMin, commaEMax};
        boolean dyad = requireDyad;
        if (k.equals("require_dyad")) {
            String b = v.toLowerCase(Locale.ROOT);
            if (!b.equals("true") && !b.equals("false")) {
                throw new IllegalArgumentException("require_dyad must be true or false, not '" + value + "'");
            }
            dyad = b.equals("true");
        } else {
            int x;
            try {
                x = Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(k + " must be a whole number, not '" + value + "'");
            }
            if (x < 0) {
                throw new IllegalArgumentException(k + " must not be negative: " + value);
            }
            int slot = switch (k) {
                case "new_actor_length" -> 0;
                case "comma_min" -> 1;
                case "comma_max" -> 2;
                case "comma_bmin" -> 3;
                case "comma_bmax" -> 4;
                case "comma_emin" -> 5;
                case "comma_emax" -> 6;
                default -> throw new IllegalStateException(k);
            };
            n[slot] = x;
        }
        return new CodingOptions(n[0], dyad, n[1], n[2], n[3], n[4], n[5], n[6], identifiedActor);
    }
}
