package org.dyad.dictionary;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An actor code, possibly restricted to a period: {@code [USAELI 18970101-450703]}, {@code [HOB < 950601]},
 * {@code [HOBREB > 990816]}. A code with {@code /} ({@code ELR/GAL}) names several actors at once.
 *
 * @param code the code
 * @param from first day it applies, inclusive
 * @param to   last day it applies, inclusive
 */
public record ActorCode(String code, Optional<LocalDate> from, Optional<LocalDate> to) {
    public ActorCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    public boolean dated() {
        return from.isPresent() || to.isPresent();
    }

    public boolean appliesOn(LocalDate date) {
        return from.map(f -> !date.isBefore(f)).orElse(true) && to.map(t -> !date.isAfter(t)).orElse(true);
    }

    /** The actors this code names: {@code ELR/GAL} is two. */
    public List<String> codes() {
        return List.of(code.split("/"));
    }

    /**
     * Parses the text between the brackets. Dates are {@code YYYYMMDD} or PETRARCH's {@code YYMMDD}, where
     * years up to 30 are 20xx and later ones 19xx.
     */
    public static ActorCode parse(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("empty actor code []");
        }
        String[] parts = t.split("\\s+", 2);
        String code = parts[0];
        if (!code.matches("[A-Za-z0-9/+#\\-]+")) {
            throw new IllegalArgumentException("bad actor code '" + code + "'");
        }
        if (parts.length == 1) {
            return new ActorCode(code.toUpperCase(java.util.Locale.ROOT), Optional.empty(), Optional.empty());
        }
        String range = parts[1].replace(" ", "");
        Optional<LocalDate> from = Optional.empty();
        Optional<LocalDate> to = Optional.empty();
        if (range.startsWith("<")) {
            to = Optional.of(date(range.substring(1)).minusDays(1));
        } else if (range.startsWith(">")) {
            from = Optional.of(date(range.substring(1)));
        } else {
            int dash = range.indexOf('-');
            if (dash <= 0 || dash == range.length() - 1) {
                throw new IllegalArgumentException("bad date restriction '" + parts[1] + "'");
            }
            from = Optional.of(date(range.substring(0, dash)));
            to = Optional.of(date(range.substring(dash + 1)));
        }
        return new ActorCode(code.toUpperCase(java.util.Locale.ROOT), from, to);
    }

    static LocalDate date(String s) {
        String d = s.strip();
        try {
            if (d.matches("\\d{8}")) {
                return LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)),
                    Integer.parseInt(d.substring(6, 8)));
            }
            if (d.matches("\\d{6}")) {
                int yy = Integer.parseInt(d.substring(0, 2));
                return LocalDate.of(yy <= 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(d.substring(2, 4)),
                    Integer.parseInt(d.substring(4, 6)));
            }
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("bad date '" + s + "': " + e.getMessage());
        }
        throw new IllegalArgumentException("bad date '" + s + "' (want YYYYMMDD or YYMMDD)");
    }

    @Override
    public String toString() {
        if (!dated()) {
            return code;
        }
        String f = from.map(d -> d.toString().replace("-", "")).orElse("");
        String u = to.map(d -> d.toString().replace("-", "")).orElse("");
        if (f.isEmpty()) {
            return code + " <" + to.get().plusDays(1).toString().replace("-", "");
        }
        return u.isEmpty() ? code + " >" + f : code + " " + f + "-" + u;
    }

}
