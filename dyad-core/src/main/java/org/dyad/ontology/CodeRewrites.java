package org.dyad.ontology;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * CAMEO's correspondences between event families, as data ({@code rewrites.tsv}): the appeal (02x), demand
 * (10x), refusal (12x) and intent (03x, 13x) that go with an event code. "Urged Iran to release the sailors" is
 * the appeal the release (084) calls for, 0253; "threatened to ban voting" the threat (1322) that goes with a
 * ban (1722). Each table maps the longest listed prefix of a code to its rewrite. Immutable and thread-safe.
 */
public final class CodeRewrites {
    /** The tables {@code rewrites.tsv} holds. */
    public enum Table { APPEAL, DEMAND, REFUSAL, INTENT }

    private static final class Holder {
        static final CodeRewrites INSTANCE = read("rewrites.tsv");
    }

    private final Map<Table, Map<String, String>> tables;

    private CodeRewrites(Map<Table, Map<String, String>> tables) {
        this.tables = tables;
    }

    /** The shipped tables, read on first use. */
    public static CodeRewrites load() {
        return Holder.INSTANCE;
    }

    /** The code {@code table} gives for an event code, if any of its prefixes is listed. */
    public Optional<String> rewrite(Table table, String code) {
        if (code == null || !code.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        Map<String, String> t = tables.get(table);
        for (int n = code.length(); n >= 0; n--) {
            String to = t.get(code.substring(0, n));
            if (to != null) {
                return Optional.of(to);
            }
        }
        return Optional.empty();
    }

    /** The appeal (02x) for a specific event code (three digits or more): what the appeal asks for. */
    public Optional<String> appeal(String code) {
        return code.length() < 3 ? Optional.empty() : rewrite(Table.APPEAL, code);
    }

    /** The demand (10x) for an event code: what is demanded; the plain demand 100 for anything else. */
    public Optional<String> demand(String code) {
        return code.length() < 2 ? Optional.empty() : rewrite(Table.DEMAND, code);
    }

    /** The refusal (12x) CAMEO pairs with a cooperative event, if it has one. */
    public Optional<String> refusal(String code) {
        return code.length() < 2 ? Optional.empty() : rewrite(Table.REFUSAL, code);
    }

    /** The intent (03x or 13x) CAMEO pairs with an event an actor announces for itself, if it has one. */
    public Optional<String> intent(String code) {
        return code.length() < 2 ? Optional.empty() : rewrite(Table.INTENT, code);
    }

    static CodeRewrites read(String resource) {
        InputStream in = CodeRewrites.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource + " beside " + CodeRewrites.class.getName());
        }
        Map<Table, Map<String, String>> tables = new java.util.EnumMap<>(Table.class);
        for (Table t : Table.values()) {
            tables.put(t, new HashMap<>());
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            String line;
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 3) {
                    throw new IllegalStateException(resource + ":" + n + ": expected 3 columns");
                }
                Table t = Table.valueOf(cells[0].toUpperCase(java.util.Locale.ROOT));
                if (tables.get(t).put(cells[1], cells[2]) != null) {
                    throw new IllegalStateException(resource + ":" + n + ": prefix " + cells[1] + " twice in " + cells[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
        tables.replaceAll((k, v) -> Map.copyOf(v));
        return new CodeRewrites(Map.copyOf(tables));
    }
}
