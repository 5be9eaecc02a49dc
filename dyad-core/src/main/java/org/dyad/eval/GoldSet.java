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
 * Reads gold sets, by the file's extension: JSONL in the gold format ({@code .jsonl}, any other extension), a
 * PentaClass TSV ({@code .tsv}: {@code sentence<TAB>class}) or a CoNLL span file ({@code .txt}, {@code .conll}:
 * {@code token tag} lines, see {@link ConllSpanReader}). A line that cannot be read is a problem naming
 * {@code file:line}; the others are read. Every record gets its {@link Half}: from its {@code id} in JSONL (from
 * its text when a JSONL record has no id), from its text in the other formats, which have no ids. Immutable.
 */
public final class GoldSet {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a gold file holds, and so how its records are scored. */
    public enum Format {
        /** Gold JSONL: events with types and actors, {@code noevents}. */
        JSONL,
        /** PentaClass TSV: the class of each sentence's main event. */
        PENTACLASS,
        /** CoNLL span file: source and target spans of each sentence's event. */
        SPANS;

        static Format of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".tsv")) {
                return PENTACLASS;
            }
            return name.endsWith(".txt") || name.endsWith(".conll") ? SPANS : JSONL;
        }
    }

    private final List<GoldRecord> records;
    private final List<String> problems;
    private final Format format;

    private GoldSet(List<GoldRecord> records, List<String> problems, Format format) {
        this.records = List.copyOf(records);
        this.problems = List.copyOf(problems);
        this.format = format;
    }

    public List<GoldRecord> records() {
        return records;
    }

    public List<String> problems() {
        return problems;
    }

    /** Whether this is a PentaClass file (scored by the class of each sentence's main event). */
    public boolean pentaClass() {
        return format == Format.PENTACLASS;
    }

    public Format format() {
        return format;
    }

    /** This set with only the records of {@code half}; its problems stay. */
    public GoldSet only(Half half) {
        return new GoldSet(records.stream().filter(r -> r.half() == half).toList(), problems, format);
    }

    public static GoldSet read(Path file) throws IOException {
        String name = file.getFileName().toString();
        Format format = Format.of(file);
        boolean tsv = format == Format.PENTACLASS;
        List<GoldRecord> records = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (format == Format.SPANS) {
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                records.addAll(ConllSpanReader.read(r, name, problems::add));
            }
            return new GoldSet(records, problems, format);
        }
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
        return new GoldSet(records, problems, format);
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
        String text = line.substring(0, tab).strip();
        return new GoldRecord("line-" + n, Optional.empty(), text, List.of(), false,
            Optional.of(Integer.parseInt(cls)), List.of(), Half.ofText(text), n);
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
        String text = o.get("text").asText();
        String id = o.path("id").asText("");
        Half half = id.isEmpty() ? Half.ofText(text) : Half.of(id);
        return new GoldRecord(id.isEmpty() ? "line-" + n : id, date, text, events, o.path("noevents").asBoolean(false),
            Optional.empty(), List.of(), half, n);
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
