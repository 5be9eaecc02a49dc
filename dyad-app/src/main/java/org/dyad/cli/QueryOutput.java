package org.dyad.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.store.ResultTable;

/** Prints a query's answer as an aligned table, a JSON array of objects, or CSV with a header. */
final class QueryOutput {
    static final List<String> FORMATS = List.of("table", "json", "csv");

    /** Text cells are cut to this many characters in a table on a terminal. */
    private static final int TERMINAL_CELL = 60;

    private QueryOutput() {}

    static void print(ResultTable t, String format, PrintWriter out) throws IOException {
        switch (format) {
            case "json" -> json(t, out);
            case "csv" -> csv(t, out);
            default -> table(t, out, System.console() != null);
        }
        out.flush();
    }

    private static void table(ResultTable t, PrintWriter out, boolean terminal) {
        if (t.rows().isEmpty()) {
            out.println("(no rows)");
            return;
        }
        List<List<String>> cells = new ArrayList<>();
        for (List<Object> row : t.rows()) {
            List<String> r = new ArrayList<>();
            for (Object v : row) {
                String s = text(v).replace('\n', ' ').replace('\t', ' ');
                r.add(terminal && s.length() > TERMINAL_CELL ? s.substring(0, TERMINAL_CELL - 1) + "…" : s);
            }
            cells.add(r);
        }
        int n = t.columns().size();
        int[] width = new int[n];
        boolean[] numeric = new boolean[n];
        for (int i = 0; i < n; i++) {
            width[i] = t.columns().get(i).length();
            numeric[i] = true;
            for (int r = 0; r < cells.size(); r++) {
                width[i] = Math.max(width[i], cells.get(r).get(i).length());
                Object v = t.rows().get(r).get(i);
                numeric[i] &= v == null || v instanceof Number;
            }
        }
        out.println(line(t.columns(), width, numeric));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < n; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
        }
        out.println(rule);
        for (List<String> r : cells) {
            out.println(line(r, width, numeric));
        }
    }

    private static String line(List<String> cells, int[] width, boolean[] numeric) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            String pad = " ".repeat(width[i] - c.length());
            sb.append(i == 0 ? "" : "  ").append(numeric[i] ? pad + c : (i == cells.size() - 1 ? c : c + pad));
        }
        return sb.toString();
    }

    private static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return String.format(Locale.ROOT, "%.2f", d);
        }
        return v.toString();
    }

    private static void json(ResultTable t, PrintWriter out) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new ObjectMapper().getFactory().createGenerator(w)) {
            g.writeStartArray();
            for (List<Object> row : t.rows()) {
                g.writeStartObject();
                for (int i = 0; i < row.size(); i++) {
                    Object v = row.get(i);
                    String name = t.columns().get(i);
                    if (v == null) {
                        g.writeNullField(name);
                    } else if (v instanceof Double d) {
                        g.writeNumberField(name, d);
                    } else if (v instanceof Long l) {
                        g.writeNumberField(name, l);
                    } else if (v instanceof Integer k) {
                        g.writeNumberField(name, k);
                    } else if (v instanceof Boolean b) {
                        g.writeBooleanField(name, b);
                    } else {
                        g.writeStringField(name, v.toString());
                    }
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        out.println(w);
    }

    private static void csv(ResultTable t, PrintWriter out) throws IOException {
        CsvSchema.Builder b = CsvSchema.builder();
        t.columns().forEach(b::addColumn);
        CsvMapper csv = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
        StringWriter w = new StringWriter();
        try (SequenceWriter s = csv.writer(b.setUseHeader(false).build()).writeValues(w)) {
            s.write(t.columns().toArray(String[]::new));
            for (List<Object> row : t.rows()) {
                s.write(row.stream().map(v -> v == null ? "" : v.toString()).toArray(String[]::new));
            }
        }
        out.print(w);
    }
}
