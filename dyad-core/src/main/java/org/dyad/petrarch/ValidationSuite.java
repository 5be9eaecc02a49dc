package org.dyad.petrarch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PETRARCH validation file ({@code PETR.UnitTest.records.xml}, UniversalPetrarch's
 * {@code PETR_Validate_records_2_02.xml}): its environment (dictionary files, the {@code <Include>}
 * categories, options) and its records in order, each with the options in force for it ({@code <Config>}
 * elements between records change the options for the records after them).
 *
 * <p>The files are read leniently, element by element, since not all of them are well-formed XML
 * (comments containing {@code --}, unescaped ampersands).
 */
public final class ValidationSuite {
    /** An expected event, codes as written. */
    public record Expected(String source, String target, String code) {
        public String triple() {
            return source + "-" + target + ":" + code;
        }
    }

    /**
     * A record.
     *
     * @param id         its id
     * @param category   its category
     * @param date       its date
     * @param sentence   false for records PETRARCH marks {@code sentence="false"}
     * @param evaluate   false for {@code evaluate="false"}
     * @param text       the text to code
     * @param expected   the expected events; empty for {@code noevents} and errors
     * @param error      the expected error ({@code dateline}, {@code storydiscard}, ...), if any
     * @param options    the coding options in force
     * @param line       1-based line of the record in the file
     */
    public record Record(String id, String category, LocalDate date, boolean sentence, boolean evaluate,
                         String text, List<Expected> expected, Optional<String> error, CodingOptions options,
                         int line) {
        public Record {
            expected = List.copyOf(expected);
        }
    }

    private final Path file;
    private final Map<String, String> environment;
    private final Set<String> include;
    private final List<Record> records;
    private final List<String> problems;

    private ValidationSuite(Path file, Map<String, String> environment, Set<String> include, List<Record> records,
                            List<String> problems) {
        this.file = file;
        this.environment = environment;
        this.include = include;
        this.records = List.copyOf(records);
        this.problems = List.copyOf(problems);
    }

    public Path file() {
        return file;
    }

    /** Environment elements by tag ({@code Verbfile}, {@code Actorfile}, ...); several actor files are joined by commas. */
    public Map<String, String> environment() {
        return environment;
    }

    /** The categories the {@code <Include>} line selects; empty when the file has none. */
    public Set<String> include() {
        return include;
    }

    public List<Record> records() {
        return records;
    }

    /** Records that could not be read, as {@code file:line: reason}. */
    public List<String> problems() {
        return problems;
    }

    /** This suite with only the records whose ids are given. */
    public ValidationSuite only(Set<String> ids) {
        return new ValidationSuite(file, environment, include,
            records.stream().filter(r -> ids.contains(r.id())).toList(), problems);
    }

    /** Whether a record is scored: a sentence, not {@code evaluate="false"}, and in an included category. */
    public boolean evaluated(Record r) {
        return r.sentence() && r.evaluate() && (include.isEmpty() || include.contains(r.category()));
    }

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern ELEMENT = Pattern.compile(
        "<(Sentence|Config|Environment)\\b([^>]*?)(/?)>", Pattern.DOTALL);
    private static final Pattern ATTR = Pattern.compile("([A-Za-z_]+)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
    private static final Pattern EVENT = Pattern.compile("<EventCoding\\b([^>]*?)/?>", Pattern.DOTALL);
    private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);

