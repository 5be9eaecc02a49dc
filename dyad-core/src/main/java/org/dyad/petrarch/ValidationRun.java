package org.dyad.petrarch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.dyad.article.Article;
import org.dyad.text.ParsedDocument;
import org.dyad.text.SentenceParser;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryProblem;

/**
 * Runs a PETRARCH validation suite from each record's text: Dyad parses the text itself (the shipped
 * parses are not read), codes it with the dictionaries the suite's environment names and the options in
 * force for the record, and compares the set of (source, target, code) triples with the expected set.
 * An actor code written with {@code /} ({@code FRO/BIL/SAM}) stands for each of its actors, on both sides.
 */
public final class ValidationRun {
    /** What happened to one record. */
    public enum Outcome {
        /** Evaluated and passed. */
        PASS,
        /** Evaluated and failed. */
        FAIL,
        /** Coding threw; counted as a failure. */
        CRASH,
        /** Not evaluated: not a sentence, evaluate="false" or a category outside the Include list. */
        NOT_EVALUATED,
        /** Tests PETRARCH's reading of a malformed shipped parse, which Dyad never reads. */
        NOT_APPLICABLE
    }

    /** A record's result. */
    public record RecordResult(ValidationSuite.Record record, Outcome outcome, Set<String> expected,
                               Set<String> coded, List<CodedEvent> events, Map<Integer, PetrarchCoder.Skip> skipped,
                               String article, Optional<String> crash, Optional<ParsedDocument> doc) {
    }

    /** Pass counts of one category. */
    public record Tally(String category, int evaluated, int passed) {
        public double rate() {
            return evaluated == 0 ? 0 : (double) passed / evaluated;
        }
    }

    private final ValidationSuite suite;
    private final Dictionaries dictionaries;
    private final SentenceParser parser;
    private final CodeOntology ontology;

    /** A run with the suite's internal coding ontology ({@code <PICOfile>}) when it names one. */
    public ValidationRun(ValidationSuite suite, Dictionaries dictionaries, SentenceParser parser,
                         Optional<CodeOntology> ontology) {
        this.suite = suite;
        this.dictionaries = dictionaries;
        this.parser = parser;
        this.ontology = ontology.orElse(null);
    }

