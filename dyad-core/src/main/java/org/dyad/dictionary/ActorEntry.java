package org.dyad.dictionary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An actor of an actor dictionary: its phrases (the first is its root), and its codes, some of them
 * restricted to periods.
 *
 * @param phrases the root phrase and its synonyms
 * @param codes   the codes
 * @param file    where it was read
 * @param line    1-based line of the root phrase
 */
public record ActorEntry(List<Phrase> phrases, List<ActorCode> codes, String file, int line) {
    public ActorEntry {
        phrases = List.copyOf(phrases);
        codes = List.copyOf(codes);
    }

    public Phrase root() {
        return phrases.get(0);
    }

    /**
     * The codes that apply on {@code date}: the first dated code in force that day (earlier lines override
     * later ones where periods overlap), else the undated ones. A {@code /} code gives several. Without a date
     * (an undated article) the undated codes apply, else what all the dated ones share: "Barack Obama", USAGOV
     * until 2017 and USAELI after, is USA; an actor whose dated codes name different countries gets none.
     */
    public List<String> codesOn(java.util.Optional<LocalDate> date) {
        List<String> out = new ArrayList<>();
        for (ActorCode c : codes) {
            if (c.dated() && date.isPresent() && c.appliesOn(date.get())) {
                out.addAll(c.codes());
                break;
            }
        }
        if (out.isEmpty()) {
            for (ActorCode c : codes) {
                if (!c.dated()) {
                    out.addAll(c.codes());
                }
            }
        }
        if (out.isEmpty() && date.isEmpty()) {
            shared().ifPresent(out::add);
        }
        return out;
    }

    /**
     * Where no code is in force on the article's date (a leader named after his death or before his first office,
     * "Anwar Sadat" in a report dated 2000), what all the dated codes share: the person's country outlives the
     * office. PETRARCH, and so {@link #codesOn}, gives such a person no code.
     */
    public java.util.Optional<String> countryOutOfOffice(java.util.Optional<LocalDate> date) {
        return date.isPresent() && codesOn(date).isEmpty() ? shared() : java.util.Optional.empty();
    }

    /** The longest run of three-letter parts every dated code begins with, if they share a country. */
    private java.util.Optional<String> shared() {
        String common = null;
        for (ActorCode c : codes) {
            for (String code : c.codes()) {
                common = common == null ? code : commonParts(common, code);
            }
        }
        return common == null || common.length() < 3 || common.startsWith("\"") ? java.util.Optional.empty()
                : java.util.Optional.of(common);
    }

    private static String commonParts(String a, String b) {
        int n = 0;
        while (n + 3 <= Math.min(a.length(), b.length()) && a.regionMatches(n, b, n, 3)) {
            n += 3;
        }
        return a.substring(0, n);
    }
}
