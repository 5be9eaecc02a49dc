package org.dyad.io;

import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Event writers by format name. */
public final class EventWriters {

    /** The format names {@link #create} accepts. */
    public static final List<String> FORMATS = List.of("jsonl", "csv", "table");

    private EventWriters() { }

    /**
     * A writer of {@code format} ({@code jsonl}, {@code csv} or {@code table}, any case) on {@code out}.
     * Closing it closes {@code out}.
     *
     * @throws IllegalArgumentException for any other format, naming the valid ones
     */
    public static EventWriter create(String format, Writer out) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        return switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "jsonl" -> new JsonlEventWriter(out);
            case "csv" -> new CsvEventWriter(out);
            case "table" -> new TableEventWriter(out);
            default -> throw new IllegalArgumentException(
                    "unknown output format '" + format + "'; valid formats: " + String.join(", ", FORMATS));
        };
    }
}
