package org.dyad.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dyad.article.Article;

/**
 * Reads articles from files, folders and standard input, and never throws for bad input: what cannot be
 * read becomes a {@link ReadError} and reading goes on.
 *
 * <ul>
 *   <li>A folder is walked recursively, files in sorted path order; hidden files and folders are skipped,
 *       and so are files whose extension is not one of {@code .txt .text .jsonl .ndjson .html .htm .xml}
 *       ({@code .json} files in folders are usually metadata, not articles). A file named explicitly with
 *       another extension is read as plain text, and an explicit {@code .json} file as JSON.</li>
 *   <li>{@code .txt}, {@code .text}: one article; leading header lines ({@code date 2022-01-26 By Vugar
 *       Khalilov}, {@code Date:}, {@code Title:}, {@code By Jane Doe}, {@code Byline:}, {@code Source:},
 *       {@code URL:}) are metadata; the text after them is kept unchanged. Id = file name without
 *       extension; source = the path as given (unless a {@code Source:} header says otherwise).</li>
 *   <li>{@code .jsonl}, {@code .ndjson}: one article a line, {@code {"id", "text", "date"?, "title"?,
 *       "source"?, "url"?}}; a bad line is one error, {@code file:line}. A {@code .json} file may also hold
 *       one object or an array of them.</li>
 *   <li>{@code .html}, {@code .htm}: title and visible text (jsoup).</li>
 *   <li>{@code .xml}: PETRARCH's XML input, one article per story ({@link PetrarchXmlArticles}).</li>
 *   <li>{@code -}: standard input, JSONL when its first non-blank character is <code>{</code>, else one
 *       plain-text article with id {@code stdin}.</li>
 * </ul>
 * All files must be UTF-8. An article whose text is blank is reported, not delivered. When an id repeats
 * within one {@link #read} call the later articles get {@code #2}, {@code #3}, ... appended.
 *
 * <p>Thread-safe: no mutable state; each call keeps its own id bookkeeping. Standard input can of course
 * only be consumed once.
 */
public final class ArticleReader {

    private static final Set<String> TEXT = Set.of("txt", "text");
    private static final Set<String> JSON_LINES = Set.of("jsonl", "ndjson");
    private static final Set<String> HTML = Set.of("html", "htm");
    private static final Set<String> XML = Set.of("xml");
    /** Every extension read: the four kinds together. */
    private static final Set<String> TAKEN = Stream.of(TEXT, JSON_LINES, HTML, XML).flatMap(Set::stream)
            .collect(Collectors.toUnmodifiableSet());

    private final InputStream stdin;
    private final ObjectReader json = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .readerFor(JsonNode.class);

    /** Reads {@code -} from {@link System#in}. */
    public ArticleReader() {
        this(System.in);
    }

    /** Reads {@code -} from {@code stdin} (for tests and embedding). */
    public ArticleReader(InputStream stdin) {
        this.stdin = Objects.requireNonNull(stdin, "stdin");
    }

    /** Whether a file of this name is read when found in a folder (by its extension). */
    public static boolean readsInFolders(Path file) {
        return TAKEN.contains(extension(file));
    }

    /** Reads every input in order, handing each article and each error to its consumer. */
    public void read(List<String> inputs, Consumer<Article> articles, Consumer<ReadError> errors) {
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(errors, "errors");
        Run run = new Run(articles, errors);
        for (String input : inputs) {
            if (input.equals("-")) {
                run.stdin();
            } else {
                run.path(input);
            }
        }
    }

    /** The state of one {@link #read} call. */
    private final class Run {
        private final Consumer<Article> articles;
        private final Consumer<ReadError> errors;
        private final Set<String> ids = new HashSet<>();

        Run(Consumer<Article> articles, Consumer<ReadError> errors) {
            this.articles = articles;
            this.errors = errors;
        }

        void path(String input) {
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                for (Path file : walk(input, path)) {
                    file(file.toString(), file, extension(file));
                }
            } else if (!Files.exists(path)) {
                error(input, "no such file or directory");
            } else {
                file(input, path, extension(path));
            }
        }

