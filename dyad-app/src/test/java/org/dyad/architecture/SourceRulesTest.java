package org.dyad.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rules the Java sources of every module ({@code <module>/src/main/java}) keep, checked by reading the source text:
 * <ol>
 *   <li>no word list as a Java literal: no collection literal ({@code Set.of}, {@code List.of}, {@code Map.of},
 *       {@code Map.ofEntries} with its {@code Map.entry}s, {@code Arrays.asList}, any {@code X.of(...)}) and no
 *       array initializer with more than five string literals as elements. Word sets live in
 *       {@code org/dyad/dictionary/words.tsv} and are read with {@code WordSets};</li>
 *   <li>no regular expression that alternates more than five words in one string literal ({@code "(a|b|c|d|e|f)"}):
 *       the words belong in words.tsv too;</li>
 *   <li>no Java file over 600 lines.</li>
 * </ol>
 * A failure lists every offence as {@code file:line}. The allow-list of format names below is explicit and each
 * entry must still match something, so that a fixed offence leaves the list; no file is allowed over 600 lines.
 */
class SourceRulesTest {
    private static final int MAX_STRINGS = 5;
    private static final int MAX_ALTERNATIVES = 5;
    private static final int MAX_LINES = 600;

    /**
     * Literals that are names of a format, not words the coder looks for: column headers, file extensions,
     * configuration keys, HTTP parameters. Keyed {@code path|first string of the literal}; the value says why.
     */
    private static final Map<String, String> FORMAT_NAMES = Map.ofEntries(
            Map.entry("dyad-app/src/main/java/org/dyad/cli/GapsOutput.java|#", "the columns of dyad gaps' two tables"),
            Map.entry("dyad-app/src/main/java/org/dyad/web/Api.java|from", "the query parameters of /api/events"),
            Map.entry("dyad-app/src/main/java/org/dyad/web/Api.java|id", "the fields of the JSON body of POST /api/code"),
            Map.entry("dyad-app/src/main/java/org/dyad/web/Api.java|/api/events", "the routes of the API and their parameters"),
            Map.entry("dyad-app/src/main/java/org/dyad/web/Api.java|actor", "the query parameters of /api/network"),
            Map.entry("dyad-core/src/main/java/org/dyad/eval/Detokenizer.java|s",
                    "English clitic endings ('s, 're, n't) of the CoNLL tokenization, a regex"),
            Map.entry("dyad-store/src/main/java/org/dyad/store/GdeltMentionsTsv.java|GlobalEventID",
                    "GDELT 2.0 mentions table column names"),
            Map.entry("dyad-core/src/main/java/org/dyad/dictionary/ActorsTsv.java|actor", "the header of actors.tsv"),
            Map.entry("dyad-core/src/main/java/org/dyad/dictionary/VerbsTsv.java|kind", "the header of verbs.tsv"),
            Map.entry("dyad-core/src/main/java/org/dyad/io/CsvEventWriter.java|event_id", "the columns of the CSV output"),
            Map.entry("dyad-core/src/main/java/org/dyad/io/TableEventWriter.java|DATE", "the columns of the table output"),
            Map.entry("dyad-core/src/main/java/org/dyad/io/TextArticles.java|date",
                    "the header keys of a plain-text article (Date:, Title:, By:, ...), a regex"),
            Map.entry("dyad-core/src/main/java/org/dyad/petrarch/CodingOptions.java|new_actor_length",
                    "the keys of PETRARCH's [Options] config section"),
            Map.entry("dyad-store/src/main/java/org/dyad/store/EventCsv.java|event_id", "the columns of the event CSV"),
            Map.entry("dyad-store/src/main/java/org/dyad/store/GdeltTsv.java|Code", "GDELT 2.0 actor column names"),
            Map.entry("dyad-store/src/main/java/org/dyad/store/GdeltTsv.java|IsRootEvent", "GDELT 2.0 event column names"),
            Map.entry("dyad-store/src/main/java/org/dyad/store/GdeltTsv.java|Type", "GDELT 2.0 geography column names"));

    private static Path root;
    private static List<Path> sources;

