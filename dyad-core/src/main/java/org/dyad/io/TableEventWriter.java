package org.dyad.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.event.Event;
import org.dyad.event.Modality;

/**
 * A fixed-width table for a person at a terminal: date, source, CAMEO code and name, target, quad class,
 * Goldstein score, trigger and the evidence, cut short. Negated, hypothetical and historical events are
 * marked after the CAMEO name ({@code [neg]}, {@code [hyp]}, {@code [hist]}). Rows are buffered and the
 * table is printed on {@link #close()}, with columns as wide as their content up to a cap; close then
 * flushes and closes the Writer.
 */
public final class TableEventWriter implements EventWriter {

    private static final List<String> HEADER =
            List.of("DATE", "SOURCE", "CAMEO", "TARGET", "QUAD", "GOLDSTEIN", "TRIGGER", "EVIDENCE");
    private static final int[] CAPS = {10, 24, 36, 24, 4, 9, 20, 70};
    private static final String ELLIPSIS = "...";

    private final Writer out;
    private final List<List<String>> rows = new ArrayList<>();
    private boolean closed;

    public TableEventWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(Event e) {
        if (closed) {
            throw new IllegalStateException("writer is closed");
        }
        rows.add(List.of(
                EventDates.of(e).map(Object::toString).orElse("undated"),
                e.source().code(),
                e.cameo().code() + " " + e.cameo().name() + flags(e.modality()),
                e.target().map(t -> t.code()).orElse("-"),
                Integer.toString(e.cameo().quadClass()),
                String.format(Locale.ROOT, "%+.1f", e.cameo().goldstein()),
                e.evidence().trigger(),
                e.evidence().text()));
    }

    private static String flags(Modality m) {
        return (m.negated() ? " [neg]" : "") + (m.hypothetical() ? " [hyp]" : "") + (m.historical() ? " [hist]" : "");
    }

    /** The table as text; no trailing spaces. */
    static String render(List<List<String>> rows) {
        if (rows.isEmpty()) {
            return "(no events)\n";
        }
        int[] widths = new int[HEADER.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = HEADER.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], Math.min(CAPS[c], clean(row.get(c)).length()));
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, HEADER, widths);
        for (List<String> row : rows) {
            line(sb, row, widths);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String cell = fit(clean(cells.get(c)), widths[c]);
            line.append(cell).append(" ".repeat(widths[c] - cell.length())).append("  ");
        }
        sb.append(line.toString().stripTrailing()).append('\n');
    }

    private static String clean(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String fit(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - ELLIPSIS.length()) + ELLIPSIS;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (out) {
            out.write(render(rows));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