    /** The internal coding ontology the suite's {@code <PICOfile>} names, from {@code dir} or beside the file. */
    public static Optional<CodeOntology> ontologyFor(ValidationSuite suite, Optional<Path> dir,
                                                     List<DictionaryProblem> problems) {
        String name = suite.environment().get("PICOfile");
        if (name == null) {
            return Optional.empty();
        }
        Path f = dir.orElse(suite.file().toAbsolutePath().getParent()).resolve(name.strip());
        try (java.io.Reader r = Files.newBufferedReader(f, java.nio.charset.StandardCharsets.UTF_8)) {
            return Optional.of(CodeOntology.read(r, name.strip(), problems));
        } catch (java.io.IOException e) {
            problems.add(new DictionaryProblem(name, 0, "cannot read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * The dictionaries a suite's environment names, looked up in {@code dir} when given, else beside the
     * suite file.
     */
    public static Dictionaries dictionariesFor(ValidationSuite suite, Optional<Path> dir) {
        Path base = dir.orElse(suite.file().toAbsolutePath().getParent());
        List<DictionaryProblem> problems = new ArrayList<>();
        Dictionaries.Builder b = new Dictionaries.Builder(problems);
        Map<String, String> env = suite.environment();
        read(b, Dictionaries.Kind.VERBS, env.get("Verbfile"), base, problems);
        read(b, Dictionaries.Kind.ACTORS, env.get("Actorfile"), base, problems);
        read(b, Dictionaries.Kind.AGENTS, env.get("Agentfile"), base, problems);
        read(b, Dictionaries.Kind.DISCARDS, env.get("Discardfile"), base, problems);
        read(b, Dictionaries.Kind.ISSUES, env.get("Issuefile"), base, problems);
        return b.build();
    }

    private static void read(Dictionaries.Builder b, Dictionaries.Kind kind, String names, Path base,
                             List<DictionaryProblem> problems) {
        if (names == null) {
            return;
        }
        for (String name : names.split(",")) {
            String n = name.strip();
            if (n.isEmpty()) {
                continue;
            }
            Path f = base.resolve(n);
            if (!Files.isRegularFile(f)) {
                problems.add(new DictionaryProblem(n, 0, "not found in " + base));
                continue;
            }
            b.read(kind, f);
        }
    }

    /** Runs every record in file order; {@code progress} sees each result as it is made. */
    public List<RecordResult> run(Consumer<RecordResult> progress) {
        List<RecordResult> out = new ArrayList<>();
        PetrarchCoder base = new PetrarchCoder(dictionaries, CodingOptions.defaults());
        if (ontology != null) {
            base = base.withOntology(ontology);
        }
        for (ValidationSuite.Record r : suite.records()) {
            RecordResult rr = runOne(base.withOptions(r.options()), r);
            out.add(rr);
            progress.accept(rr);
        }
        return out;
    }

    private RecordResult runOne(PetrarchCoder coder, ValidationSuite.Record r) {
        Set<String> expected = expand(r.expected().stream().map(ValidationSuite.Expected::triple).toList());
        String docId = r.id();
        if (!suite.evaluated(r)) {
            return new RecordResult(r, Outcome.NOT_EVALUATED, expected, Set.of(), List.of(), Map.of(), docId,
                Optional.empty(), Optional.empty());
        }
        if (r.error().filter(e -> e.equals("bad_input_parse")).isPresent()) {
            return new RecordResult(r, Outcome.NOT_APPLICABLE, expected, Set.of(), List.of(), Map.of(), docId,
                Optional.empty(), Optional.empty());
        }
        try {
            ParsedDocument doc = parser.parse(Article.of(docId, r.text(), r.date()));
            PetrarchCoder.Result result = coder.code(doc, r.date());
            Set<String> coded = expand(result.events().stream().map(CodedEvent::triple).toList());
            Outcome o = coded.equals(expected) ? Outcome.PASS : Outcome.FAIL;
            return new RecordResult(r, o, expected, coded, result.events(), result.skipped(), docId, Optional.empty(),
                Optional.of(doc));
        } catch (RuntimeException e) {
            return new RecordResult(r, Outcome.CRASH, expected, Set.of(), List.of(), Map.of(), docId,
                Optional.of(e.toString()), Optional.empty());
        }
    }

    /** Expands {@code A/B-C:code} into {@code A-C:code} and {@code B-C:code}. */
    static Set<String> expand(List<String> triples) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : triples) {
            int colon = t.lastIndexOf(':');
            String pair = t.substring(0, colon);
            String code = t.substring(colon + 1);
            int dash = splitPoint(pair);
            String src = pair.substring(0, dash);
            String tgt = pair.substring(dash + 1);
            for (String a : src.split("/")) {
                for (String b : tgt.split("/")) {
                    out.add(a + "-" + b + ":" + code);
                }
            }
        }
        return out;
    }

    /** The dash between source and target: codes may themselves contain dashes ({@code ---GOV}). */
    private static int splitPoint(String pair) {
        // the source is a run of dashes and code characters; the separator is the first dash that is
        // followed by a character other than a dash, or that ends a run of four dashes ("---GOV----")
        int i = 0;
        while (i < pair.length() && pair.charAt(i) == '-') {
            i++;
        }
        int n = i;
        if (n > 3) {
            return 3; // "----" = "---" + separator
        }
        int dash = pair.indexOf('-', i);
        return dash < 0 ? pair.length() : dash;
    }

    /** Pass rates per category of the evaluated records, plus a total row (category "ALL"). */
    public static List<Tally> tally(List<RecordResult> results) {
        Map<String, int[]> by = new TreeMap<>();
        int[] all = new int[2];
        for (RecordResult r : results) {
            if (r.outcome() == Outcome.NOT_EVALUATED || r.outcome() == Outcome.NOT_APPLICABLE) {
                continue;
            }
            int[] c = by.computeIfAbsent(r.record().category(), k -> new int[2]);
            c[0]++;
            all[0]++;
            if (r.outcome() == Outcome.PASS) {
                c[1]++;
                all[1]++;
            }
        }
        List<Tally> out = new ArrayList<>();
        by.forEach((k, v) -> out.add(new Tally(k, v[0], v[1])));
        out.add(new Tally("ALL", all[0], all[1]));
        return out;
    }
}