    @BeforeAll
    static void findSources() throws IOException {
        root = projectRoot();
        List<Path> found = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.sorted().toList()) {
                Path main = module.resolve("src/main/java");
                if (Files.isDirectory(main)) {
                    try (Stream<Path> files = Files.walk(main)) {
                        files.filter(p -> p.toString().endsWith(".java")).sorted().forEach(found::add);
                    }
                }
            }
        }
        sources = List.copyOf(found);
        assertThat(sources).as("Java sources under " + root + "/<module>/src/main/java").hasSizeGreaterThan(50);
        assertThat(sources.stream().map(SourceRulesTest::name))
                .anyMatch(n -> n.startsWith("dyad-core/")).anyMatch(n -> n.startsWith("dyad-app/"));
    }

    /** The directory with the parent pom and dyad-core: from Maven's project directory or the working directory up. */
    private static Path projectRoot() {
        List<String> starts = new ArrayList<>();
        for (String property : List.of("maven.multiModuleProjectDirectory", "basedir", "user.dir")) {
            String value = System.getProperty(property);
            if (value != null && !value.isBlank()) {
                starts.add(value);
            }
        }
        for (String start : starts) {
            for (Path p = Path.of(start).toAbsolutePath().normalize(); p != null; p = p.getParent()) {
                if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("dyad-core/src/main/java"))) {
                    return p;
                }
            }
        }
        throw new AssertionError("no project root (a pom.xml beside dyad-core/) above " + starts);
    }

    private static String name(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void noWordListIsAJavaLiteral() {
        List<String> offences = new ArrayList<>();
        Set<String> allowedSeen = new HashSet<>();
        for (Path file : sources) {
            String name = name(file);
            for (Offence o : offences(Lexer.tokens(read(file)))) {
                String key = name + "|" + o.first();
                if (FORMAT_NAMES.containsKey(key)) {
                    allowedSeen.add(key);
                } else {
                    offences.add(name + ":" + o.line() + ": " + o.what() + " (first \"" + o.first() + "\")");
                }
            }
        }
        assertThat(offences).as("word lists in Java source: move them to words.tsv and read them with "
                + "WordSets.get(\"package.purpose\") (a name of a format goes in SourceRulesTest.FORMAT_NAMES)")
                .isEmpty();
        Set<String> stale = new TreeSet<>(FORMAT_NAMES.keySet());
        stale.removeAll(allowedSeen);
        assertThat(stale).as("FORMAT_NAMES entries that match nothing any more: remove them").isEmpty();
    }

    @Test
    void noJavaFileIsOver600Lines() {
        List<String> offences = new ArrayList<>();
        for (Path file : sources) {
            long lines = read(file).lines().count();
            if (lines > MAX_LINES) {
                offences.add(name(file) + ":" + lines + ": " + lines + " lines, more than " + MAX_LINES);
            }
        }
        assertThat(offences).as("Java files over " + MAX_LINES + " lines: split them").isEmpty();
    }

    @Test
    void theScannerFindsWhatItShould() {
        String src = """
                class X {
                    // Set.of("a", "b", "c", "d", "e", "f") in a comment is no literal
                    static final Set<String> A = Set.of("a", "b", "c", "d", "e", "f");
                    static final Set<String> FIVE = Set.of("a", "b", "c", "d", "e");
                    static final String[] B = {"a", "b", "c", "d", "e", "f"};
                    static final Object C = new String[][] {{"a", "b"}, {"c", "d", "e", "f", "g", "h"}};
                    static final Map<String, Integer> D = Map.ofEntries(Map.entry("a", 1), Map.entry("b", 2),
                            Map.entry("c", 3), Map.entry("d", 4), Map.entry("e", 5), Map.entry("f", 6));
                    static final List<String> NOT = List.of(f("a"), f("b"), f("c"), f("d"), f("e"), x + "f");
                    static final Pattern P = Pattern.compile("(?i)(one|two|three|four|five|six)\\\\s");
                    static final Pattern Q = Pattern.compile("(one|two|three|four|five)");
                    static final char QUOTE = '"';
                    static final String TEXT = \"""
                        Set.of("a", "b", "c", "d", "e", "f")
                        \""";
                    void m() { String[] r = new String[] {"a", "b", "c", "d", "e", s}; }
                }
                """;
        List<Offence> found = offences(Lexer.tokens(src));
        assertThat(found).extracting(Offence::line).containsExactly(3, 5, 6, 7, 10);
        assertThat(found).extracting(Offence::first).containsExactly("a", "a", "c", "a", "one");
    }

    // ---- the scanner ----

    /** A literal with too many strings, or a regex with too many alternatives, at a 1-based line. */
    record Offence(int line, String what, String first) { }

    private static final Pattern ALTERNATION = Pattern.compile("\\w+(?:\\|\\w+){" + MAX_ALTERNATIVES + ",}");
    private static final Set<String> FACTORIES = Set.of("of", "ofEntries", "asList");

    /** One open bracket: its token index, and the literal whose strings it counts (null: not a literal). */
    private record Frame(int open, Literal literal) { }

    private static final class Literal {
        final int line;
        final String kind;
        int strings;
        String first;

        Literal(int line, String kind) {
            this.line = line;
            this.kind = kind;
        }
    }

    static List<Offence> offences(List<Token> t) {
        List<Offence> out = new ArrayList<>();
        List<Literal> literals = new ArrayList<>();
        Deque<Frame> stack = new ArrayDeque<>();
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            Token prev = i > 0 ? t.get(i - 1) : Token.NONE;
            Frame top = stack.peek();
            if (tok.is("(")) {
                Literal lit = null;
                if (prev.kind() == Kind.IDENT && i >= 2 && t.get(i - 2).is(".")) {
                    if (FACTORIES.contains(prev.text())) {
                        Token owner = i >= 3 ? t.get(i - 3) : Token.NONE;
                        lit = new Literal(tok.line(), (owner.kind() == Kind.IDENT ? owner.text() + "." : "")
                                + prev.text() + "(...)");
                        literals.add(lit);
                    } else if (prev.text().equals("entry") && top != null && top.literal() != null) {
                        lit = top.literal();   // Map.entry("k", v) inside Map.ofEntries: its key counts there
                    }
                }
                stack.push(new Frame(i, lit));
            } else if (tok.is("{")) {
                boolean array = prev.is("]") || prev.is("=")
                        || (prev.is("{") || prev.is(",")) && top != null && top.literal() != null
                        && t.get(top.open()).is("{");
                Literal lit = null;
                if (array) {
                    lit = new Literal(tok.line(), "array initializer");
                    literals.add(lit);
                }
                stack.push(new Frame(i, lit));
            } else if (tok.is(")") || tok.is("}")) {
                if (!stack.isEmpty()) {
                    stack.pop();
                }
            } else if (tok.kind() == Kind.STRING) {
                Token next = i + 1 < t.size() ? t.get(i + 1) : Token.NONE;
                boolean element = (prev.is(",") || top != null && prev == t.get(top.open()))
                        && (next.is(",") || next.is(")") || next.is("}"));
                if (top != null && top.literal() != null && element) {
                    Literal lit = top.literal();
                    lit.strings++;
                    if (lit.first == null) {
                        lit.first = tok.text();
                    }
                }
                Matcher m = ALTERNATION.matcher(tok.text());
                if (m.find()) {
                    out.add(new Offence(tok.line(), "a regex alternating " + m.group().split("\\|").length
                            + " words", m.group().split("\\|")[0]));
                }
            }
        }
        for (Literal lit : literals) {
            if (lit.strings > MAX_STRINGS) {
                out.add(new Offence(lit.line, lit.kind + " of " + lit.strings + " strings", lit.first));
            }
        }
        out.sort(Comparator.comparingInt(Offence::line));
        return out;
    }

    enum Kind { IDENT, STRING, PUNCT, OTHER }

    /** A token with its 1-based line; a string's text is its content as written, without the quotes. */
    record Token(Kind kind, String text, int line) {
        static final Token NONE = new Token(Kind.OTHER, "", 0);

        boolean is(String punct) {
            return kind == Kind.PUNCT && text.equals(punct);
        }
    }

    /** Just enough of Java's lexical structure: comments, strings, text blocks, char literals, words, punctuation. */
    static final class Lexer {
        private Lexer() {
        }

        static List<Token> tokens(String s) {
            List<Token> out = new ArrayList<>();
            int line = 1;
            int i = 0;
            int n = s.length();
            while (i < n) {
                char c = s.charAt(i);
                if (c == '\n') {
                    line++;
                    i++;
                } else if (Character.isWhitespace(c)) {
                    i++;
                } else if (s.startsWith("//", i)) {
                    while (i < n && s.charAt(i) != '\n') {
                        i++;
                    }
                } else if (s.startsWith("/*", i)) {
                    int end = s.indexOf("*/", i + 2);
                    end = end < 0 ? n : end + 2;
                    line += count(s, i, end);
                    i = end;
                } else if (s.startsWith("\"\"\"", i)) {
                    int end = s.indexOf("\"\"\"", i + 3);
                    while (end > 0 && s.charAt(end - 1) == '\\') {
                        end = s.indexOf("\"\"\"", end + 1);
                    }
                    end = end < 0 ? n : end + 3;
                    out.add(new Token(Kind.STRING, s.substring(i + 3, Math.max(i + 3, end - 3)), line));
                    line += count(s, i, end);
                    i = end;
                } else if (c == '"' || c == '\'') {
                    int j = i + 1;
                    while (j < n && s.charAt(j) != c && s.charAt(j) != '\n') {
                        j += s.charAt(j) == '\\' ? 2 : 1;
                    }
                    if (c == '"') {
                        out.add(new Token(Kind.STRING, s.substring(i + 1, Math.min(j, n)), line));
                    } else {
                        out.add(new Token(Kind.OTHER, s.substring(i, Math.min(j + 1, n)), line));
                    }
                    i = j + 1;
                } else if (Character.isJavaIdentifierStart(c) || Character.isDigit(c)) {
                    int j = i + 1;
                    while (j < n && Character.isJavaIdentifierPart(s.charAt(j))) {
                        j++;
                    }
                    out.add(new Token(Character.isDigit(c) ? Kind.OTHER : Kind.IDENT, s.substring(i, j), line));
                    i = j;
                } else {
                    out.add(new Token(Kind.PUNCT, String.valueOf(c), line));
                    i++;
                }
            }
            return out;
        }

        private static int count(String s, int from, int to) {
            int k = 0;
            for (int i = from; i < to; i++) {
                if (s.charAt(i) == '\n') {
                    k++;
                }
            }
            return k;
        }
    }
}
