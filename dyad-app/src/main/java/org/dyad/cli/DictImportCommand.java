package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryDiff;
import org.dyad.dictionary.DyadDictionaryFormat;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad dict import}: PETRARCH-format dictionaries in, Dyad's own TSV files out. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Read PETRARCH-format dictionaries and write them in Dyad's own format (verbs.tsv, "
                + "actors.tsv, agents.tsv, discards.tsv, issues.tsv).",
                "Lines that cannot be read are listed on stderr as file:line: reason and left out; the counts go "
                        + "to stdout. The written files are read back and compared before the command ends.",
                "Exit code 0 when written (problems are warnings), 3 when a dictionary file could not be read "
                        + "(nothing is written)."})
final class DictImportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    /** Where the PETRARCH dictionaries are. */
    static final class Source {
        @Option(names = "--petrarch-config", paramLabel = "FILE", required = true,
                description = "A PETR_config.ini; the files it names are looked up beside it or in its dictionaries/ folder.")
        Path config;

        @Option(names = "--dictionaries", paramLabel = "DIR", required = true,
                description = "A folder of PETRARCH dictionaries (its PETR_config.ini if any, else files by name: "
                        + "*verb* or CAMEO*, *actor*, *agent*, *discard*, *issue*).")
        Path dir;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder to write the TSV files into (created if missing; files of the same names are replaced).")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Dictionaries d = DictCommand.load(spec.commandLine(), Optional.ofNullable(source.config),
                Optional.ofNullable(source.dir), Optional.empty());
        DictCommand.printProblems(DictCommand.problems(d), "", err);
        DictCommand.printCounts(d, stdout);
        if (DictCommand.unreadableFiles(d) > 0) {
            err.println("dyad dict import: a dictionary file could not be read; nothing written");
            err.flush();
            return ExitCodes.INPUT_ERRORS;
        }
        DyadDictionaryFormat.Written written = DyadDictionaryFormat.write(d, out);
        DictCommand.printProblems(written.notes(), "note: ", err);
        StringBuilder files = new StringBuilder();
        for (Map.Entry<String, Integer> f : written.rows().entrySet()) {
            files.append(files.length() == 0 ? "" : ", ").append(f.getKey()).append(' ').append(f.getValue());
        }
        stdout.printf("wrote     %s: %s rows%n", out, files);
        if (!written.notes().isEmpty()) {
            stdout.printf("notes     %d (listed on stderr)%n", written.notes().size());
        }
        Dictionaries back = DyadDictionaryFormat.read(out);
        List<String> differences = DictionaryDiff.between(DyadDictionaryFormat.normalize(d), back, 10);
        if (!back.problems().isEmpty() || !differences.isEmpty()) {
            DictCommand.printProblems(back.problems(), "re-read: ", err);
            differences.forEach(x -> err.println("re-read differs: " + x));
            err.println("dyad dict import: the written files do not read back the same; this is a bug");
            err.flush();
            return ExitCodes.SOFTWARE;
        }
        stdout.println("checked   the written files read back the same");
        stdout.flush();
        return ExitCodes.OK;
    }
}
