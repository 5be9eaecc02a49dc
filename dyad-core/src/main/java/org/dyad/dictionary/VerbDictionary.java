package org.dyad.dictionary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A verb-pattern dictionary in PETRARCH's model: synonym sets, verb blocks with their verbs and patterns,
 * and transformations. Read by {@link VerbReader} from PETRARCH2 or PETRARCH-1/TABARI syntax. Immutable.
 */
public final class VerbDictionary {
    /**
     * The pattern syntax a dictionary was written in, and so the program whose conventions apply when it is
     * used: PETRARCH-1/TABARI patterns were matched on the words of the sentence, PETRARCH2 patterns on
     * the phrases of the parse.
     */
    public enum Syntax {
        /** PETRARCH-1 / TABARI: words before the verb anywhere before it, a passive coded in word order. */
        TABARI,
        /**
         * PETRARCH2 / UniversalPetrarch: words before the verb within its subject, words after it within
         * its own phrases (not its clausal complements or adverbial clauses), the subject of a passive is
         * its target.
         */
        PETRARCH2
    }

    /** A verb as found in the sentence, with the block it belongs to. */
    public record Hit(VerbEntry entry, VerbBlock block) {
    }

    private final Map<String, List<List<PatternElement>>> synsets;
    private final List<VerbBlock> blocks;
    private final List<Transformation> transformations;
    private final Map<String, List<Hit>> byForm = new HashMap<>();
    private final Syntax syntax;
    /** Blocks written in the other syntax than the dictionary's own (from an overlay). */
    private final java.util.Set<VerbBlock> otherSyntax;

    /** A dictionary in PETRARCH2 syntax. */
    public VerbDictionary(Map<String, List<List<PatternElement>>> synsets, List<VerbBlock> blocks,
                          List<Transformation> transformations) {
        this(synsets, blocks, transformations, Syntax.PETRARCH2);
    }

    public VerbDictionary(Map<String, List<List<PatternElement>>> synsets, List<VerbBlock> blocks,
                          List<Transformation> transformations, Syntax syntax) {
        this(synsets, blocks, transformations, syntax, java.util.Set.of());
    }

    private VerbDictionary(Map<String, List<List<PatternElement>>> synsets, List<VerbBlock> blocks,
                           List<Transformation> transformations, Syntax syntax, java.util.Set<VerbBlock> otherSyntax) {
        this.syntax = java.util.Objects.requireNonNull(syntax, "syntax");
        java.util.Set<VerbBlock> other = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        other.addAll(otherSyntax);
        this.otherSyntax = other;
        Map<String, List<List<PatternElement>>> s = new LinkedHashMap<>();
        synsets.forEach((k, v) -> s.put(k, List.copyOf(v)));
        this.synsets = Collections.unmodifiableMap(s);
        this.blocks = List.copyOf(blocks);
        this.transformations = List.copyOf(transformations);
        for (VerbBlock b : this.blocks) {
            for (VerbEntry e : b.verbs()) {
                for (String form : e.forms()) {
                    byForm.computeIfAbsent(form, k -> new ArrayList<>()).add(new Hit(e, b));
                }
            }
        }
    }

    /** The syntax of the dictionary (of its top layer, after {@link #overlay}). */
    public Syntax syntax() {
        return syntax;
    }

    /** The syntax a block was written in: blocks keep theirs when dictionaries are laid over each other. */
    public Syntax syntaxOf(VerbBlock block) {
        if (!otherSyntax.contains(block)) {
            return syntax;
        }
        return syntax == Syntax.TABARI ? Syntax.PETRARCH2 : Syntax.TABARI;
    }

    public static VerbDictionary empty() {
        return new VerbDictionary(Map.of(), List.of(), List.of());
    }

    /** Synonym sets by name, {@code &TIETYPES}; each alternative is a sequence of words and sets. */
    public Map<String, List<List<PatternElement>>> synsets() {
        return synsets;
    }

    public Optional<List<List<PatternElement>>> synset(String name) {
        return Optional.ofNullable(synsets.get(name));
    }

    public List<VerbBlock> blocks() {
        return blocks;
    }

    public List<Transformation> transformations() {
        return transformations;
    }

