package org.dyad.dictionary;

import java.util.ArrayList;
import java.util.List;

/** Splits CAMEO actor codes into their three-letter parts. */
public final class ActorCodes {
    /** PETRARCH's code for no actor, and the country part of an agent of no known country ({@code ---GOV}). */
    public static final String NONE = "---";

    private ActorCodes() {
    }

    /**
     * {@code ARNGOVFRM} is country {@code ARN} with sectors {@code GOV, FRM}; {@code ---GOV} has no country;
     * a quoted new actor ({@code "THE MINISTRY OF MAGIC"}) is neither. The first element is the country, or
     * "" when there is none.
     */
    public static List<String> split(String code) {
        List<String> out = new ArrayList<>();
        if (code.startsWith("\"") || code.length() < 3) {
            out.add("");
            return out;
        }
        String country = code.substring(0, 3);
        out.add(country.equals(NONE) ? "" : country);
        for (int i = 3; i + 3 <= code.length(); i += 3) {
            out.add(code.substring(i, i + 3));
        }
        return out;
    }
}
