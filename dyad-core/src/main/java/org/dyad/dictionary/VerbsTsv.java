package org.dyad.dictionary;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * {@code verbs.tsv}: a verb dictionary in Dyad's format: a row for its pattern syntax, then one row per
 * synonym-set alternative, block, verb, pattern or transformation, in dictionary order (sets, then each
 * block with its verbs and patterns, then transformations). Verb and pattern rows belong to the block row above them. See docs/dictionaries.md.
 */
final class VerbsTsv {
    static final String FILE = "verbs.tsv";
    static final List<String> HEADER = List.of("kind", "name", "code", "match", "forms", "text", "source");
    private static final Pattern SET_NAME = Pattern.compile("&\\S*[^\\s_]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern VERB_WORD = Pattern.compile("[A-Z0-9'.\\-]+");

    private VerbsTsv() {
    }

    /** Writes {@code v}; what the format cannot hold is added to {@code notes} and left out. */
    static int write(VerbDictionary v, Writer w, List<DictionaryProblem> notes) throws IOException {
        Tsv.Out out = new Tsv.Out(w, HEADER);
        out.row("syntax", v.syntax().name().toLowerCase(Locale.ROOT), "", "", "", "", "");
        String verbFile = commonFile(v);
        for (Map.Entry<String, List<List<PatternElement>>> set : v.synsets().entrySet()) {
            if (set.getValue().isEmpty()) {
                notes.add(new DictionaryProblem(verbFile, 0, "synonym set " + set.getKey()
                    + " has no members; not written"));
            }
            for (List<PatternElement> alternative : set.getValue()) {
                out.row("synset", set.getKey(), "", PatternNotation.write(alternative), "", "", "");
            }
        }
        for (VerbBlock b : v.blocks()) {
            out.row("block", b.name(), b.code().toString(), "", "", "", Tsv.Source.cell(b.file(), b.line()));
            for (VerbEntry e : b.verbs()) {
                out.row("verb", b.name(), e.code().map(VerbCode::toString).orElse(""), words(e), forms(e), "",
                    Tsv.Source.cell(b.file(), e.line()));
            }
            for (VerbPattern p : b.patterns()) {
                boolean joined = !p.post().isEmpty() && p.post().get(0).adjacent();
                if (p.verbAdjacentAfter() != joined) {
                    notes.add(new DictionaryProblem(p.file(), p.line(), "pattern's verbAdjacentAfter differs from its "
                        + "first element's adjacency; written as the element says"));
                }
                out.row("pattern", b.name(), p.code().toString(), PatternNotation.write(p), "", p.text(),
                    Tsv.Source.cell(p.file(), p.line()));
            }
        }
        for (Transformation t : v.transformations()) {
            out.row("transformation", "", "", t.pattern(), "", t.result(), Tsv.Source.cell(verbFile, t.line()));
        }
        return out.rows();
    }

    /** The file every block came from, or "" when they came from several (transformations do not say). */
    private static String commonFile(VerbDictionary v) {
        Set<String> files = new LinkedHashSet<>();
        v.blocks().forEach(b -> files.add(b.file()));
        return files.size() == 1 ? files.iterator().next() : "";
    }

    /** {@code ABANDON}; a phrasal verb marks its verb word with {@code +}: {@code +ROUND_UP}. */
    static String words(VerbEntry e) {
        if (e.words().size() == 1) {
            return e.words().get(0);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < e.words().size(); i++) {
            if (i > 0) {
                b.append('_');
            }
            b.append(i == e.head() ? "+" : "").append(e.words().get(i));
        }
        return b.toString();
    }

    /** Regular forms in their usual order, then the others alphabetically: the same text for the same set. */
    static String forms(VerbEntry e) {
        List<String> out = new ArrayList<>();
        Set<String> rest = new TreeSet<>(e.forms());
        for (String f : VerbDictionary.regularForms(e.headWord())) {
            if (rest.remove(f)) {
                out.add(f);
            }
        }
        out.addAll(rest);
        return String.join(" ", out);
    }

    static VerbDictionary read(Reader reader, String file, List<DictionaryProblem> problems) {
        return new Parser(file, problems).parse(Tsv.read(reader, file, HEADER, problems));
    }

    private static final class Parser {
        private final String file;
        private final List<DictionaryProblem> problems;
        private final Map<String, List<List<PatternElement>>> synsets = new LinkedHashMap<>();
        private final List<VerbBlock> blocks = new ArrayList<>();
        private final List<Transformation> transformations = new ArrayList<>();
        private Optional<VerbDictionary.Syntax> syntax = Optional.empty();
        // the block being read
        private String name;
        private VerbCode code;
        private Tsv.Source source;
        private int row;
        private List<VerbEntry> verbs;
        private List<VerbPattern> patterns;
        /** The last block row was bad: its verb and pattern rows are dropped with it, without more problems. */
        private boolean skipping;

        Parser(String file, List<DictionaryProblem> problems) {
            this.file = file;
            this.problems = problems;
        }

        VerbDictionary parse(List<Tsv.Row> rows) {
            for (Tsv.Row r : rows) {
                try {
                    if (skipping && (r.get(0).equals("verb") || r.get(0).equals("pattern"))) {
                        continue;
                    }
                    switch (r.get(0)) {
                        case "syntax" -> syntax(r);
                        case "synset" -> synset(r);
                        case "block" -> block(r);
                        case "verb" -> verbs(r).add(verb(r));
                        case "pattern" -> patterns(r).add(pattern(r));
                        case "transformation" -> transformation(r);
                        default -> throw new IllegalArgumentException("unknown kind '" + r.get(0)
                            + "' (want syntax, synset, block, verb, pattern or transformation)");
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(new DictionaryProblem(file, r.line(), e.getMessage()));
                }
            }
            endBlock();
            return new VerbDictionary(synsets, blocks, transformations, syntax.orElse(VerbDictionary.Syntax.PETRARCH2));
        }

        private void syntax(Tsv.Row r) {
            if (syntax.isPresent()) {
                throw new IllegalArgumentException("syntax given twice");
            }
            try {
                syntax = Optional.of(VerbDictionary.Syntax.valueOf(r.get(1).toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("syntax is '" + r.get(1) + "', want petrarch2 or tabari");
            }
        }

        private void synset(Tsv.Row r) {
            String set = r.get(1);
            if (!SET_NAME.matcher(set).matches()) {
                throw new IllegalArgumentException("bad synonym set name '" + set + "'");
            }
            List<PatternElement> alternative = PatternNotation.readElements(r.get(3));
            synsets.computeIfAbsent(set.toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(alternative);
        }

        private void block(Tsv.Row r) {
            endBlock();
            skipping = true;
            if (r.get(1).isBlank()) {
                throw new IllegalArgumentException("block without a name; skipped with its verbs and patterns");
            }
            VerbCode c;
            Tsv.Source s;
            try {
                c = VerbCode.parse(r.get(2));
                s = Tsv.source(r.get(6), file, r.line());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage() + "; block " + r.get(1)
                    + " skipped with its verbs and patterns", e);
            }
            skipping = false;
            name = r.get(1);
            code = c;
            source = s;
            row = r.line();
            verbs = new ArrayList<>();
            patterns = new ArrayList<>();
        }

        private void endBlock() {
            if (name != null) {
                if (verbs.isEmpty()) {
                    problems.add(new DictionaryProblem(file, row, "verb block " + name + " has no verbs"));
                } else {
                    blocks.add(new VerbBlock(name, code, verbs, patterns, source.file(), source.line()));
                }
            }
            name = null;
        }

        private List<VerbEntry> verbs(Tsv.Row r) {
            inBlock(r);
            return verbs;
        }

        private List<VerbPattern> patterns(Tsv.Row r) {
            inBlock(r);
            return patterns;
        }

        private void inBlock(Tsv.Row r) {
            if (name == null) {
                throw new IllegalArgumentException(r.get(0) + " row outside a block (no block row above it)");
            }
            if (!r.get(1).equals(name)) {
                throw new IllegalArgumentException(r.get(0) + " row of block '" + r.get(1) + "' under block '" + name
                    + "'");
            }
        }

        private VerbEntry verb(Tsv.Row r) {
            List<String> words = new ArrayList<>();
            int head = 0;
            int marks = 0;
            for (String w : r.get(3).strip().toUpperCase(Locale.ROOT).split("_", -1)) {
                if (w.startsWith("+")) {
                    head = words.size();
                    marks++;
                    w = w.substring(1);
                }
                if (!VERB_WORD.matcher(w).matches()) {
                    throw new IllegalArgumentException("bad verb '" + r.get(3) + "' (words joined by _, + before the "
                        + "verb word of a phrasal verb)");
                }
                words.add(w);
            }
            if (marks > 1) {
                throw new IllegalArgumentException("verb '" + r.get(3) + "' marks more than one word with +");
            }
            Optional<VerbCode> own = r.get(2).isEmpty() ? Optional.empty() : Optional.of(VerbCode.parse(r.get(2)));
            Set<String> forms = new LinkedHashSet<>();
            for (String f : SPACES.split(r.get(4).strip())) {
                if (!f.isEmpty()) {
                    forms.add(f.toUpperCase(Locale.ROOT));
                }
            }
            if (forms.isEmpty()) {
                forms.addAll(VerbDictionary.regularForms(words.get(head)));
            }
            return new VerbEntry(words, head, forms, own, Tsv.source(r.get(6), file, r.line()).line());
        }

        private VerbPattern pattern(Tsv.Row r) {
            VerbCode c = VerbCode.parse(r.get(2));
            PatternNotation.Split split = PatternNotation.readPattern(r.get(3));
            boolean after = !split.post().isEmpty() && split.post().get(0).adjacent();
            String text = r.get(5).isEmpty() ? "- " + r.get(3).strip() + " [" + c + "]" : r.get(5);
            Tsv.Source s = Tsv.source(r.get(6), file, r.line());
            return new VerbPattern(split.pre(), split.post(), split.verbAdjacentBefore(), after, c, text, s.file(),
                s.line());
        }

        private void transformation(Tsv.Row r) {
            if (r.get(3).isBlank()) {
                throw new IllegalArgumentException("transformation without its pattern (match column)");
            }
            transformations.add(new Transformation(r.get(3), r.get(5), Tsv.source(r.get(6), file, r.line()).line()));
        }
    }
}
