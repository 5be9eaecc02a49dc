package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.petrarch.CodingOptions;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryProblem;
import org.dyad.dictionary.DyadDictionaryFormat;
import org.dyad.dictionary.PetrarchConfig;
import picocli.CommandLine;

/** The PETRARCH-style coder a command asked for: default dictionaries, a user's laid over them, options. */
record PetrarchSetup(Dictionaries dictionaries, CodingOptions options) {

    /**
     * Loads the user's dictionaries ({@code --petrarch-config} or {@code --dictionaries}) over Dyad's defaults;
     * problems in them are printed as {@code file:line: reason} and the lines skipped.
     */
    static PetrarchSetup load(CommandLine cl, Optional<Path> config, Optional<Path> dir, PrintWriter err) {
        Dictionaries defaults = Dictionaries.defaults();
        CodingOptions options = CodingOptions.defaults();
        Dictionaries user = null;
        if (config.isPresent()) {
            Path ini = config.get();
            if (!Files.isRegularFile(ini)) {
                throw new CommandLine.ParameterException(cl, "no such file: " + ini);
            }
            user = Dictionaries.fromConfig(ini, dir);
            List<DictionaryProblem> problems = new ArrayList<>();
            try (Reader r = Files.newBufferedReader(ini, StandardCharsets.UTF_8)) {
                options = CodingOptions.fromConfig(PetrarchConfig.read(r, ini.toString(), problems), problems, ini.toString());
            } catch (IOException e) {
                throw new CommandLine.ParameterException(cl, "cannot read " + ini + ": " + e.getMessage());
            }
            problems.forEach(p -> err.println("dyad: " + p));
        } else if (dir.isPresent()) {
            Path d = dir.get();
            if (!Files.isDirectory(d)) {
                throw new CommandLine.ParameterException(cl, "no such folder: " + d);
            }
            user = DictCommand.readDirectory(d);
        }
        Dictionaries merged = defaults;
        if (user != null) {
            for (DictionaryProblem p : DictCommand.problems(user)) {
                err.println("dyad: warning: dictionary " + p);
            }
            err.flush();
            merged = defaults.overlay(user);
        }
        return new PetrarchSetup(merged, options);
    }
}
