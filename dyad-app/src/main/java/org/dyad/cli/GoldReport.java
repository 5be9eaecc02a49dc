package org.dyad.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.eval.GoldEvaluation;
import org.dyad.eval.GoldMetrics;
import org.dyad.eval.GoldSet;
import org.dyad.eval.Half;
import org.dyad.eval.Ratio;

/**
 * The figures of a {@code dyad eval gold} run, for the tune half, the check half and all records (or for the
 * one half the run was restricted to): a text table, or one JSON object for scripts that compare runs.
 *
 * @param file    the gold file's name
 * @param format  its format
 * @param coder   the coder's name
 * @param assertedOnly whether only asserted events were scored
 * @param only    the half the run was restricted to, if any
 * @param scores  every scored record
 */
record GoldReport(String file, GoldSet.Format format, String coder, boolean assertedOnly, Optional<Half> only,
                  List<GoldEvaluation.RecordScore> scores) {

    /** The columns: label -> the records of that column. */
    private Map<String, List<GoldEvaluation.RecordScore>> columns() {
        Map<String, List<GoldEvaluation.RecordScore>> out = new LinkedHashMap<>();
        for (Half h : only.map(List::of).orElse(List.of(Half.values()))) {
            out.put(h.label(), scores.stream().filter(s -> s.record().half() == h).toList());
        }
        if (only.isEmpty()) {
            out.put("all", scores);
        }
        return out;
    }

    void text(PrintWriter out) {
        Map<String, List<GoldEvaluation.RecordScore>> cols = columns();
        long errors = scores.stream().filter(s -> s.error().isPresent()).count();
        List<String> sizes = new ArrayList<>();
        cols.forEach((k, v) -> {
            if (!k.equals("all")) {
                sizes.add(k + " " + v.size());
            }
        });
        out.println(file + ": " + scores.size() + " records (" + String.join(", ", sizes) + "), coder " + coder
            + (assertedOnly ? ", asserted events only" : "") + (errors > 0 ? ", " + errors + " could not be coded" : ""));
        out.printf(Locale.ROOT, "%-48s", "figure");
        cols.keySet().forEach(k -> out.printf(Locale.ROOT, "%22s", k));
        out.println();
        List<Map<String, Ratio>> totals = cols.values().stream().map(GoldMetrics::sum).toList();
        for (GoldMetrics.Metric m : GoldMetrics.of(format)) {
            out.printf(Locale.ROOT, "%-48s", m.label());
            for (Map<String, Ratio> t : totals) {
                out.printf(Locale.ROOT, "%22s", cell(t, m));
            }
            out.println();
        }
        out.flush();
    }

    private static String cell(Map<String, Ratio> totals, GoldMetrics.Metric m) {
        Optional<Double> v = GoldMetrics.value(totals, m);
        if (v.isEmpty()) {
            return "-";
        }
        if (m.kind() == GoldMetrics.Kind.F1) {
            return String.format(Locale.ROOT, "%.1f%%", 100 * v.get());
        }
        Ratio r = totals.get(m.key());
        String value = m.kind() == GoldMetrics.Kind.MEAN ? String.format(Locale.ROOT, "%.2f", v.get())
            : String.format(Locale.ROOT, "%.1f%%", 100 * v.get());
        return value + " (" + r.num() + "/" + r.den() + ")";
    }

    /**
     * {@code {"file", "format", "coder", "asserted_only", "half", "halves": {"tune"|"check"|"all": {"records",
     * "errors", "metrics": {KEY: {"value", "num", "den"}}}}}}; {@code value} is null where a figure does not
     * apply; F1 has a value only.
     */
    void json(PrintWriter out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out);
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeStringField("file", file);
        g.writeStringField("format", format.name().toLowerCase(Locale.ROOT));
        g.writeStringField("coder", coder);
        g.writeBooleanField("asserted_only", assertedOnly);
        g.writeStringField("half", only.map(Half::label).orElse("all"));
        g.writeObjectFieldStart("halves");
        for (Map.Entry<String, List<GoldEvaluation.RecordScore>> c : columns().entrySet()) {
            Map<String, Ratio> t = GoldMetrics.sum(c.getValue());
            g.writeObjectFieldStart(c.getKey());
            g.writeNumberField("records", c.getValue().size());
            g.writeNumberField("errors", c.getValue().stream().filter(s -> s.error().isPresent()).count());
            g.writeObjectFieldStart("metrics");
            for (GoldMetrics.Metric m : GoldMetrics.of(format)) {
                g.writeObjectFieldStart(m.key());
                Optional<Double> v = GoldMetrics.value(t, m);
                if (v.isPresent()) {
                    g.writeNumberField("value", Math.round(v.get() * 1e6) / 1e6);
                } else {
                    g.writeNullField("value");
                }
                if (m.kind() != GoldMetrics.Kind.F1) {
                    Ratio r = t.getOrDefault(m.key(), Ratio.NONE);
                    g.writeNumberField("num", r.num());
                    g.writeNumberField("den", r.den());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
        g.flush();
        out.println();
        out.flush();
    }
}