    /** Whether some verb's head word has the form {@code word} (any case): {@link #lookup} finds it. */
    public boolean knows(String word) {
        return byForm.containsKey(word.toUpperCase(java.util.Locale.ROOT));
    }

    /** Verbs whose head word has the form {@code word} (any case), multi-word verbs first. */
    public List<Hit> lookup(String word) {
        List<Hit> hits = byForm.getOrDefault(word.toUpperCase(java.util.Locale.ROOT), List.of());
        if (hits.size() <= 1) {
            return hits;
        }
        List<Hit> sorted = new ArrayList<>(hits);
        sorted.sort((a, b) -> Integer.compare(b.entry().words().size(), a.entry().words().size()));
        return sorted;
    }

    public int patternCount() {
        return blocks.stream().mapToInt(b -> b.patterns().size()).sum();
    }

    /**
     * This dictionary with {@code over} laid on top: blocks of {@code over} come first, so its verbs and
     * patterns win where both know a verb; synonym sets of {@code over} replace same-named ones.
     */
    public VerbDictionary overlay(VerbDictionary over) {
        Map<String, List<List<PatternElement>>> s = new LinkedHashMap<>(synsets);
        s.putAll(over.synsets);
        List<VerbBlock> b = new ArrayList<>(over.blocks);
        java.util.Set<String> overridden = new java.util.HashSet<>();
        for (VerbBlock block : over.blocks) {
            for (VerbEntry e : block.verbs()) {
                overridden.add(String.join("_", e.words()));
            }
        }
        for (VerbBlock block : blocks) {
            List<VerbEntry> kept = block.verbs().stream()
                .filter(e -> !overridden.contains(String.join("_", e.words()))).toList();
            if (!kept.isEmpty()) {
                b.add(new VerbBlock(block.name(), block.code(), kept, block.patterns(), block.file(), block.line()));
            }
        }
        List<Transformation> t = new ArrayList<>(over.transformations);
        t.addAll(transformations);
        Syntax top = over.blocks.isEmpty() ? syntax : over.syntax;
        java.util.Set<VerbBlock> other = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Set<VerbBlock> fromOver = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        fromOver.addAll(over.blocks);
        for (VerbBlock block : b) {
            VerbDictionary from = fromOver.contains(block) ? over : this;
            if (from.syntaxOf(block) != top) {
                other.add(block);
            }
        }
        return new VerbDictionary(s, b, t, top, other);
    }

    /**
     * The regular forms PETRARCH generates for a verb: base, third person, past and participle in
     * {@code -ED}, present participle, with the usual spelling rules and consonant doubling.
     */
    public static List<String> regularForms(String base) {
        String b = base.toUpperCase(java.util.Locale.ROOT);
        List<String> forms = new ArrayList<>();
        forms.add(b);
        if (b.length() < 2) {
            return forms;
        }
        char last = b.charAt(b.length() - 1);
        char before = b.charAt(b.length() - 2);
        boolean consonantY = last == 'Y' && !isVowel(before);
        if (b.endsWith("S") || b.endsWith("X") || b.endsWith("Z") || b.endsWith("CH") || b.endsWith("SH")
            || b.endsWith("O")) {
            forms.add(b + "ES");
        } else if (consonantY) {
            forms.add(b.substring(0, b.length() - 1) + "IES");
        } else {
            forms.add(b + "S");
        }
        if (last == 'E') {
            forms.add(b + "D");
            forms.add(b.endsWith("EE") || b.endsWith("YE") || b.endsWith("OE")
                ? b + "ING" : b.substring(0, b.length() - 1) + "ING");
        } else if (consonantY) {
            forms.add(b.substring(0, b.length() - 1) + "IED");
            forms.add(b + "ING");
        } else {
            forms.add(b + "ED");
            forms.add(b + "ING");
            if (b.length() >= 3 && !isVowel(last) && "WXY".indexOf(last) < 0 && isVowel(before)
                && !isVowel(b.charAt(b.length() - 3))) {
                forms.add(b + last + "ED");
                forms.add(b + last + "ING");
            }
        }
        return forms;
    }

    private static boolean isVowel(char c) {
        return "AEIOU".indexOf(c) >= 0;
    }
}
