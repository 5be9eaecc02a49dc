package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import org.dyad.store.DateRange;
import org.dyad.store.EventStore;
import org.dyad.store.Period;
import org.dyad.store.Queries;
import org.dyad.store.ResultTable;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dyad query}: questions to the event store, answered as a table, JSON or CSV. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Ask the event store. Every count is of events (mentions of the same happening merged); an "
                + "actor matches by code prefix, any case (IRN matches IRN, IRNGOV, IRNGOVMIL).",
                "Output: a table (the default), --format json (an array of objects) or --format csv."},
        subcommands = {QueryCommand.Timeline.class, QueryCommand.Events.class, QueryCommand.Actors.class,
                QueryCommand.Agreements.class, QueryCommand.Network.class})
final class QueryCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "choose a query: timeline, events, actors, agreements or network");
    }

    /** Options every query takes (a picocli mixin). */
    static final class Common {
        @Mixin StoreFile store;

        @Mixin StoreSource source;

        @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "table (the default), json or csv.")
        String format = "table";

        @Option(names = "--from", paramLabel = "DATE", description = "Only events on or after DATE (YYYY-MM-DD).")
        String from;

        @Option(names = "--to", paramLabel = "DATE", description = "Only events on or before DATE (YYYY-MM-DD).")
        String to;

        /** Checks the options, runs the query on the store read-only and prints the answer. */
        int run(CommandSpec spec, BiFunction<Queries, DateRange, ResultTable> query) throws IOException {
            if (!QueryOutput.FORMATS.contains(format)) {
                throw new ParameterException(spec.commandLine(), "unknown format '" + format + "'; choose one of "
                        + QueryOutput.FORMATS);
            }
            DateRange range;
            try {
                range = new DateRange(date(spec, "--from", from), date(spec, "--to", to));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            source.validate(spec);
            PrintWriter err = spec.commandLine().getErr();
            EventStore es;
            try {
                es = source.openReadOnly(store.db);
            } catch (StoreException e) {
                err.println("dyad: " + e.getMessage());
                err.flush();
                return ExitCodes.STORE;
            }
            try (es) {
                QueryOutput.print(query.apply(new Queries(es), range), format, spec.commandLine().getOut());
            }
            return ExitCodes.OK;
        }

        private static Optional<LocalDate> date(CommandSpec spec, String option, String value) {
            if (value == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.parse(value.strip()));
            } catch (DateTimeParseException e) {
                throw new ParameterException(spec.commandLine(), option + " '" + value + "' is not a date (YYYY-MM-DD)");
            }
        }
    }

    @Command(name = "timeline", mixinStandardHelpOptions = true,
            description = {"Events between two actors, both directions, per day, ISO week or month: events, each "
                    + "direction (a_to_b, b_to_a), per QuadClass (verbal/material cooperation, verbal/material "
                    + "conflict), the Goldstein sum and mean (per event), and mentions. Periods without events are "
                    + "left out."})
    static final class Timeline implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin Common common;

        @Option(names = "--dyad", required = true, paramLabel = "A:B", description = "The two actors, e.g. AZE:IRN.")
        String dyad;

        @Option(names = "--by", paramLabel = "PERIOD", description = "day, week or month (default: ${DEFAULT-VALUE}).")
        String by = "month";

        @Override
        public Integer call() throws IOException {
            String[] ab = dyad.split(":", -1);
            if (ab.length != 2 || ab[0].isBlank() || ab[1].isBlank()) {
                throw new ParameterException(spec.commandLine(), "--dyad wants two actors as A:B, e.g. AZE:IRN");
            }
            Period period;
            try {
                period = Period.parse(by);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            return common.run(spec, (q, range) -> q.timeline(ab[0], ab[1], period, range));
        }
    }

    @Command(name = "events", mixinStandardHelpOptions = true,
            description = {"Events by date, with their counts and the first mention's sentence."})
    static final class Events implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin Common common;

        @Option(names = "--actor", paramLabel = "CODE", description = "Source or target starts with CODE (IRN, AZEGOV).")
        String actor = "";

        @Option(names = "--code", paramLabel = "CAMEO", description = "The CAMEO code starts with this (05, 057).")
        String code = "";

        @Option(names = "--limit", paramLabel = "N", description = "At most N events, 0 for all (default: ${DEFAULT-VALUE}).")
        long limit = 100;

        @Override
        public Integer call() throws IOException {
            if (limit < 0 || !code.strip().matches("\\d{0,4}")) {
                throw new ParameterException(spec.commandLine(), "--limit is 0 or more; --code is up to 4 digits");
            }
            return common.run(spec, (q, range) -> q.events(actor, code, range, limit));
        }
    }

    @Command(name = "actors", mixinStandardHelpOptions = true,
            description = {"The actors in the most events (as source or target), with their most frequent name."})
    static final class Actors implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin Common common;

        @Option(names = "--top", paramLabel = "N", description = "How many, 0 for all (default: ${DEFAULT-VALUE}).")
        int top = 20;

        @Override
        public Integer call() throws IOException {
            if (top < 0) {
                throw new ParameterException(spec.commandLine(), "--top is 0 or more");
            }
            return common.run(spec, (q, range) -> q.actors(top, range));
        }
    }

    @Command(name = "agreements", mixinStandardHelpOptions = true,
            description = {"The register of signed agreements: CAMEO 057 (sign formal agreement) and 0871 (declare "
                    + "truce, ceasefire); one row per date, pair of parties and code, whichever direction the text "
                    + "put them in: what (the code and the trigger word), the first report's sentence and article, "
                    + "how many articles and mentions report it."})
    static final class Agreements implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin Common common;

        @Option(names = "--actor", paramLabel = "CODE", description = "A party starts with CODE.")
        String actor = "";

        @Override
        public Integer call() throws IOException {
            return common.run(spec, (q, range) -> q.agreements(actor, range));
        }
    }

    @Command(name = "network", mixinStandardHelpOptions = true,
            description = {"Directed actor pairs (source -> target) by number of events, with mentions, events per "
                    + "QuadClass and the mean Goldstein score."})
    static final class Network implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin Common common;

        @Option(names = "--actor", paramLabel = "CODE", description = "Source or target starts with CODE.")
        String actor = "";

        @Option(names = "--countries", description = "Reduce actors to their country (AZEGOVMIL -> AZE).")
        boolean countries;

        @Option(names = "--top", paramLabel = "N", description = "How many pairs, 0 for all (default: ${DEFAULT-VALUE}).")
        int top = 50;

        @Override
        public Integer call() throws IOException {
            if (top < 0) {
                throw new ParameterException(spec.commandLine(), "--top is 0 or more");
            }
            return common.run(spec, (q, range) -> q.network(actor, countries, top, range));
        }
    }
}
