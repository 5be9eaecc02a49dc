package org.dyad.dictionary;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The dictionaries a coder uses: verb patterns, actors, agents, discards, issues, with the problems met
 * reading them. Immutable.
 *
 * @param verbs    verb patterns
 * @param actors   named actors
 * @param agents   agent nouns
 * @param discards discard phrases
 * @param issues   issue phrases
 * @param problems lines that could not be read
 */
public record Dictionaries(VerbDictionary verbs, ActorDictionary actors, AgentDictionary agents,
                           DiscardDictionary discards, IssueDictionary issues, List<DictionaryProblem> problems) {
    public Dictionaries {
        problems = List.copyOf(problems);
    }

    public static Dictionaries empty() {
        return new Dictionaries(VerbDictionary.empty(), ActorDictionary.empty(), AgentDictionary.empty(),
            DiscardDictionary.empty(), IssueDictionary.empty(), List.of());
    }

    /**
     * The default dictionaries: PETRARCH2's production dictionaries (CAMEO verb patterns, Phoenix actors,
     * agents, discards and issues) as converted into Dyad's own format by {@code dyad dict import} and shipped
     * as class-path resources under {@code org/dyad/dictionary/}. Loaded once, on first use; thread-safe.
     */
    public static Dictionaries defaults() {
        return Defaults.DICTIONARIES;
    }

    /**
     * The defaults with Dyad's own entries laid over them (org/dyad/dictionary/supplement/): actors (office
     * holders and organisations since PETRARCH2's dictionaries were last revised, about 2015, with dated codes,
     * later offices closing the open-ended ones of the Phoenix file) and discards (sport and market reports
     * the Phoenix file misses), without the Phoenix discards Dyad does not honour. Loaded once.
     */
    public static Dictionaries defaultsWithSupplement() {
        return Supplemented.DICTIONARIES;
    }

    private static final class Supplemented {
        static final Dictionaries DICTIONARIES = new Dictionaries(defaults().verbs(), defaults().actors()
                .overlay(DyadDictionaryFormat.readActorsResource("org/dyad/dictionary/supplement/actors.tsv")),
                defaults().agents(), withoutNotHonoured(defaults().discards()
                .overlay(DyadDictionaryFormat.readDiscardsResource("org/dyad/dictionary/supplement/discards.tsv"))),
                defaults().issues(), defaults().problems());
    }

    /**
     * Discards of the Phoenix file Dyad does not honour ({@code supplement/discards-not-honoured.tsv}, with the
     * reason for each): history (bare years, "years ago", "World War II"), since Dyad dates such sentences and
     * flags their events historical instead; epidemics ("Ebola", "bird flu") and natural disasters ("typhoon",
     * "tsunami"), since aid against them and measures taken are events and a disease or a storm is never an actor.
     */
    private static DiscardDictionary withoutNotHonoured(DiscardDictionary discards) {
        java.util.Set<String> skipped = new java.util.HashSet<>();
        for (String[] row : TsvResource.read(Dictionaries.class, "supplement/discards-not-honoured.tsv", 2)) {
            skipped.add(row[0]);
        }
        return new DiscardDictionary(discards.entries().stream()
                .filter(e -> !skipped.contains(String.join("_", e.phrase().words())))
                .toList());
    }

    /** These dictionaries with other actors. */
    public Dictionaries withActors(ActorDictionary a) {
        return new Dictionaries(verbs, a, agents, discards, issues, problems);
    }

    private static final class Defaults {
        static final Dictionaries DICTIONARIES = DyadDictionaryFormat.readResources();
    }

    /** This set with {@code over} laid on top: its entries win where both have the same phrase or verb. */
    public Dictionaries overlay(Dictionaries over) {
        List<DictionaryProblem> p = new ArrayList<>(problems);
        p.addAll(over.problems);
        return new Dictionaries(verbs.overlay(over.verbs), actors.overlay(over.actors), agents.overlay(over.agents),
            discards.overlay(over.discards), issues.overlay(over.issues), p);
    }

    /** The kinds of PETRARCH dictionary file. */
    public enum Kind {
        VERBS, ACTORS, AGENTS, DISCARDS, ISSUES
    }

    /**
     * Reads the dictionaries a PETRARCH config names. File names are resolved against {@code dir} when given,
     * else against the config's own folder.
     */
    public static Dictionaries fromConfig(Path ini, Optional<Path> dir) {
        List<DictionaryProblem> problems = new ArrayList<>();
        PetrarchConfig config;
        try (Reader r = Files.newBufferedReader(ini, StandardCharsets.UTF_8)) {
            config = PetrarchConfig.read(r, ini.toString(), problems);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ini + ": " + e.getMessage(), e);
        }
        Path folder = ini.toAbsolutePath().getParent();
        // PETRARCH keeps its dictionaries in a dictionaries/ folder beside its config
        Path base = dir.orElse(Files.isDirectory(folder.resolve("dictionaries"))
            && config.verbFile().map(f -> !Files.exists(folder.resolve(f))).orElse(false)
            ? folder.resolve("dictionaries") : folder);
        Builder b = new Builder(problems);
        config.verbFile().ifPresent(f -> b.read(Kind.VERBS, base.resolve(f)));
        config.actorFiles().forEach(f -> b.read(Kind.ACTORS, base.resolve(f)));
        config.agentFile().ifPresent(f -> b.read(Kind.AGENTS, base.resolve(f)));
        config.discardFile().ifPresent(f -> b.read(Kind.DISCARDS, base.resolve(f)));
        config.issueFile().ifPresent(f -> b.read(Kind.ISSUES, base.resolve(f)));
        return b.build();
    }

    /**
     * Reads every PETRARCH dictionary in a folder: a {@code PETR_config.ini} there decides which files;
     * without one, files are recognised by name ({@code *verb*} or {@code CAMEO*}, {@code *actor*},
     * {@code *agent*}, {@code *discard*}, {@code *issue*}).
     */
    public static Dictionaries fromDirectory(Path dir) {
        Path ini = dir.resolve("PETR_config.ini");
        if (Files.isRegularFile(ini)) {
            return fromConfig(ini, Optional.of(dir));
        }
        List<DictionaryProblem> problems = new ArrayList<>();
        Builder b = new Builder(problems);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        for (Path f : files) {
            kindOf(f.getFileName().toString()).ifPresent(k -> b.read(k, f));
        }
        return b.build();
    }

    /** The kind of dictionary a file name suggests, if any. */
    public static Optional<Kind> kindOf(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (!n.endsWith(".txt")) {
            return Optional.empty();
        }
        if (n.contains("verb") || n.startsWith("cameo")) {
            return Optional.of(Kind.VERBS);
        }
        if (n.contains("actor")) {
            return Optional.of(Kind.ACTORS);
        }
        if (n.contains("agent")) {
            return Optional.of(Kind.AGENTS);
        }
        if (n.contains("discard")) {
            return Optional.of(Kind.DISCARDS);
        }
        if (n.contains("issue")) {
            return Optional.of(Kind.ISSUES);
        }
        return Optional.empty();
    }

    /** Collects dictionaries file by file; later actor files add to earlier ones. */
    public static final class Builder {
        private final List<DictionaryProblem> problems;
        private VerbDictionary verbs = VerbDictionary.empty();
        private final List<ActorEntry> actors = new ArrayList<>();
        private final List<AgentEntry> agents = new ArrayList<>();
        private final List<DiscardDictionary.Entry> discards = new ArrayList<>();
        private final List<IssueDictionary.Entry> issues = new ArrayList<>();

        public Builder(List<DictionaryProblem> problems) {
            this.problems = problems;
        }

        /** Reads one file of the given kind; a file that cannot be opened is a problem, not a crash. */
        public Builder read(Kind kind, Path file) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return read(kind, r, file.getFileName().toString());
            } catch (IOException | UncheckedIOException e) {
                problems.add(new DictionaryProblem(file.toString(), 0, "cannot read: " + e.getMessage()));
                return this;
            }
        }

        public Builder read(Kind kind, Reader r, String name) {
            switch (kind) {
                case VERBS -> verbs = verbs.overlay(VerbReader.read(r, name, problems));
                case ACTORS -> actors.addAll(ActorReader.read(r, name, problems).entries());
                case AGENTS -> agents.addAll(AgentReader.read(r, name, problems).entries());
                case DISCARDS -> discards.addAll(DiscardReader.read(r, name, problems).entries());
                case ISSUES -> issues.addAll(IssueReader.read(r, name, problems).entries());
                default -> throw new IllegalStateException(kind.toString());
            }
            return this;
        }

        public Dictionaries build() {
            return new Dictionaries(verbs, new ActorDictionary(actors), new AgentDictionary(agents),
                new DiscardDictionary(discards), new IssueDictionary(issues), problems);
        }
    }
}
