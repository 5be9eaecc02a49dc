package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.Dyad;
import org.dyad.article.Article;
import org.dyad.gaps.GapReport;
import org.dyad.gaps.GapStage;
import org.dyad.pipeline.ArticleCoder;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;
import org.dyad.store.StoredArticles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad gaps}: what the coder saw in the articles but could not code, with the dictionary lines that would. */
@Command(name = "gaps", mixinStandardHelpOptions = true,
        description = {"List the dictionary gaps of articles: what the coder saw but could not code, most frequent "
                + "first, each with up to three example sentences and a ready line of Dyad's dictionary format "
                + "(docs/dictionaries.md).",
                "Unknown actors: person and organisation names (and proper nouns heading a subject or object) that no "
                        + "actor dictionary entry covers, with the title and nationality words found near them and "
                        + "the actors.tsv row that would code them (the code those words imply, else ??? to fill in).",
                "Uncoded verbs: verbs heading a clause between two coded actors where no trigger or pattern "
                        + "proposed an event, with the verbs.tsv rows that add them (for a verb the verb dictionary "
                        + "knows but whose patterns did not fit, rows that replace its entry); their code is ??? until "
                        + "you write the CAMEO code (Dyad never guesses one).",
                "Put the lines you keep in a folder as actors.tsv and verbs.tsv (under each file's header, or let "
                        + "--out write both) and code with --dictionaries DIR.",
                "Inputs as for dyad code, or --db FILE to code the articles of an event store again (both may be "
                        + "given). An input that cannot be read or coded is reported on stderr by name (exit code 3)."})
final class GapsCommand implements Callable<Integer> {
    /** Articles read from the store at a time. */
    private static final int PAGE = 200;

    @Spec CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files, folders, or - for standard input.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--db", paramLabel = "FILE", description = "Also code again every article of this event store.")
    Path db;

    @Option(names = "--top", paramLabel = "N", description = "Rows per list (default: ${DEFAULT-VALUE}; 0 for all).")
    int top = 50;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "table (the default: both lists, then the ready lines), tsv (one row per gap; cells "
                    + "escaped as in the dictionary files) or json.")
    String format = "table";

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Also write the listed rows as DIR/actors.tsv and DIR/verbs.tsv, with their headers, to "
                    + "edit and use with --dictionaries DIR (an existing file there is never overwritten).")
    Path out;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Articles coded in parallel (default: ${DEFAULT-VALUE}).")
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

    @Mixin CoderOptions coding;

    @Mixin LimitOptions limitOptions;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!GapsOutput.FORMATS.contains(format)) {
            throw new ParameterException(spec.commandLine(), "unknown format '" + format + "'; choose one of "
                    + GapsOutput.FORMATS);
        }
        if (inputs.isEmpty() && db == null) {
            throw new ParameterException(spec.commandLine(), "give the articles: PATH... or --db FILE");
        }
        if (top < 0) {
            throw new ParameterException(spec.commandLine(), "--top is 0 (all) or more");
        }
        if (out != null) {
            for (String f : List.of("actors.tsv", "verbs.tsv")) {
                if (Files.exists(out.resolve(f))) {
                    throw new ParameterException(spec.commandLine(), "--out " + out + ": " + f
                            + " is there already; give a new folder");
                }
            }
        }
        coding.validate(spec);
        org.dyad.pipeline.Limits limits = limitOptions.limits(spec);
        Dyad dyad = coding.build(spec, err, threads, limits);
        GapReport report = new GapReport();
        ArticleCoder coder = new ArticleCoder(dyad.parser(), GapStage.appendTo(dyad.pipeline(), report))
                .withLimits(limits);
        AtomicInteger failures = new AtomicInteger();
        if (!inputs.isEmpty()) {
            Inputs.Result read = Inputs.read(inputs, limits.maxChars(), err);
            failures.addAndGet(read.errors().size());
            code(coder, read.articles(), failures, err);
            if (read.articles().isEmpty() && read.errors().isEmpty()) {
                err.println("dyad: no articles found in " + inputs);
            }
        }
        if (db != null) {
            try (EventStore store = EventStore.openReadOnly(db)) {
                StoredArticles stored = new StoredArticles(store);
                String after = "";
                for (List<Article> page = stored.page(after, PAGE); !page.isEmpty(); page = stored.page(after, PAGE)) {
                    code(coder, page, failures, err);
                    after = page.get(page.size() - 1).id();
                }
            } catch (StoreException e) {
                err.println("dyad: " + e.getMessage());
                err.flush();
                return ExitCodes.INPUT_ERRORS;
            }
        }
        GapReport.Summary summary = report.summary(top == 0 ? -1 : top);
        PrintWriter stdout = spec.commandLine().getOut();
        GapsOutput.print(summary, format, stdout);
        if (out != null) {
            GapsOutput.writeDictionaries(summary, out);
            err.println("dyad: wrote " + out.resolve("actors.tsv") + " (" + summary.actors().size() + " rows) and "
                    + out.resolve("verbs.tsv") + " (" + summary.verbs().size() + " verbs); replace every ??? before "
                    + "using them");
            err.flush();
        }
        return failures.get() == 0 ? ExitCodes.OK : ExitCodes.INPUT_ERRORS;
    }

    private void code(ArticleCoder coder, List<Article> articles, AtomicInteger failures, PrintWriter err) {
        coder.codeAll(articles, threads, coded -> { }, failure -> {
            failures.incrementAndGet();
            err.println("dyad: " + failure.article().id() + " (" + failure.article().source()
                    + "): could not be coded: " + failure.message());
            err.flush();
        });
    }
}
