package org.dyad.dictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The TSV conventions of Dyad's own dictionary files: UTF-8, {@code \n} line ends, a header row naming the
 * columns, one row per line, cells separated by one tab. A cell escapes a backslash as {@code \\}, a tab as
 * {@code \t}, a line feed as {@code \n} and a carriage return as {@code \r}; nothing else is quoted. Empty
 * lines are ignored (a line of tabs is a row of empty cells). A {@code \r} before the line end is dropped.
 */
final class Tsv {
    /** A data row: its 1-based line number and its unescaped cells, as many as the header has columns. */
    record Row(int line, List<String> cells) {
        String get(int column) {
            return cells.get(column);
        }
    }

    /** Where a fact came from: a {@code file:line} cell, read back. */
    record Source(String file, int line) {
        static String cell(String file, int line) {
            return file + ":" + line;
        }
    }

    private Tsv() {
    }

    /**
     * Reads a {@code file:line} provenance cell (the file may itself hold colons). An empty cell means the
     * row itself is the source: {@code tsvFile} at {@code row}.
     */
    static Source source(String cell, String tsvFile, int row) {
        if (cell.isEmpty()) {
            return new Source(tsvFile, row);
        }
        int colon = cell.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("source '" + cell + "' is not file:line");
        }
        try {
            int line = Integer.parseInt(cell.substring(colon + 1));
            if (line < 0) {
                throw new NumberFormatException();
            }
            return new Source(cell.substring(0, colon), line);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("source '" + cell + "' is not file:line");
        }
    }

    /** Writes the header row and then rows, each with the header's number of cells. Not thread-safe. */
    static final class Out {
        private final Writer out;
        private final int columns;
        private final StringBuilder line = new StringBuilder();
        private int rows;

        Out(Writer out, List<String> header) throws IOException {
            this.out = out;
            this.columns = header.size();
            out.write(String.join("\t", header));
            out.write('\n');
        }

        void row(String... cells) throws IOException {
            if (cells.length != columns) {
                throw new IllegalArgumentException("row of " + cells.length + " cells, header has " + columns);
            }
            line.setLength(0);
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    line.append('\t');
                }
                line.append(escape(cells[i]));
            }
            line.append('\n');
            out.write(line.toString());
            rows++;
        }

        int rows() {
            return rows;
        }
    }

    static String escape(String cell) {
        StringBuilder b = null;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            String rep = switch (c) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> null;
            };
            if (rep != null && b == null) {
                b = new StringBuilder(cell.length() + 8).append(cell, 0, i);
            }
            if (b != null) {
                if (rep != null) {
                    b.append(rep);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? cell : b.toString();
    }

    /** The cell's text; throws IllegalArgumentException on a backslash not followed by one of {@code \ t n r}. */
    static String unescape(String cell) {
        int slash = cell.indexOf('\\');
        if (slash < 0) {
            return cell;
        }
        StringBuilder b = new StringBuilder(cell.length()).append(cell, 0, slash);
        for (int i = slash; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char next = i + 1 < cell.length() ? cell.charAt(i + 1) : ' ';
            b.append(switch (next) {
                case '\\' -> '\\';
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                default -> throw new IllegalArgumentException("bad escape '\\" + (i + 1 < cell.length() ? next : "")
                    + "' in '" + cell + "' (use \\\\, \\t, \\n or \\r)");
            });
            i++;
        }
        return b.toString();
    }

    /**
     * The data rows of a file whose first line must be {@code header}. A wrong header makes the whole file a
     * problem (no rows); a row with the wrong number of cells or a bad escape is a problem and is skipped.
     */
    static List<Row> read(Reader reader, String file, List<String> header, List<DictionaryProblem> problems) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(reader)) {
            String text = r.readLine();
            if (text != null && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            String expected = String.join("\t", header);
            if (text == null || !stripCr(text).equals(expected)) {
                problems.add(new DictionaryProblem(file, 1, "header is '" + (text == null ? "" : escape(stripCr(text)))
                    + "', expected '" + escape(expected) + "'; file skipped"));
                return rows;
            }
            int n = 1;
            while ((text = r.readLine()) != null) {
                n++;
                text = stripCr(text);
                if (text.isEmpty()) {
                    continue;
                }
                String[] raw = text.split("\t", -1);
                if (raw.length != header.size()) {
                    problems.add(new DictionaryProblem(file, n, "expected " + header.size() + " tab-separated cells, found "
                        + raw.length));
                    continue;
                }
                try {
                    List<String> cells = new ArrayList<>(raw.length);
                    for (String c : raw) {
                        cells.add(unescape(c));
                    }
                    rows.add(new Row(n, List.copyOf(cells)));
                } catch (IllegalArgumentException e) {
                    problems.add(new DictionaryProblem(file, n, e.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static String stripCr(String s) {
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }
}
