package org.dyad.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import org.dyad.pipeline.Limits;

/**
 * Reads articles from files, folders and standard input, and never throws for bad input: what cannot be
 * read becomes a {@link ReadError} and reading goes on; what was read with a doubt becomes a {@link ReadWarning}.
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
 * Text is UTF-8, or what a byte-order mark says (UTF-16, UTF-32); a byte that is not UTF-8 is read as
 * Windows-1252, with a warning ({@link TextDecoder}). A publication date that is blank is no date; one that cannot
 * be read is no date, with a warning: no date is ever taken from the clock. An article whose text is blank, or
 * longer than the character limit, is reported, not delivered; the limit is checked on the raw size first, so an
 * oversized input is refused before it is parsed. When an id repeats within one {@link #read} call the later
 * articles get {@code #2}, {@code #3}, ... appended.
 *
 * <p>{@link #readFile} and {@link #readJsonLine} read one file's bytes or one JSONL line fetched elsewhere (the
 * Spark job reads them from any Hadoop path) as {@link #read} reads them from a local file, with the same limits;
 * each call appends {@code #n} only to ids repeated within what it reads (the caller sees all articles and does the
 * rest itself).
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
    private final int maxChars;
    private final ObjectReader json = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .readerFor(JsonNode.class);

    /** Reads {@code -} from {@link System#in}, with the default character limit. */
    public ArticleReader() {
        this(System.in);
    }

    /** Reads {@code -} from {@code stdin} (for tests and embedding), with the default character limit. */
    public ArticleReader(InputStream stdin) {
        this(stdin, Limits.DEFAULTS.maxChars());
    }

    /** Whether a file of this name is read when found in a folder (by its extension). */
    public static boolean readsInFolders(Path file) {
        return TAKEN.contains(extension(file));
    }

    private ArticleReader(InputStream stdin, int maxChars) {
        this.stdin = Objects.requireNonNull(stdin, "stdin");
        if (maxChars < 1) {
            throw new IllegalArgumentException("the character limit is at least 1");
        }
        this.maxChars = maxChars;
    }

    /** This reader refusing articles longer than {@code maxChars} characters. */
    public ArticleReader withMaxChars(int maxChars) {
        return new ArticleReader(stdin, maxChars);
    }

    /** Reads every input in order, handing each article and each error to its consumer; warnings are dropped. */
    public void read(List<String> inputs, Consumer<Article> articles, Consumer<ReadError> errors) {
        read(inputs, articles, errors, w -> { });
    }

    /** Reads every input in order, handing each article, error and warning to its consumer. */
    public void read(List<String> inputs, Consumer<Article> articles, Consumer<ReadError> errors,
                     Consumer<ReadWarning> warnings) {
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(errors, "errors");
        Objects.requireNonNull(warnings, "warnings");
        Run run = new Run(articles, errors, warnings);
        for (String input : inputs) {
            if (input.equals("-")) {
                run.stdin();
            } else {
                run.path(input);
            }
        }
    }

    /**
     * Reads the bytes of one file as {@link #read} reads the file {@code input} named explicitly: its kind by its
     * extension ({@code .jsonl}, {@code .json}, {@code .xml}, {@code .html}; anything else plain text), its id from
     * its name, its source {@code input}.
     */
    public void readFile(String input, byte[] content, Consumer<Article> articles, Consumer<ReadError> errors,
                         Consumer<ReadWarning> warnings) {
        Objects.requireNonNull(content, "content");
        Path path = Path.of(input);
        new Run(articles, errors, warnings).content(input, path, extension(path), content);
    }

    /**
     * Reads one line of a JSONL file, already decoded, as {@link #read} does: {@code where} names it in errors and
     * warnings ({@code file:line}), {@code source} is the article's source when the line has none (the file). A blank
     * line is no article; a line longer than {@link #read} takes is refused unread.
     */
    public void readJsonLine(String where, String source, String line, Consumer<Article> articles,
                             Consumer<ReadError> errors, Consumer<ReadWarning> warnings) {
        Run run = new Run(articles, errors, warnings);
        String l = line.startsWith("\uFEFF") ? line.substring(1) : line;
        if (l.length() * 3L > lineBytes()) {
            long bytes = l.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > lineBytes()) {
                run.error(where, lineTooLong(bytes));
                return;
            }
        }
        if (!l.isBlank()) {
            run.line(where, source, l);
        }
    }

    private String lineTooLong(long bytes) {
        return String.format(Locale.ROOT, "a line of %,d bytes, more than an article of at most %,d characters can "
                + "take (--max-chars); not read", bytes, maxChars);
    }

    /** The most bytes a plain-text article may take: four per character (UTF-8), plus room for headers. */
    private long textBytes() {
        return 4L * maxChars + 64 * 1024;
    }

    /** The most bytes an HTML page may take: markup, scripts and styles outweigh the text many times. */
    private long htmlBytes() {
        return 40L * maxChars + 1024 * 1024;
    }

    /** The most bytes a JSON line may take: its text written with {@code \\uXXXX} escapes, plus metadata. */
    private long lineBytes() {
        return 6L * maxChars + 64 * 1024;
    }

    /** The state of one {@link #read} call. */
    private final class Run {
        private final Consumer<Article> articles;
        private final Consumer<ReadError> errors;
        private final Consumer<ReadWarning> warnings;
        private final Set<String> ids = new HashSet<>();

        Run(Consumer<Article> articles, Consumer<ReadError> errors, Consumer<ReadWarning> warnings) {
            this.articles = articles;
            this.errors = errors;
            this.warnings = warnings;
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
            try {
                if (JSON_LINES.contains(ext)) {
                    try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
                        jsonLines(input, in);
                    }
                    return;
                }
                if (!tooBig(input, ext, Files.size(path))) {
                    content(input, path, ext, Files.readAllBytes(path));
                }
            } catch (IOException | UncheckedIOException e) {
                error(input, describe(e instanceof UncheckedIOException u ? u.getCause() : (IOException) e));
            }
        }

        /** Whether a file of this kind and size is more than an article can take (reported when it is). */
        private boolean tooBig(String input, String ext, long size) {
            long cap = HTML.contains(ext) ? htmlBytes() : ext.equals("json") ? Long.MAX_VALUE : textBytes();
            if (size > cap) {
                error(input, String.format(Locale.ROOT, "%,d bytes, more than an article of at most %,d characters "
                        + "can take (--max-chars); not read", size, maxChars));
            }
            return size > cap;
        }

        /** The bytes of one file, as {@link #file} reads them. */
        void content(String input, Path path, String ext, byte[] bytes) {
            if (JSON_LINES.contains(ext)) {
                jsonLines(input, new java.io.ByteArrayInputStream(bytes));
                return;
            }
            if (tooBig(input, ext, bytes.length)) {
                return;
            }
            try {
                String content = decode(input, bytes);
                String id = baseName(path);
                if (ext.equals("json")) {
                    json(input, content);
                } else if (ext.equals("xml")) {
                    PetrarchXmlArticles.parse(input, content, a -> deliver(input, a), errors);
                } else if (HTML.contains(ext)) {
                    deliver(input, HtmlArticles.parse(id, input, content, m -> warn(input, m)));
                } else {
                    deliver(input, TextArticles.parse(id, input, content, m -> warn(input, m)));
                }
            } catch (UncheckedIOException e) {
                error(input, describe(e.getCause()));
            }
        }

        void stdin() {
            try {
                BufferedInputStream in = new BufferedInputStream(stdin, 64 * 1024);
                in.mark(4);
                byte[] head = in.readNBytes(4);
                in.reset();
                if (TextDecoder.wideBom(head)) {
                    byte[] all = readCapped(in, Math.max(textBytes(), lineBytes()) * 4);
                    if (all == null) {
                        error("-", "standard input is longer than an article can be (--max-chars); not read");
                        return;
                    }
                    String text = decode("-", all);
                    if (text.strip().startsWith("{")) {
                        jsonLines("-", new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
                    } else if (text.isBlank()) {
                        error("-", "standard input is empty");
                    } else {
                        deliver("-", TextArticles.parse("stdin", "-", text, m -> warn("-", m)));
                    }
                    return;
                }
                in.mark(64 * 1024);
                int c = in.read();
                int seen = 1;
                while (c >= 0 && seen < 64 * 1024 && (c == ' ' || c == '\t' || c == '\r' || c == '\n'
                        || c == 0xEF || c == 0xBB || c == 0xBF)) {
                    c = in.read();
                    seen++;
                }
                in.reset();
                if (c < 0) {
                    error("-", "standard input is empty");
                } else if (c == '{') {
                    jsonLines("-", in);
                } else {
                    byte[] all = readCapped(in, textBytes());
                    if (all == null) {
                        error("-", String.format(Locale.ROOT, "more than %,d bytes, more than an article of at most "
                                + "%,d characters can take (--max-chars); not read", textBytes(), maxChars));
                        return;
                    }
                    deliver("-", TextArticles.parse("stdin", "-", decode("-", all), m -> warn("-", m)));
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
                // not one JSON value: JSON Lines under another name
                jsonLines(input, new java.io.ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
                return;
            }
            if (whole == null || whole.isMissingNode()) {
                error(input, "empty file");
            } else if (whole.isArray()) {
                for (int i = 0; i < whole.size(); i++) {
                    node(input + "[" + i + "]", input, whole.get(i));
                }
            } else {
                node(input, input, whole);
            }
        }

        /** One article a line; each line is decoded on its own, and an overlong one is skipped unread. */
        private void jsonLines(String input, InputStream in) {
            ByteLines lines = new ByteLines(in, lineBytes());
            long firstBad = -1;
            int badBytes = 0;
            try {
                for (ByteLines.Line l = lines.next(); l != null; l = lines.next()) {
                    String where = input + ":" + l.number();
                    if (l.tooLong()) {
                        error(where, lineTooLong(l.length()));
                        continue;
                    }
                    TextDecoder.Decoded d = l.number() == 1 ? TextDecoder.decode(l.bytes(), l.offset())
                            : TextDecoder.utf8(l.bytes(), l.offset());
                    if (d.firstBadByte().isPresent()) {
                        firstBad = firstBad < 0 ? d.firstBadByte().get() : firstBad;
                        badBytes += d.badBytes();
                    }
                    String line = d.text();
                    if (!line.isBlank()) {
                        line(where, input, line);
                    }
                }
            } catch (IOException e) {
                error(input, describe(e));
            }
            if (firstBad >= 0) {
                warn(input, TextDecoder.notUtf8(firstBad, badBytes));
            }
        }

        /** One non-blank JSONL line; {@code source}: the article's source when the line names none. */
        void line(String where, String source, String line) {
            try {
                node(where, source, json.readValue(line));
            } catch (JsonProcessingException e) {
                error(where, "bad JSON: " + PublicationDate.quote(e.getOriginalMessage()));
            }
        }

        private void node(String where, String defaultSource, JsonNode node) {
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
            PublicationDate.Parsed date = PublicationDate.parse(scalar(node, "date").orElse(""));
            date.problem().ifPresent(p -> warn(where, p));
            String source = scalar(node, "source").orElse(defaultSource);
            deliver(where, new Article(id.get(), text.get(), date.date(), scalar(node, "title").orElse(""),
                    scalar(node, "byline").orElse(""), source, scalar(node, "url").orElse("")));
        }

        private void deliver(String where, Article article) {
            if (article.text().isBlank()) {
                error(where, "no article text");
                return;
            }
            if (article.text().length() > maxChars) {
                error(where, String.format(Locale.ROOT, "%,d characters, more than the limit of %,d (--max-chars); "
                        + "not coded", article.text().length(), maxChars));
                return;
            }
            String id = article.id();
            for (int n = 2; !ids.add(id); n++) {
                id = article.id() + "#" + n;
            }
            articles.accept(id.equals(article.id()) ? article : new Article(id, article.text(),
                    article.published(), article.title(), article.byline(), article.source(), article.url()));
        }

        private String decode(String input, byte[] bytes) {
            TextDecoder.Decoded d = TextDecoder.decode(bytes);
            d.problem().ifPresent(w -> warn(input, w));
            return d.text();
        }

        void error(String input, String message) {
            errors.accept(new ReadError(input, message));
        }

        private void warn(String input, String message) {
            warnings.accept(new ReadWarning(input, message));
        }
    }

    private static Optional<String> scalar(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() || value.isNumber() ? Optional.of(value.asText()) : Optional.empty();
    }

    /** All of {@code in}, or null when it holds more than {@code cap} bytes. */
    private static byte[] readCapped(InputStream in, long cap) throws IOException {
        byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, cap + 1));
        return b.length > cap ? null : b;
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
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
