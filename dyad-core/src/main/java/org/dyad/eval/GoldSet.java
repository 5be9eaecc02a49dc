package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads gold sets: JSONL in the gold format, or a PentaClass TSV ({@code sentence<TAB>class}). A line that
 * cannot be read is a problem naming {@code file:line}; the others are read.
 */
public final class GoldSet {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<GoldRecord> records;
    private final List<String> problems;
    private final boolean pentaClass;

    private GoldSet(List<GoldRecord> records, List<String> problems, boolean pentaClass) {
        this.records = List.copyOf(records);
        this.problems = List.copyOf(problems);
        this.pentaClass = pentaClass;
    }

    public List<GoldRecord> records() {
        return records;
    }

    public List<String> problems() {
        return problems;
    }

    /** Whether this is a PentaClass file (scored by the class of each sentence's main event). */
    public boolean pentaClass() {
        return pentaClass;
    }

    public static GoldSet read(Path file) throws IOException {
        String name = file.getFileName().toString();
        boolean tsv = name.toLowerCase(Locale.ROOT).endsWith(".tsv");
        List<GoldRecord> records = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    records.add(tsv ? tsvRecord(line, n) : jsonRecord(line, n));
                } catch (IllegalArgumentException | IOException e) {
                    problems.add(name + ":" + n + ": " + e.getMessage());
                }
            }
        }
        return new GoldSet(records, problems, tsv);
    }

    private static GoldRecord tsvRecord(String line, int n) {
        int tab = line.lastIndexOf('\t');
        if (tab <= 0) {
            throw new IllegalArgumentException("expected 'sentence<TAB>class'");
        }
        String cls = line.substring(tab + 1).strip();
        if (!cls.matches("[0-4]")) {
            throw new IllegalArgumentException("class must be 0-4, not '" + cls + "'");
        }
        return new GoldRecord("line-" + n, Optional.empty(), line.substring(0, tab).strip(), List.of(), false,
            Optional.of(Integer.parseInt(cls)), n);
    }

    private static GoldRecord jsonRecord(String line, int n) throws IOException {
        JsonNode o = JSON.readTree(line);
        if (!o.isObject() || !o.path("text").isTextual()) {
            throw new IllegalArgumentException("not an object with \"text\"");
        }
        Optional<LocalDate> date = Optional.empty();
        String d = o.path("date").asText("");
        if (!d.isEmpty()) {
            try {
                date = Optional.of(LocalDate.parse(d.length() > 10 ? d.substring(0, 10) : d));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("bad date '" + d + "'");
            }
        }
        List<GoldRecord.GoldEvent> events = new ArrayList<>();
        for (JsonNode e : o.path("events")) {
            Optional<String> cameo = e.hasNonNull("cameo") ? Optional.of(e.get("cameo").asText()) : Optional.empty();
            List<String> plover = new ArrayList<>();
            if (e.hasNonNull("plover")) {
                for (String p : e.get("plover").asText().split("\\|")) {
                    if (!p.isBlank()) {
                        plover.add(p.strip().toUpperCase(Locale.ROOT));
                    }
                }
            }
            events.add(new GoldRecord.GoldEvent(cameo, plover, countries(e.path("source")),
                countries(e.path("target")), e.path("reciprocal").asBoolean(false)));
        }
        return new GoldRecord(o.path("id").asText("line-" + n), date, o.get("text").asText(), events,
            o.path("noevents").asBoolean(false), Optional.empty(), n);
    }

    private static List<String> countries(JsonNode actors) {
        List<String> out = new ArrayList<>();
        for (JsonNode a : actors) {
            String c = a.path("country").asText("");
            if (c.isEmpty()) {
                String code = a.path("code").asText("");
                c = code.length() >= 3 ? code.substring(0, 3) : "";
            }
            out.add(c.toUpperCase(Locale.ROOT));
        }
        return out;
    }
}
