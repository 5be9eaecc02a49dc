package org.dyad.petrarch;

import java.io.Reader;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.dictionary.DictionaryProblem;
import org.dyad.dictionary.DictionaryText;

/**
 * UniversalPetrarch's internal coding ontology (PICO): every event code as a number whose hexadecimal
 * digits say what kind of event it is, so that a negated verb can be coded as the event's opposite. A code
 * and its negation differ by {@code 0xFFFF}: "did not criticize" ({@code 110 = 0xFFFF + 0x0080}) becomes
 * diplomatic cooperation ({@code 050 = 0x0080}); "did not make a statement" ({@code 010 = 0x1000})
 * becomes "declined to comment" ({@code 011 = 0x1000 - 0xFFFF}). File lines are
 * {@code CODE:VALUE[#ALTERNATIVE...][#name]}, values written as sums of hexadecimal (or decimal) numbers;
 * {@code ---:0} is the null code.
 */
public final class CodeOntology {
    private static final int NOT = 0xFFFF;

    private final Map<String, Integer> values;
    private final Map<Integer, String> codes;

    private CodeOntology(Map<String, Integer> values, Map<Integer, String> codes) {
        this.values = values;
        this.codes = codes;
    }

    public static CodeOntology read(Reader reader, String file, List<DictionaryProblem> problems) {
        Map<String, Integer> values = new LinkedHashMap<>();
        Map<Integer, String> codes = new HashMap<>();
        for (DictionaryText.Line l : DictionaryText.read(reader)) {
            String t = l.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            int colon = t.indexOf(':');
            if (colon <= 0) {
                problems.add(new DictionaryProblem(file, l.number(), "not CODE:VALUE: '" + t + "'"));
                continue;
            }
            String code = t.substring(0, colon).strip();
            String[] parts = t.substring(colon + 1).split("#");
            boolean first = true;
            for (String part : parts) {
                Optional<Integer> v = value(part.strip());
                if (v.isEmpty()) {
                    if (first) {
                        problems.add(new DictionaryProblem(file, l.number(), "bad value '" + part.strip() + "'"));
                    }
                    break; // the rest is a name or a comment
                }
                if (first) {
                    values.put(code, v.get());
                }
                codes.putIfAbsent(v.get(), code);
                first = false;
            }
        }
        return new CodeOntology(values, codes);
    }

    /** A sum of hexadecimal or decimal numbers, {@code -0xFFFF+0x2040+0x300}; empty when it is not one. */
    static Optional<Integer> value(String expr) {
        String e = expr.replace(" ", "");
        String term = "(0[xX][0-9a-fA-F]+|[0-9]+)";
        if (e.isEmpty() || !e.matches("[-+]?" + term + "([-+]" + term + ")*")) {
            return Optional.empty();
        }
        int total = 0;
        int i = 0;
        while (i < e.length()) {
            int sign = 1;
            if (e.charAt(i) == '-' || e.charAt(i) == '+') {
                sign = e.charAt(i) == '-' ? -1 : 1;
                i++;
            }
            boolean hex = e.startsWith("0x", i) || e.startsWith("0X", i);
            int from = hex ? i + 2 : i;
            int j = from;
            while (j < e.length() && Character.digit(e.charAt(j), hex ? 16 : 10) >= 0) {
                j++;
            }
            total += sign * Integer.parseInt(e.substring(from, j), hex ? 16 : 10);
            i = j;
        }
        return Optional.of(total);
    }

    public int size() {
        return values.size();
    }

    /**
     * The code of the negated event: the code whose value differs by {@code 0xFFFF}, or, when none has
     * exactly that value, the nearest more general one (low hexadecimal digits cleared one by one).
     */
    public Optional<String> negate(String code) {
        Integer v = values.get(code);
        if (v == null) {
            return Optional.empty();
        }
        int n = v < 0 ? v + NOT : v - NOT;
        int base = n < 0 ? n + NOT : n;
        int offset = n < 0 ? -NOT : 0;
        for (int mask = 0xFFFF; ; mask <<= 4) {
            String c = codes.get(offset + (base & mask));
            if (c != null) {
                return Optional.of(c);
            }
            if ((base & mask) == 0) {
                return Optional.empty();
            }
        }
    }
}
