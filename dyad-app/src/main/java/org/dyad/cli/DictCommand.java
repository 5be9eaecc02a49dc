package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryProblem;
import org.dyad.dictionary.DiscardDictionary;
import org.dyad.dictionary.DyadDictionaryFormat;
import org.dyad.dictionary.IssueDictionary;
import org.dyad.dictionary.VerbBlock;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code dyad dict}: the dictionaries the coder uses. Not runnable itself: picocli asks for a subcommand.
 * The helpers here are shared by its subcommands.
 */
@Command(name = "dict", mixinStandardHelpOptions = true,
        description = {"Import, convert and check event-coding dictionaries (verb patterns, actors, agents, "
                + "discards, issues).",
                "PETRARCH-format dictionaries are read from a PETR_config.ini or a folder; Dyad's own format is a "
                        + "folder of TSV files (see docs/dictionaries.md)."},
        subcommands = {DictImportCommand.class, DictCheckCommand.class})
final class DictCommand {
    private DictCommand() {}

    /** Reads PETRARCH dictionaries from a config file or a folder, or Dyad's own format from a folder. */
    static Dictionaries load(CommandLine cl, Optional<Path> petrarchConfig, Optional<Path> petrarchDir,
                             Optional<Path> ownDir) {
        if (petrarchConfig.isPresent()) {
            Path ini = petrarchConfig.get();
            if (!Files.isRegularFile(ini)) {
                throw new CommandLine.ParameterException(cl, "no such file: " + ini);
            }
            return Dictionaries.fromConfig(ini, Optional.empty());
        }
        Path dir = petrarchDir.or(() -> ownDir).orElseThrow();
        if (!Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(cl, "no such folder: " + dir);
        }
        return petrarchDir.isPresent() ? readDirectory(dir) : DyadDictionaryFormat.read(dir);
    }

    /**
     * The dictionaries in a folder, in whichever format it holds: Dyad's own ({@code verbs.tsv} or
     * {@code actors.tsv} there) or PETRARCH's. {@code code --dictionaries} and {@code dict check --dictionaries}
     * both read through here, so they see the same problems.
     */
    static Dictionaries readDirectory(Path d) {
        return Files.isRegularFile(d.resolve("verbs.tsv")) || Files.isRegularFile(d.resolve("actors.tsv"))
                ? DyadDictionaryFormat.read(d) : Dictionaries.fromDirectory(d);
    }

    /** The problems of {@code d}: what its readers met, then duplicates and unknown codes. */
    static List<DictionaryProblem> problems(Dictionaries d) {
        List<DictionaryProblem> all = new java.util.ArrayList<>(d.problems());
        all.addAll(org.dyad.dictionary.DictionaryChecks.check(d));
        return all;
    }

    /** Prints each problem as {@code file:line: reason}, with a prefix. */
    static void printProblems(List<DictionaryProblem> problems, String prefix, PrintWriter err) {
        for (DictionaryProblem p : problems) {
            err.println(prefix + p);
        }
        err.flush();
    }

    /** Problems at line 0 are whole files that could not be read. */
    static long unreadableFiles(Dictionaries d) {
        return d.problems().stream().filter(p -> p.line() == 0).count();
    }

    /** What the dictionaries hold, one line per kind. */
    static void printCounts(Dictionaries d, PrintWriter out) {
        List<VerbBlock> blocks = d.verbs().blocks();
        int verbs = blocks.stream().mapToInt(b -> b.verbs().size()).sum();
        int alternatives = d.verbs().synsets().values().stream().mapToInt(List::size).sum();
        out.printf("verbs     %d blocks, %d verbs, %d patterns, %d synonym sets (%d alternatives), %d transformations, "
                        + "%s syntax%n", blocks.size(), verbs, d.verbs().patternCount(), d.verbs().synsets().size(),
                alternatives, d.verbs().transformations().size(),
                d.verbs().syntax().name().toLowerCase(java.util.Locale.ROOT));
        int phrases = d.actors().entries().stream().mapToInt(e -> e.phrases().size()).sum();
        int codes = d.actors().entries().stream().mapToInt(e -> e.codes().size()).sum();
        long dated = d.actors().entries().stream().flatMap(e -> e.codes().stream()).filter(c -> c.dated()).count();
        out.printf("actors    %d actors, %d phrases (%d distinct), %d codes (%d dated)%n", d.actors().entries().size(),
                phrases, d.actors().phraseCount(), codes, dated);
        long prefixes = d.agents().entries().stream().filter(e -> e.prefix()).count();
        out.printf("agents    %d phrases (%d with the code before the actor's)%n", d.agents().entries().size(), prefixes);
        long story = d.discards().entries().stream().filter(DiscardDictionary.Entry::story).count();
        out.printf("discards  %d phrases (%d story-level)%n", d.discards().entries().size(), story);
        long exclusions = d.issues().entries().stream().filter(IssueDictionary.Entry::exclusion).count();
        out.printf("issues    %d phrases (%d exclusions)%n", d.issues().entries().size(), exclusions);
        int problems = problems(d).size();
        out.printf("problems  %d%s%n", problems, problems == 0 ? "" : " (listed on stderr)");
        out.flush();
    }
}
