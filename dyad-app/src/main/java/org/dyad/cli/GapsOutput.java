package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.dictionary.DictionaryLines;
import org.dyad.gaps.Example;
import org.dyad.gaps.GapReport;
import org.dyad.store.ResultTable;
import org.dyad.web.GapsJson;

/**
 * Prints the dictionary gaps ({@code dyad gaps}): as two tables followed by the ready dictionary lines, as TSV
 * (one row per gap), or as JSON (the shape of {@code GET /api/gaps}); and writes the listed rows as dictionary
 * files.
 */
final class GapsOutput {
    static final List<String> FORMATS = List.of("table", "tsv", "json");

    /** The columns of {@code --format tsv}. */
    static final String TSV_HEADER = "list\trank\tname\tmentions\tarticles\tkind\tcode\tcontext\texamples\tline";

    private GapsOutput() {}

    static void print(GapReport.Summary s, String format, PrintWriter out) throws IOException {
        switch (format) {
            case "json" -> out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(GapsJson.of(s)));
            case "tsv" -> tsv(s, out);
            default -> table(s, out);
        }
        out.flush();
    }

    private static void table(GapReport.Summary s, PrintWriter out) throws IOException {
        out.println("Dictionary gaps in " + s.articles() + " articles (" + s.sentences() + " sentences)");
        out.println();
        out.println("Unknown actors: " + s.distinctActors() + " names in " + s.actorMentions() + " mentions"
                + shown(s.actors().size(), s.distinctActors()));
        List<List<Object>> rows = new ArrayList<>();
        int rank = 0;
        for (GapReport.ActorRow r : s.actors()) {
            rows.add(List.of(++rank, r.mentions(), r.articles(), r.name(), r.kind().name().toLowerCase(Locale.ROOT),
                    r.code(), String.join(", ", r.cues()), first(r.examples())));
        }
        QueryOutput.print(new ResultTable(List.of("#", "mentions", "articles", "name", "kind", "code", "cues", "example"),
                rows), "table", out);
        out.println();
        out.println("Uncoded verbs: " + s.distinctVerbs() + " verbs in " + s.verbMentions() + " clauses between two "
                + "actors" + shown(s.verbs().size(), s.distinctVerbs()) + "; " + s.knownVerbs()
                + " of them known to the verb dictionary (see docs/dictionaries.md)");
        rows = new ArrayList<>();
        rank = 0;
        for (GapReport.VerbRow r : s.verbs()) {
            rows.add(List.of(++rank, r.mentions(), r.articles(), r.verb(), String.join(" ", r.forms()),
                    String.join(", ", r.pairs()), r.known().isEmpty() ? "new" : r.known(), first(r.examples())));
        }
        QueryOutput.print(new ResultTable(List.of("#", "mentions", "articles", "verb", "forms", "between", "dictionary",
                "example"),
                rows), "table", out);
        out.println();
        out.println("actors.tsv rows (" + DictionaryLines.PLACEHOLDER + ": a code to choose):");
        out.println(DictionaryLines.actorsHeader());
        s.actors().forEach(r -> out.println(r.line()));
        out.println();
        out.println("verbs.tsv rows (replace " + DictionaryLines.PLACEHOLDER + " by the CAMEO code):");
        out.println(DictionaryLines.verbsHeader());
        s.verbs().forEach(r -> r.lines().forEach(out::println));
    }

    private static String shown(int shown, int all) {
        return shown < all ? " (the " + shown + " most frequent below)" : "";
    }

    private static String first(List<Example> examples) {
        return examples.isEmpty() ? "" : examples.get(0).docId() + ": " + examples.get(0).text();
    }

    private static void tsv(GapReport.Summary s, PrintWriter out) {
        out.println(TSV_HEADER);
        int rank = 0;
        for (GapReport.ActorRow r : s.actors()) {
            out.println(String.join("\t", "actor", String.valueOf(++rank), cell(r.name()), String.valueOf(r.mentions()),
                    String.valueOf(r.articles()), r.kind().name().toLowerCase(Locale.ROOT), cell(r.code()),
                    cell(String.join("; ", r.cues())), examples(r.examples()), cell(r.line())));
        }
        rank = 0;
        for (GapReport.VerbRow r : s.verbs()) {
            out.println(String.join("\t", "verb", String.valueOf(++rank), cell(r.verb()), String.valueOf(r.mentions()),
                    String.valueOf(r.articles()), r.known().isEmpty() ? "verb" : "known verb", DictionaryLines.PLACEHOLDER,
                    cell(String.join("; ", r.pairs())),
                    examples(r.examples()), cell(String.join("\n", r.lines()))));
        }
    }

    /** Examples as {@code doc#sentence: text}, one per line of the cell. */
    private static String examples(List<Example> examples) {
        List<String> lines = new ArrayList<>();
        for (Example e : examples) {
            lines.add(e.docId() + "#" + e.sentence() + ": " + e.text());
        }
        return cell(String.join("\n", lines));
    }

    /** A cell escaped as the dictionary files escape theirs: {@code \\}, {@code \t}, {@code \n}, {@code \r}. */
    static String cell(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** Writes the listed rows as {@code dir/actors.tsv} and {@code dir/verbs.tsv}; never overwrites a file. */
    static void writeDictionaries(GapReport.Summary s, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String> actors = new ArrayList<>();
        actors.add(DictionaryLines.actorsHeader());
        s.actors().forEach(r -> actors.add(r.line()));
        List<String> verbs = new ArrayList<>();
        verbs.add(DictionaryLines.verbsHeader());
        s.verbs().forEach(r -> verbs.addAll(r.lines()));
        write(dir.resolve("actors.tsv"), actors);
        write(dir.resolve("verbs.tsv"), verbs);
    }

    private static void write(Path file, List<String> lines) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW)) {
            for (String l : lines) {
                w.write(l);
                w.write('\n');
            }
        }
    }
}
