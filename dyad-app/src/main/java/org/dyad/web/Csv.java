package org.dyad.web;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A table as a CSV download (RFC 4180 quoting, a header row, UTF-8): what {@code format=csv} answers on the
 * API's list endpoints. Lists (sectors) are joined with spaces, absent values are empty cells.
 */
final class Csv {
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();

    private Csv() {}

    /** Answers {@code rows} (objects of column to value, in {@code columns} order) as {@code name}. */
    static void send(Context ctx, String name, List<String> columns, List<Map<String, Object>> rows) {
        StringWriter w = new StringWriter();
        CsvSchema.Builder b = CsvSchema.builder();
        columns.forEach(b::addColumn);
        try (SequenceWriter out = CSV.writer(b.setUseHeader(false).build()).writeValues(w)) {
            out.write(columns.toArray(String[]::new));
            for (Map<String, Object> r : rows) {
                List<String> cells = new ArrayList<>(columns.size());
                for (String c : columns) {
                    cells.add(cell(r.get(c)));
                }
                out.write(cells.toArray(String[]::new));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.status(200).contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .result(w.toString());
    }

    private static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof List<?> l) {
            return l.stream().map(String::valueOf).collect(Collectors.joining(" "));
        }
        return String.valueOf(v);
    }
}
