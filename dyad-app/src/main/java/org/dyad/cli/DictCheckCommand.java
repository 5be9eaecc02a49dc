package org.dyad.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.dictionary.Dictionaries;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad dict check}: read dictionaries and report their problems and counts. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Read dictionaries and report what they hold; lines that cannot be read (unbalanced brackets, "
                + "malformed codes), duplicate entries and unknown event codes are listed on stderr as "
                + "file:line: reason, quoting at most 120 characters of a line.",
                "Without an option, checks the dictionaries built into Dyad.",
                "Exit code 0 when readable (problems are warnings), 3 when a dictionary file could not be read."})
final class DictCheckCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    /** Which dictionaries to check. */
    static final class Source {
        @Option(names = "--petrarch-config", paramLabel = "FILE", required = true,
                description = "A PETR_config.ini; the files it names are looked up beside it or in its dictionaries/ folder.")
        Path config;

        @Option(names = "--dictionaries", paramLabel = "DIR", required = true,
                description = "A folder of dictionaries as code --dictionaries reads it: PETRARCH's formats, or "
                        + "Dyad's own .tsv format.")
        Path dir;

        @Option(names = "--own", paramLabel = "DIR", required = true,
                description = "A folder of Dyad-format dictionaries (verbs.tsv, actors.tsv, agents.tsv, discards.tsv, issues.tsv).")
        Path own;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Source source;

    @Override
    public Integer call() {
        Dictionaries d = source == null ? Dictionaries.defaults()
                : DictCommand.load(spec.commandLine(), Optional.ofNullable(source.config), Optional.ofNullable(source.dir),
                        Optional.ofNullable(source.own));
        DictCommand.printProblems(DictCommand.problems(d), "", spec.commandLine().getErr());
        DictCommand.printCounts(d, spec.commandLine().getOut());
        return DictCommand.unreadableFiles(d) > 0 ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
    }
}
