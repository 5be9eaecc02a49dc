package org.dyad.dictionary;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.dictionary.PatternElement.Kind;

/**
 * Reads a verb dictionary in either of PETRARCH's syntaxes.
 *
 * <ul>
 *   <li>PETRARCH2 ({@code CAMEO.2.0.txt}): synonym sets {@code &NAME} with {@code +MEMBER} lines; verb
 *       blocks {@code --- NAME [code] ---} whose verbs follow the header ({@code +ROUND_UP} marks the verb
 *       word of a phrasal verb, {@code {...}} lists irregular forms, {@code [code]} overrides the block's
 *       code); patterns {@code - words * words [code]} where {@code {}} groups a noun phrase and
 *       {@code ()} a prepositional phrase, {@code $} marks the source, {@code +} the target, {@code ^}
 *       skips a noun phrase; transformations {@code ~ ...}.</li>
 *   <li>PETRARCH-1 / TABARI ({@code PETR.Validate.verbs.txt}): the same blocks and sets, patterns whose
 *       words are joined by {@code _} when they must be consecutive, {@code %} for a compound actor, and
 *       {@code <!-- -->} comments.</li>
 * </ul>
 * A file whose patterns group words with braces or parentheses is read as PETRARCH2 syntax, any other as
 * TABARI syntax ({@link VerbDictionary#syntax()}). A line that cannot be read is recorded as a
 * {@link DictionaryProblem} and skipped.
 */
public final class VerbReader {
    private final String file;
    private final List<DictionaryProblem> problems;
    private final Map<String, List<List<PatternElement>>> synsets = new LinkedHashMap<>();
    private final Map<String, Integer> synsetUses = new LinkedHashMap<>();
    private final List<VerbBlock> blocks = new ArrayList<>();
    private final List<Transformation> transformations = new ArrayList<>();

