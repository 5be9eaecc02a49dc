package org.dyad.dictionary;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dyad's own dictionary format: a folder of five UTF-8 TSV files, {@code verbs.tsv}, {@code actors.tsv},
 * {@code agents.tsv}, {@code discards.tsv} and {@code issues.tsv}, each with a header row and one fact per
 * row in dictionary order, each row saying in its {@code source} column the {@code file:line} it came from.
 * Writing the same dictionaries gives the same bytes, so a re-import diffs cleanly; reading them back gives
 * the same dictionaries ({@link #normalize} says the few things the format cannot repeat). The columns are
 * described in docs/dictionaries.md.
 *
 * <p>Reading never throws on bad data: a row that cannot be read is a {@link DictionaryProblem}
 * ({@code verbs.tsv:12: reason}) and is skipped; a file with the wrong header is one problem and is skipped
 * whole. Stateless and thread-safe.
 */
public final class DyadDictionaryFormat {
    /** The files of the format, in the order they are written. */
    public static final List<String> FILES = List.of(VerbsTsv.FILE, ActorsTsv.FILE, AgentsTsv.FILE, DiscardsTsv.FILE,
        IssuesTsv.FILE);
    /** Where {@link #readResources()} finds the default dictionaries on the class path. */
    public static final String RESOURCE_FOLDER = "org/dyad/dictionary/";

    private DyadDictionaryFormat() {
    }

    /**
     * What writing gave: the data rows written per file, and notes on what the source held that the format
     * does not repeat (each with the {@code file:line} of the source entry).
     */
    public record Written(Map<String, Integer> rows, List<DictionaryProblem> notes) {
        public Written {
            rows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rows));
            notes = List.copyOf(notes);
        }
    }

    /** Writes the five files into {@code dir} (created if missing), replacing files of the same names. */
    public static Written write(Dictionaries d, Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, Integer> rows = new LinkedHashMap<>();
        List<DictionaryProblem> notes = new ArrayList<>();
        for (String name : FILES) {
            try (Writer w = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8)) {
                rows.put(name, write(name, d, w, notes));
            }
        }
        return new Written(rows, notes);
    }

    /** Writes one of the {@link #FILES}; returns the number of data rows. */
    static int write(String file, Dictionaries d, Writer w, List<DictionaryProblem> notes) throws IOException {
        return switch (file) {
            case VerbsTsv.FILE -> VerbsTsv.write(d.verbs(), w, notes);
            case ActorsTsv.FILE -> ActorsTsv.write(d.actors(), w, notes);
            case AgentsTsv.FILE -> AgentsTsv.write(d.agents(), w);
            case DiscardsTsv.FILE -> DiscardsTsv.write(d.discards(), w);
            case IssuesTsv.FILE -> IssuesTsv.write(d.issues(), w);
            default -> throw new IllegalArgumentException("not a file of the format: " + file);
        };
    }

    /**
     * Reads the files in {@code dir}. A missing file reads as an empty dictionary of its kind, so a folder
     * may hold only the kinds it overrides; a folder with none of them is a problem.
     */
    public static Dictionaries read(Path dir) {
        List<DictionaryProblem> problems = new ArrayList<>();
        Parts parts = new Parts();
        boolean any = false;
        for (String name : FILES) {
            Path file = dir.resolve(name);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            any = true;
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                parts.read(name, r, problems);
            } catch (IOException | UncheckedIOException e) {
                problems.add(new DictionaryProblem(file.toString(), 0, "cannot read: " + e.getMessage()));
            }
        }
        if (!any) {
            problems.add(new DictionaryProblem(dir.toString(), 0, "no Dyad dictionary files (" + String.join(", ", FILES)
                + ") here"));
        }
        return parts.build(problems);
    }

    /** Reads the five files from the class path folder {@value #RESOURCE_FOLDER}; a missing one is a problem. */
    public static Dictionaries readResources() {
        List<DictionaryProblem> problems = new ArrayList<>();
        Parts parts = new Parts();
        ClassLoader loader = DyadDictionaryFormat.class.getClassLoader();
        for (String name : FILES) {
            String resource = RESOURCE_FOLDER + name;
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    problems.add(new DictionaryProblem(resource, 0, "resource not found"));
                    continue;
                }
                parts.read(name, new InputStreamReader(in, StandardCharsets.UTF_8), problems);
            } catch (IOException | UncheckedIOException e) {
                problems.add(new DictionaryProblem(resource, 0, "cannot read: " + e.getMessage()));
            }
        }
        return parts.build(problems);
    }

    /**
     * An actor dictionary in this format's actors.tsv layout, read from a class-path resource: how Dyad ships
     * its own actors beside PETRARCH's ({@code org/dyad/dictionary/supplement/actors.tsv}). A bad row throws,
     * naming the resource and line.
     */
    public static ActorDictionary readActorsResource(String resource) {
        return readResource(resource, ActorsTsv::read);
    }

    /** A discard dictionary in this format's discards.tsv layout, read from a class-path resource. */
    public static DiscardDictionary readDiscardsResource(String resource) {
        return readResource(resource, DiscardsTsv::read);
    }

    private interface Reading<T> {
        T read(java.io.Reader r, String file, List<DictionaryProblem> problems);
    }

    private static <T> T readResource(String resource, Reading<T> reading) {
        List<DictionaryProblem> problems = new ArrayList<>();
        try (InputStream in = DyadDictionaryFormat.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            T d = reading.read(new InputStreamReader(in, StandardCharsets.UTF_8), resource, problems);
            if (!problems.isEmpty()) {
                throw new IllegalStateException(problems.get(0).toString());
            }
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code d} as this format holds it, which is what reading its written files gives: an actor's
     * repeated phrases and codes once, synonym sets without members left out, and a pattern's
     * {@code verbAdjacentAfter} taken from its first element after the verb. Problems are kept.
     */
    public static Dictionaries normalize(Dictionaries d) {
        VerbDictionary v = d.verbs();
        Map<String, List<List<PatternElement>>> sets = new LinkedHashMap<>();
        v.synsets().forEach((name, alternatives) -> {
            if (!alternatives.isEmpty()) {
                sets.put(name, alternatives);
            }
        });
        List<VerbBlock> blocks = new ArrayList<>();
        for (VerbBlock b : v.blocks()) {
            List<VerbPattern> patterns = new ArrayList<>();
            for (VerbPattern p : b.patterns()) {
                boolean after = !p.post().isEmpty() && p.post().get(0).adjacent();
                patterns.add(new VerbPattern(p.pre(), p.post(), p.verbAdjacentBefore(), after, p.code(), p.text(),
                    p.file(), p.line()));
            }
            blocks.add(new VerbBlock(b.name(), b.code(), b.verbs(), patterns, b.file(), b.line()));
        }
        List<ActorEntry> actors = d.actors().entries().stream().map(ActorsTsv::normalize).toList();
        return new Dictionaries(new VerbDictionary(sets, blocks, v.transformations(), v.syntax()),
            new ActorDictionary(actors), d.agents(), d.discards(), d.issues(), d.problems());
    }

    /** The kinds read so far. */
    private static final class Parts {
        private VerbDictionary verbs = VerbDictionary.empty();
        private ActorDictionary actors = ActorDictionary.empty();
        private AgentDictionary agents = AgentDictionary.empty();
        private DiscardDictionary discards = DiscardDictionary.empty();
        private IssueDictionary issues = IssueDictionary.empty();

        void read(String name, Reader r, List<DictionaryProblem> problems) {
            switch (name) {
                case VerbsTsv.FILE -> verbs = VerbsTsv.read(r, name, problems);
                case ActorsTsv.FILE -> actors = ActorsTsv.read(r, name, problems);
                case AgentsTsv.FILE -> agents = AgentsTsv.read(r, name, problems);
                case DiscardsTsv.FILE -> discards = DiscardsTsv.read(r, name, problems);
                case IssuesTsv.FILE -> issues = IssuesTsv.read(r, name, problems);
                default -> throw new IllegalArgumentException("not a file of the format: " + name);
            }
        }

        Dictionaries build(List<DictionaryProblem> problems) {
            return new Dictionaries(verbs, actors, agents, discards, issues, problems);
        }
    }
}
