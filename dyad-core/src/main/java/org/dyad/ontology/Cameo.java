package org.dyad.ontology;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO event codes (all 312, roots included) with GDELT names and Goldstein scores, quad classes and
 * the 2021 PLOVER mapping, read once from {@code cameo.tsv}; plus the 16 PLOVER event types from
 * {@code plover_types.tsv}. Both are built by {@code tools/import-cameo.py}. Immutable and thread-safe.
 */
public final class Cameo {
    private static final class Holder {
        static final Cameo INSTANCE = read();
    }

    private final Map<String, CameoCode> byCode;
    private final List<CameoCode> all;
    private final List<String> ploverTypes;

    private Cameo(List<CameoCode> codes, List<String> ploverTypes) {
        Map<String, CameoCode> map = new LinkedHashMap<>();
        for (CameoCode c : codes) {
            if (map.put(c.code(), c) != null) {
                throw new IllegalStateException("duplicate CAMEO code " + c.code());
            }
        }
        this.byCode = Collections.unmodifiableMap(map);
        this.all = List.copyOf(codes);
        this.ploverTypes = List.copyOf(ploverTypes);
    }

    /** The table, loaded from the classpath on first use. */
    public static Cameo load() {
        return Holder.INSTANCE;
    }

    /** The code, if CAMEO has it ("057", "0312", roots such as "05"). */
    public Optional<CameoCode> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** The code; throws IllegalArgumentException naming it when CAMEO has no such code. */
    public CameoCode require(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("unknown CAMEO code: " + code));
    }

    /** All codes in code order (each root before its codes). */
    public List<CameoCode> all() {
        return all;
    }

    /** The 16 PLOVER event types in PLOVER order (AGREE, CONSULT, ... ASSAULT). */
    public List<String> ploverTypes() {
        return ploverTypes;
    }

    private static Cameo read() {
        List<CameoCode> codes = new ArrayList<>();
        for (String[] f : rows("cameo.tsv", 8)) {
            codes.add(new CameoCode(f[0], f[1], f[2], f[3], Double.parseDouble(f[4]), Integer.parseInt(f[5]),
                    optional(f[6]), optional(f[7])));
        }
        List<String> types = new ArrayList<>();
        for (String[] f : rows("plover_types.tsv", 3)) {
            types.add(f[0]);
        }
        return new Cameo(codes, types);
    }

    private static Optional<String> optional(String cell) {
        return cell.isBlank() ? Optional.empty() : Optional.of(cell.strip());
    }

    private static List<String[]> rows(String name, int columns) {
        InputStream in = Cameo.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource org/dyad/ontology/" + name);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    String[] cells = line.split("\t", -1);
                    if (cells.length != columns) {
                        throw new IllegalStateException(name + ": expected " + columns + " columns: " + line);
                    }
                    rows.add(cells);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name, e);
        }
        return List.copyOf(rows);
    }
}