    private VerbReader(String file, List<DictionaryProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Reads {@code reader}; problems are added to {@code problems} as {@code file:line: reason}. */
    public static VerbDictionary read(Reader reader, String file, List<DictionaryProblem> problems) {
        VerbReader r = new VerbReader(file, problems);
        r.parse(DictionaryText.read(reader));
        return new VerbDictionary(r.synsets, r.blocks, r.transformations,
            r.groups ? VerbDictionary.Syntax.PETRARCH2 : VerbDictionary.Syntax.TABARI);
    }

    private void problem(int line, String reason) {
        problems.add(new DictionaryProblem(file, line, reason));
    }

    // block being read
    private String blockName;
    private VerbCode blockCode;
    private int blockLine;
    private List<VerbEntry> blockVerbs;
    private List<VerbPattern> blockPatterns;
    // synonym set being read
    private String synsetName;

    private void parse(List<DictionaryText.Line> lines) {
        for (DictionaryText.Line l : lines) {
            String t = l.text().strip();
            try {
                if (t.isEmpty()) {
                    synsetName = null;
                } else if (t.startsWith("---")) {
                    synsetName = null;
                    startBlock(l.number(), t);
                } else if (t.startsWith("&")) {
                    endBlock();
                    synsetName = setName(t.split("\\s+")[0]);
                    if (synsets.containsKey(synsetName)) {
                        problem(l.number(), "synonym set " + synsetName + " defined again; the later one is used");
                    }
                    synsets.put(synsetName, new ArrayList<>());
                } else if (t.startsWith("+") && synsetName != null) {
                    synsets.get(synsetName).add(elements(t.substring(1).strip(), l.number()));
                } else if (t.startsWith("~")) {
                    transformation(l.number(), t);
                } else if (t.startsWith("-")) {
                    pattern(l.number(), t);
                } else if (blockName != null && blockPatterns.isEmpty()) {
                    verb(l.number(), t);
                } else {
                    problem(l.number(), "not a pattern, verb, synonym set or block header: '" + t + "'");
                }
            } catch (IllegalArgumentException e) {
                problem(l.number(), e.getMessage());
            }
        }
        endBlock();
        synsetUses.forEach((name, line) -> {
            if (!synsets.containsKey(name)) {
                problem(line, "unknown synonym set " + name);
            }
        });
    }

    private static String setName(String token) {
        String n = token.toUpperCase(Locale.ROOT);
        while (n.endsWith("_")) {
            n = n.substring(0, n.length() - 1);
        }
        return n;
    }

    private void startBlock(int line, String t) {
        endBlock();
        String inner = t.replaceAll("^-+", "").replaceAll("-+$", "").strip();
        int open = inner.indexOf('[');
        int close = inner.indexOf(']', open + 1);
        if (open < 0 || close < 0) {
            throw new IllegalArgumentException("block header without [code]: '" + t + "'");
        }
        VerbCode code = VerbCode.parse(inner.substring(open + 1, close)); // before the block opens: it may throw
        blockName = inner.substring(0, open).strip();
        blockCode = code;
        blockLine = line;
        blockVerbs = new ArrayList<>();
        blockPatterns = new ArrayList<>();
        if (blockName.isEmpty()) {
            throw new IllegalArgumentException("block header without a name: '" + t + "'");
        }
    }

    private void endBlock() {
        if (blockName != null) {
            if (blockVerbs.isEmpty()) {
                problem(blockLine, "verb block " + blockName + " has no verbs");
            } else {
                blocks.add(new VerbBlock(blockName, blockCode, blockVerbs, blockPatterns, file, blockLine));
            }
        }
        blockName = null;
    }

    private void verb(int line, String t) {
        String rest = t;
        Optional<VerbCode> code = Optional.empty();
        int open = rest.indexOf('[');
        if (open >= 0) {
            int close = rest.indexOf(']', open);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed [ in verb '" + t + "'");
            }
            code = Optional.of(VerbCode.parse(rest.substring(open + 1, close)));
            rest = (rest.substring(0, open) + rest.substring(close + 1)).strip();
        }
        List<String> irregular = new ArrayList<>();
        int brace = rest.indexOf('{');
        if (brace >= 0) {
            int end = rest.indexOf('}', brace);
            if (end < 0) {
                throw new IllegalArgumentException("unclosed { in verb '" + t + "'");
            }
            for (String f : rest.substring(brace + 1, end).strip().split("\\s+")) {
                if (!f.isEmpty()) {
                    irregular.add(f);
                }
            }
            rest = (rest.substring(0, brace) + rest.substring(end + 1)).strip();
        }
        if (rest.isEmpty() || rest.split("\\s+").length > 1 && !rest.contains("_")) {
            if (rest.isEmpty()) {
                throw new IllegalArgumentException("verb line without a verb: '" + t + "'");
            }
        }
        String written = rest.split("\\s+")[0].toUpperCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        int head = 0;
        for (String w : written.split("_")) {
            if (w.isEmpty()) {
                continue;
            }
            if (w.startsWith("+")) {
                head = words.size();
                w = w.substring(1);
            }
            if (!w.matches("[A-Z0-9'.\\-]+")) {
                throw new IllegalArgumentException("bad verb word '" + w + "' in '" + t + "'");
            }
            words.add(w);
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("verb line without a verb: '" + t + "'");
        }
        Set<String> forms = new LinkedHashSet<>(VerbDictionary.regularForms(words.get(head)));
        for (String f : irregular) {
            String[] parts = f.toUpperCase(Locale.ROOT).split("_");
            String form = null;
            for (String p : parts) {
                if (p.startsWith("+")) {
                    form = p.substring(1);
                }
            }
            if (form == null) {
                form = parts.length == words.size() ? parts[head] : parts[0];
            }
            if (!form.isEmpty()) {
                forms.add(form);
            }
        }
        blockVerbs.add(new VerbEntry(words, head, forms, code, line));
    }

    /** Whether a pattern grouped words with braces or parentheses: PETRARCH2 syntax. */
    private boolean groups;

    private void pattern(int line, String t) {
        if (blockName == null) {
            throw new IllegalArgumentException("pattern outside a verb block: '" + t + "'");
        }
        String body = t.substring(1).strip();
        int open = body.lastIndexOf('[');
        int close = body.lastIndexOf(']');
        if (open < 0 || close < open) {
            throw new IllegalArgumentException("pattern without [code]: '" + t + "'");
        }
        VerbCode code = VerbCode.parse(body.substring(open + 1, close));
        String words = body.substring(0, open).strip();
        Brackets.unbalanced(words).ifPresent(reason -> {
            throw new IllegalArgumentException(reason + " in pattern " + DictionaryQuote.of(t));
        });
        if (words.indexOf('{') >= 0 || words.indexOf('(') >= 0) {
            groups = true;
        }
        List<PatternElement> all = elements(joinNounPhraseHeads(words).replace('{', ' ').replace('}', ' ')
            .replace('(', ' ').replace(')', ' '), line, true);
        int star = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) == VERB) {
                if (star >= 0) {
                    throw new IllegalArgumentException("pattern with two verbs (*): '" + t + "'");
                }
                star = i;
            }
        }
        if (star < 0) {
            throw new IllegalArgumentException("pattern without the verb (*): '" + t + "'");
        }
        List<PatternElement> pre = all.subList(0, star);
        List<PatternElement> post = all.subList(star + 1, all.size());
        boolean before = adjacentMarks.contains(star);
        boolean after = !post.isEmpty() && post.get(0).adjacent();
        blockPatterns.add(new VerbPattern(pre, post, before, after, code, t, file, line));
    }

    /**
     * In a PETRARCH2 noun phrase group the last word is the phrase's head and the word before it modifies
     * it directly: {@code {NEW &TIETYPES RELATIONS}} matches "new global economic relations" but not
     * "new economic trade relations". The two are joined as if written {@code &TIETYPES_RELATIONS}.
     */
    static String joinNounPhraseHeads(String pattern) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            int open = pattern.indexOf('{', i);
            if (open < 0) {
                out.append(pattern, i, pattern.length());
                break;
            }
            int close = pattern.indexOf('}', open);
            if (close < 0) {
                out.append(pattern, i, pattern.length());
                break;
            }
            out.append(pattern, i, open + 1);
            String[] parts = pattern.substring(open + 1, close).strip().split("\\s+");
            for (int k = 0; k < parts.length; k++) {
                out.append(parts[k]);
                if (k < parts.length - 1) {
                    boolean join = k == parts.length - 2 && isWordOrSet(parts[k]) && isWordOrSet(parts[k + 1]);
                    out.append(join ? "_" : " ");
                }
            }
            out.append('}');
            i = close + 1;
        }
        return out.toString();
    }

    private static boolean isWordOrSet(String t) {
        return !t.isEmpty() && !t.equals("$") && !t.equals("+") && !t.equals("^") && !t.equals("%")
            && !t.equals("*") && !t.endsWith("_") && !t.startsWith("_");
    }

    /** Marker for the verb position while a pattern is split; never stored. */
    private static final PatternElement VERB = new PatternElement(Kind.WORD, "*", true, false);
    /** Indexes of elements joined by {@code _} to the element after them, from the last split. */
    private final Set<Integer> adjacentMarks = new LinkedHashSet<>();

    private List<PatternElement> elements(String text, int line) {
        List<PatternElement> e = elements(text, line, false);
        if (e.contains(VERB)) {
            throw new IllegalArgumentException("verb marker * in a synonym set");
        }
        return e;
    }

    private List<PatternElement> elements(String text, int line, boolean allowVerb) {
        adjacentMarks.clear();
        List<PatternElement> out = new ArrayList<>();
        for (String chunk : text.strip().split("\\s+")) {
            if (chunk.isEmpty()) {
                continue;
            }
            String[] parts = chunk.split("_", -1);
            boolean joinNext = false;
            for (int p = 0; p < parts.length; p++) {
                String w = parts[p].toUpperCase(Locale.ROOT);
                if (w.isEmpty()) {
                    // "IN_" (trailing) marks the previous word exact; "IN__X" is a typo we forgive
                    if (!out.isEmpty() && p == parts.length - 1) {
                        PatternElement prev = out.get(out.size() - 1);
                        if (prev.kind() == Kind.WORD && prev != VERB) {
                            out.set(out.size() - 1, new PatternElement(Kind.WORD, prev.word(), true, prev.adjacent()));
                        }
                    }
                    continue;
                }
                boolean adjacent = p > 0 && joinNext;
                PatternElement el = switch (w) {
                    case "*" -> VERB;
                    case "$" -> new PatternElement(Kind.SOURCE, "", false, adjacent);
                    case "+" -> new PatternElement(Kind.TARGET, "", false, adjacent);
                    case "%" -> new PatternElement(Kind.COMPOUND, "", false, adjacent);
                    case "^" -> new PatternElement(Kind.SKIP, "", false, adjacent);
                    default -> {
                        if (w.startsWith("&")) {
                            String name = setName(w);
                            synsetUses.putIfAbsent(name, line);
                            yield new PatternElement(Kind.SYNSET, name, false, adjacent);
                        }
                        if (w.startsWith("+")) {
                            // "+WORD" in a synonym set member line was stripped already; here it is a typo
                            throw new IllegalArgumentException("unexpected '+' in '" + w + "'");
                        }
                        yield new PatternElement(Kind.WORD, w, false, adjacent);
                    }
                };
                if (el == VERB && !allowVerb) {
                    throw new IllegalArgumentException("verb marker * in a synonym set");
                }
                if (el == VERB && adjacent && !out.isEmpty()) {
                    adjacentMarks.add(out.size());
                }
                out.add(el == VERB ? VERB : el);
                joinNext = true;
            }
        }
        // the verb marker carries no adjacency itself; an element right after it joined by '_' keeps its flag
        return out;
    }

    private void transformation(int line, String t) {
        int eq = t.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("transformation without '=': '" + t + "'");
        }
        transformations.add(new Transformation(t.substring(1, eq).strip(), t.substring(eq + 1).strip(), line));
    }
}