    public static ValidationSuite read(Path file) throws IOException {
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        // blank out comments but keep offsets, so line numbers stay right
        StringBuilder b = new StringBuilder(raw);
        Matcher cm = COMMENT.matcher(raw);
        while (cm.find()) {
            for (int i = cm.start(); i < cm.end(); i++) {
                if (b.charAt(i) != '\n') {
                    b.setCharAt(i, ' ');
                }
            }
        }
        String xml = b.toString();
        Map<String, String> env = new LinkedHashMap<>();
        Set<String> include = new LinkedHashSet<>();
        List<Record> records = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        // UniversalPetrarch's files (records with evaluate=, a <PICOfile>) expect its coding: a one-sided
        // event needs an actor with a country or organisation, not an agent alone
        boolean universal = xml.contains("<PICOfile>") || Pattern.compile("<Sentence\\b[^>]*\\bevaluate\\s*=")
            .matcher(xml).find();
        CodingOptions options = CodingOptions.defaults().withIdentifiedActor(universal);
        Matcher m = ELEMENT.matcher(xml);
        int from = 0;
        while (m.find(from)) {
            String tag = m.group(1);
            int line = lineOf(xml, m.start());
            if (tag.equals("Environment")) {
                int end = xml.indexOf("</Environment>", m.end());
                if (end < 0) {
                    problems.add(file.getFileName() + ":" + line + ": unclosed <Environment>");
                    from = m.end();
                    continue;
                }
                String body = xml.substring(m.end(), end);
                Matcher e = Pattern.compile("<(\\w+)>(.*?)</\\1>", Pattern.DOTALL).matcher(body);
                while (e.find()) {
                    String v = e.group(2).strip();
                    env.merge(e.group(1), v, (a, c) -> a + "," + c);
                }
                Matcher c = Pattern.compile("<Config\\b([^>]*)>").matcher(body);
                while (c.find()) {
                    options = applyConfig(options, attrs(c.group(1)), file, lineOf(xml, m.end() + c.start()),
                        problems);
                }
                String inc = env.get("Include");
                if (inc != null) {
                    for (String cat : inc.split("\\s+")) {
                        if (!cat.isBlank()) {
                            include.add(cat);
                        }
                    }
                }
                from = end;
            } else if (tag.equals("Config")) {
                options = applyConfig(options, attrs(m.group(2)), file, line, problems);
                from = m.end();
            } else {
                int end = xml.indexOf("</Sentence>", m.end());
                if (end < 0) {
                    problems.add(file.getFileName() + ":" + line + ": unclosed <Sentence>");
                    break;
                }
                String body = xml.substring(m.end(), end);
                Map<String, String> a = attrs(m.group(2));
                try {
                    records.add(record(a, body, options, line));
                } catch (RuntimeException ex) {
                    problems.add(file.getFileName() + ":" + line + ": " + ex.getMessage());
                }
                from = end;
            }
        }
        return new ValidationSuite(file, env, include, records, problems);
    }

    private static CodingOptions applyConfig(CodingOptions o, Map<String, String> a, Path file, int line,
                                             List<String> problems) {
        String option = a.get("option");
        String value = a.get("value");
        if (option == null || value == null) {
            problems.add(file.getFileName() + ":" + line + ": <Config> without option and value");
            return o;
        }
        if (!CodingOptions.KEYS.contains(option.toLowerCase(Locale.ROOT))) {
            return o; // options about running PETRARCH (stop_on_error, ...) do not change coding
        }
        try {
            return o.with(option, value);
        } catch (IllegalArgumentException e) {
            problems.add(file.getFileName() + ":" + line + ": " + e.getMessage());
            return o;
        }
    }

    private static Record record(Map<String, String> a, String body, CodingOptions options, int line) {
        String id = a.getOrDefault("id", "line-" + line);
        String date = a.getOrDefault("date", "");
        LocalDate d;
        if (date.matches("\\d{8}")) {
            d = LocalDate.of(Integer.parseInt(date.substring(0, 4)), Integer.parseInt(date.substring(4, 6)),
                Integer.parseInt(date.substring(6, 8)));
        } else {
            throw new IllegalArgumentException("record " + id + " has no date=\"YYYYMMDD\"");
        }
        Matcher t = TEXT.matcher(body);
        if (!t.find()) {
            throw new IllegalArgumentException("record " + id + " has no <Text>");
        }
        String text = unescape(t.group(1)).strip().replaceAll("\\s+", " ");
        List<Expected> expected = new ArrayList<>();
        Optional<String> error = Optional.empty();
        Matcher e = EVENT.matcher(body);
        while (e.find()) {
            Map<String, String> ea = attrs(e.group(1));
            if (ea.containsKey("error")) {
                error = Optional.of(ea.get("error"));
            } else if (ea.containsKey("noevents")) {
                continue;
            } else if (ea.containsKey("eventcode")) {
                expected.add(new Expected(ea.getOrDefault("sourcecode", CodedEvent.NONE),
                    ea.getOrDefault("targetcode", CodedEvent.NONE), ea.get("eventcode")));
            }
        }
        return new Record(id, a.getOrDefault("category", ""), d, !"false".equalsIgnoreCase(a.get("sentence")),
            !"false".equalsIgnoreCase(a.get("evaluate")), text, expected, error, options, line);
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
            .replace("&amp;", "&");
    }

    private static Map<String, String> attrs(String s) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ATTR.matcher(s);
        while (m.find()) {
            out.put(m.group(1), m.group(3) != null ? m.group(3) : m.group(4));
        }
        return out;
    }

    private static int lineOf(String s, int offset) {
        int n = 1;
        for (int i = 0; i < offset && i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