        private List<Path> walk(String input, Path root) {
            List<Path> files = new ArrayList<>();
            try {
                Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                        new SimpleFileVisitor<>() {
                            @Override
                            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                                return !dir.equals(root) && hidden(dir)
                                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                                if (attrs.isRegularFile() && !hidden(file) && TAKEN.contains(extension(file))) {
                                    files.add(file);
                                }
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFileFailed(Path file, IOException e) {
                                if (!hidden(file)) {
                                    error(file.toString(), e instanceof FileSystemLoopException
                                            ? "symbolic link loop, skipped" : describe(e));
                                }
                                return FileVisitResult.CONTINUE;
                            }
                        });
            } catch (IOException e) {
                error(input, describe(e));
            }
            files.sort(null);
            return files;
        }

        private void file(String input, Path path, String ext) {
            String content;
            try {
                content = decode(Files.readAllBytes(path));
            } catch (IOException e) {
                error(input, describe(e));
                return;
            }
            String id = baseName(path);
            if (JSON_LINES.contains(ext)) {
                jsonLines(input, content, 1);
            } else if (ext.equals("json")) {
                json(input, content);
            } else if (ext.equals("xml")) {
                PetrarchXmlArticles.parse(input, content, a -> deliver(input, a), errors);
            } else if (HTML.contains(ext)) {
                deliver(input, HtmlArticles.parse(id, input, content));
            } else {
                deliver(input, TextArticles.parse(id, input, content));
            }
        }

        void stdin() {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try {
                PushbackReader in = new PushbackReader(new InputStreamReader(stdin, decoder), 1);
                StringBuilder blank = new StringBuilder();
                int c = in.read();
                while (c >= 0 && (Character.isWhitespace(c) || c == '\uFEFF')) {
                    blank.append((char) c);
                    c = in.read();
                }
                if (c < 0) {
                    error("-", "standard input is empty");
                    return;
                }
                in.unread(c);
                if (c == '{') {
                    int firstLine = 1 + (int) blank.chars().filter(ch -> ch == '\n').count();
                    jsonLines("-", new BufferedReader(in), firstLine);
                } else {
                    String rest = readAll(in);
                    deliver("-", TextArticles.parse("stdin", "-", blank + rest));
                }
            } catch (IOException e) {
                error("-", describe(e));
            }
        }

        private void json(String input, String content) {
            JsonNode whole;
            try {
                whole = json.readValue(content);
            } catch (JsonProcessingException e) {
                jsonLines(input, content, 1); // not one JSON value: JSON Lines under another name
                return;
            }
            if (whole == null || whole.isMissingNode()) {
                error(input, "empty file");
            } else if (whole.isArray()) {
                for (int i = 0; i < whole.size(); i++) {
                    node(input + "[" + i + "]", whole.get(i));
                }
            } else {
                node(input, whole);
            }
        }

        private void jsonLines(String input, String content, int firstLine) {
            try {
                jsonLines(input, new BufferedReader(new StringReader(content)), firstLine);
            } catch (IOException e) {
                error(input, describe(e)); // cannot happen on a string
            }
        }

        private void jsonLines(String input, BufferedReader in, int firstLine) throws IOException {
            int lineNo = firstLine - 1;
            try {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lineNo++;
                    if (lineNo == 1 && line.startsWith("\uFEFF")) {
                        line = line.substring(1);
                    }
                    if (line.isBlank()) {
                        continue;
                    }
                    String where = input + ":" + lineNo;
                    try {
                        node(where, json.readValue(line));
                    } catch (JsonProcessingException e) {
                        error(where, "bad JSON: " + e.getOriginalMessage());
                    }
                }
            } catch (MalformedInputException e) {
                error(input + ":" + (lineNo + 1), "not valid UTF-8; the rest of this input is skipped");
            }
        }

        private void node(String where, JsonNode node) {
            if (!node.isObject()) {
                error(where, "not a JSON object");
                return;
            }
            Optional<String> id = scalar(node, "id");
            Optional<String> text = node.path("text").isTextual()
                    ? Optional.of(node.get("text").asText()) : Optional.empty();
            if (id.isEmpty() || text.isEmpty()) {
                error(where, "an article needs a string \"id\" and a string \"text\""
                        + (id.isEmpty() ? "; no id" : "; no text"));
                return;
            }
            Optional<LocalDate> date = Optional.empty();
            Optional<String> rawDate = scalar(node, "date");
            if (rawDate.isPresent()) {
                date = LooseDates.atStart(rawDate.get().strip()).map(LooseDates.Found::date);
                if (date.isEmpty()) {
                    error(where, "unreadable date \"" + rawDate.get() + "\" ignored; the article is kept");
                }
            }
            String source = scalar(node, "source").orElse(where.replaceFirst("(:\\d+|\\[\\d+])$", ""));
            deliver(where, new Article(id.get(), text.get(), date, scalar(node, "title").orElse(""),
                    scalar(node, "byline").orElse(""), source, scalar(node, "url").orElse("")));
        }

        private void deliver(String where, Article article) {
            if (article.text().isBlank()) {
                error(where, "no article text");
                return;
            }
            String id = article.id();
            for (int n = 2; !ids.add(id); n++) {
                id = article.id() + "#" + n;
            }
            articles.accept(id.equals(article.id()) ? article : new Article(id, article.text(),
                    article.published(), article.title(), article.byline(), article.source(), article.url()));
        }

        private void error(String input, String message) {
            errors.accept(new ReadError(input, message));
        }
    }

    private static Optional<String> scalar(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() || value.isNumber() ? Optional.of(value.asText()) : Optional.empty();
    }

    private static String decode(byte[] bytes) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new IOException("not valid UTF-8 (bad byte at offset " + in.position() + ")", e);
        }
    }

    private static String readAll(Reader in) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
            sb.append(buf, 0, n);
        }
        return sb.toString();
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof MalformedInputException) {
            return "not valid UTF-8";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String extension(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String baseName(Path p) {
        String name = p.getFileName() == null ? p.toString() : p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}
