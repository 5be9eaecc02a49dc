package org.dyad.dictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * PETRARCH's configuration file ({@code PETR_config.ini}): the {@code [Dictionaries]} it names and the
 * coding {@code [Options]}. Keys are case-insensitive; {@code #} and {@code ;} start comments; a line that
 * is neither a section, a key, nor blank is a problem.
 */
public final class PetrarchConfig {
    private final Map<String, Map<String, String>> sections;

    private PetrarchConfig(Map<String, Map<String, String>> sections) {
        this.sections = sections;
    }

    public static PetrarchConfig read(Reader reader, String file, List<DictionaryProblem> problems) {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        String section = "";
        try (BufferedReader r = new BufferedReader(reader)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#") || t.startsWith(";")) {
                    continue;
                }
                if (t.startsWith("[")) {
                    if (!t.endsWith("]") || t.length() < 3) {
                        problems.add(new DictionaryProblem(file, n, "bad section header '" + t + "'"));
                        continue;
                    }
                    section = t.substring(1, t.length() - 1).strip().toLowerCase(Locale.ROOT);
                    continue;
                }
                int eq = t.indexOf('=');
                int colon = t.indexOf(':');
                int at = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
                if (at <= 0) {
                    problems.add(new DictionaryProblem(file, n, "not 'key = value': '" + t + "'"));
                    continue;
                }
                String value = t.substring(at + 1).strip();
                int hash = value.indexOf(" #");
                if (hash >= 0) {
                    value = value.substring(0, hash).strip();
                }
                sections.computeIfAbsent(section, k -> new LinkedHashMap<>())
                    .put(t.substring(0, at).strip().toLowerCase(Locale.ROOT), value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PetrarchConfig(sections);
    }

    public Optional<String> get(String section, String key) {
        Map<String, String> s = sections.get(section.toLowerCase(Locale.ROOT));
        return s == null ? Optional.empty() : Optional.ofNullable(s.get(key.toLowerCase(Locale.ROOT)))
            .filter(v -> !v.isEmpty());
    }

    /** A comma-separated list value. */
    public List<String> list(String section, String key) {
        List<String> out = new ArrayList<>();
        get(section, key).ifPresent(v -> {
            for (String s : v.split(",")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        });
        return out;
    }

    public Optional<String> verbFile() {
        return get("dictionaries", "verbfile_name");
    }

    public List<String> actorFiles() {
        List<String> l = list("dictionaries", "actorfile_list");
        if (l.isEmpty()) {
            get("dictionaries", "actorfile_name").ifPresent(l::add);
        }
        return l;
    }

    public Optional<String> agentFile() {
        return get("dictionaries", "agentfile_name");
    }

    public Optional<String> discardFile() {
        return get("dictionaries", "discardfile_name");
    }

    public Optional<String> issueFile() {
        return get("dictionaries", "issuefile_name");
    }

    /** The keys and values of one section (lower-case names), in file order. */
    public Map<String, String> section(String name) {
        return sections.getOrDefault(name, Map.of());
    }
}
