package org.dyad.store;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The formats {@code dyad export} writes. */
public enum ExportFormat {
    /** One merged event a line: the Event JSONL contract's fields plus counts and every mention. */
    JSONL,
    /** One merged event a line in PLOVER's recommended JSON fields. */
    PLOVER,
    /** One merged event a row, with a header. */
    CSV,
    /** GDELT 2.0's event table: 61 tab-separated columns, no header, as GDELT's own files. */
    GDELT,
    /** GDELT 2.0's mentions table: 16 tab-separated columns, no header, one row per mention of an event. */
    GDELT_MENTIONS,
    /** PETRARCH2's event file layout (its {@code evts.*} files), one line per event. */
    PETRARCH,
    /** Apache Parquet written by DuckDB; a file, never standard output. */
    PARQUET;

    /** The format names, lower case. */
    public static List<String> names() {
        return Arrays.stream(values()).map(ExportFormat::label).toList();
    }

    /** The name users type: lower case, {@code -} for {@code _} ({@code gdelt-mentions}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The format by name, any case; throws IllegalArgumentException naming the valid ones. */
    public static ExportFormat parse(String name) {
        for (ExportFormat f : values()) {
            if (f.label().equals(name.strip().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "'; choose one of " + String.join(", ", names()));
    }
}
