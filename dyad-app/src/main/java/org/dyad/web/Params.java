package org.dyad.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.store.DateRange;

/** Reads a request's query parameters, refusing unknown names and malformed values with a 400 that says why. */
final class Params {
    private final Context ctx;

    private Params(Context ctx) {
        this.ctx = ctx;
    }

    /** The parameters of {@code ctx}, which may only use {@code allowed} names. */
    static Params of(Context ctx, Set<String> allowed) {
        Set<String> unknown = new TreeSet<>(ctx.queryParamMap().keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw ApiException.badRequest("unknown parameter(s) " + unknown + "; this endpoint takes "
                    + new TreeSet<>(allowed));
        }
        for (String name : ctx.queryParamMap().keySet()) {
            List<String> values = ctx.queryParams(name);
            if (values.size() > 1) {
                throw ApiException.badRequest("parameter '" + name + "' is given " + values.size() + " times");
            }
        }
        return new Params(ctx);
    }

    String string(String name) {
        String v = ctx.queryParam(name);
        return v == null ? "" : v.strip();
    }

    Optional<LocalDate> date(String name) {
        String v = string(name);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(v));
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("parameter '" + name + "': '" + v + "' is not a date (YYYY-MM-DD)");
        }
    }

    DateRange range() {
        try {
            return new DateRange(date("from"), date("to"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    Optional<Long> integer(String name, long min, long max) {
        String v = string(name);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        long n;
        try {
            n = Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("parameter '" + name + "': '" + v + "' is not a whole number");
        }
        if (n < min || n > max) {
            throw ApiException.badRequest("parameter '" + name + "' is " + min + " to " + max + ", not " + n);
        }
        return Optional.of(n);
    }

    /** A number from 0 to 1, if given ({@code min_confidence=0.6}). */
    Optional<Double> fraction(String name) {
        String v = string(name);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("parameter '" + name + "': '" + v + "' is not a number");
        }
        if (!(d >= 0 && d <= 1)) {
            throw ApiException.badRequest("parameter '" + name + "' is 0 to 1, not " + v);
        }
        return Optional.of(d);
    }

    /** Whether the answer is a CSV download ({@code format=csv}) rather than JSON ({@code format=json}, default). */
    boolean csv() {
        String v = string("format");
        return switch (v) {
            case "", "json" -> false;
            case "csv" -> true;
            default -> throw ApiException.badRequest("parameter 'format' is json or csv, not '" + v + "'");
        };
    }

    boolean bool(String name) {
        String v = string(name);
        return switch (v) {
            case "", "false", "0" -> false;
            case "true", "1" -> true;
            default -> throw ApiException.badRequest("parameter '" + name + "' is true or false, not '" + v + "'");
        };
    }

    /** A dyad {@code A:B}: two non-empty actor patterns. */
    String[] dyad(String name, boolean required) {
        String v = string(name);
        if (v.isEmpty() && !required) {
            return new String[0];
        }
        String[] ab = v.split(":", -1);
        if (ab.length != 2 || ab[0].isBlank() || ab[1].isBlank() || !v.matches("[A-Za-z0-9:]+")) {
            throw ApiException.badRequest("parameter '" + name + "' wants two actor codes as A:B, e.g. AZE:IRN"
                    + (v.isEmpty() ? "" : ", not '" + v + "'"));
        }
        return new String[] {ab[0].strip(), ab[1].strip()};
    }
}
