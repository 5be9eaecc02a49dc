package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.dyad.Dyad;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The options every coding command shares ({@code code}, {@code ingest}, {@code serve}, {@code bench},
 * {@code eval gold}): the NLP profile, the coder and PETRARCH dictionaries. They build the command's
 * {@link Dyad}, so every command codes alike.
 */
final class CoderOptions {
    @Option(names = "--nlp", paramLabel = "PROFILE",
            description = "NLP profile: fast (3-class NER, the default) or accurate (all three CoreNLP CRF NER models).")
    String nlp = "fast";

    @Option(names = "--coder", paramLabel = "CODER",
            description = "combined (the default: Dyad's trigger lexicon and actor resolution, with PETRARCH verb "
                    + "patterns for the verbs the lexicon lacks), dyad (the lexicon only) or petrarch (PETRARCH-style "
                    + "verb patterns with Dyad's default dictionaries, built from PETRARCH2's). Every coder's events get "
                    + "the same discards, modality, intent codes, dates and places.")
    String coder;

    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "Code with PETRARCH dictionaries from DIR (PETRARCH's formats, found by its PETR_config.ini "
                    + "or by file name, or Dyad's own .tsv format) laid over the defaults: its entries extend them "
                    + "and win where both name the same phrase or verb. Implies --coder petrarch.")
    Path dictionaries;

    @Option(names = "--petrarch-config", paramLabel = "FILE",
            description = "Code with the dictionaries and [Options] a PETRARCH PETR_config.ini names, laid over the "
                    + "defaults. Implies --coder petrarch.")
    Path petrarchConfig;

    @Option(names = "--parse-all",
            description = "Give every sentence the dependency parse. By default a sentence whose parse could not change "
                    + "the events (no possible actor or no possible trigger, and no person, country or date for a "
                    + "parsed sentence after it) is coded from its words, tags and named entities alone: the same "
                    + "events, faster.")
    boolean parseAll;

    /** Checks the options without loading anything: an unknown profile or coder is a usage error. */
    void validate(CommandSpec spec) {
        try {
            org.dyad.nlp.NlpOptions.profile(nlp);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        coder(spec);
    }

    /** The coder these options name; a bad combination is a usage error. */
    Dyad.Coder coder(CommandSpec spec) {
        boolean petrarch = dictionaries != null || petrarchConfig != null;
        if (coder == null) {
            return petrarch ? Dyad.Coder.PETRARCH : Dyad.Coder.COMBINED;
        }
        Dyad.Coder c;
        try {
            c = Dyad.Coder.named(coder);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (petrarch && c != Dyad.Coder.PETRARCH) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--dictionaries and --petrarch-config need --coder petrarch");
        }
        return c;
    }

    /** The command's Dyad; dictionary problems are printed on {@code err} as {@code file:line: reason}. */
    Dyad build(CommandSpec spec, PrintWriter err, int threads) {
        return build(spec, err, threads, org.dyad.pipeline.Limits.DEFAULTS);
    }

    /** The command's Dyad, coding within {@code limits}. */
    Dyad build(CommandSpec spec, PrintWriter err, int threads, org.dyad.pipeline.Limits limits) {
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        Dyad.Builder b = Dyad.builder().threads(threads).limits(limits).triage(!parseAll);
        try {
            b.nlp(nlp);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Dyad.Coder c = coder(spec);
        b.coder(c);
        if (c == Dyad.Coder.PETRARCH) {
            PetrarchSetup setup = PetrarchSetup.load(spec.commandLine(), Optional.ofNullable(petrarchConfig),
                    Optional.ofNullable(dictionaries), err);
            b.dictionaries(setup.dictionaries()).options(setup.options());
        }
        return b.build();
    }
}
