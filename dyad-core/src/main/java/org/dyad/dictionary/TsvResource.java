package org.dyad.dictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a tab-separated classpath resource beside a class: header skipped, rows of a fixed width; a name
 * ending in {@code .gz} is read through gzip.
 */
public final class TsvResource {
    private TsvResource() {
    }

    /** Rows of {@code name} (resolved against {@code owner}'s package), each with exactly {@code columns} cells. */
    public static List<String[]> read(Class<?> owner, String name, int columns) {
        InputStream raw = owner.getResourceAsStream(name);
        if (raw == null) {
            throw new IllegalStateException("missing resource " + name + " beside " + owner.getName());
        }
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = name.endsWith(".gz") ? new java.util.zip.GZIPInputStream(raw) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            String line;
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(name + ":" + n + ": expected " + columns + " columns");
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name, e);
        }
        return List.copyOf(rows);
    }
}
