package org.dyad.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed sentence: tokens and a dependency graph. Immutable and thread-safe.
 *
 * <p>Token indexes are 0-based; character spans are 0-based and half-open ({@code [start, end)}) in the
 * characters of the article text, so {@code article.text().substring(start, end)} is the sentence.
 */
public final class Sentence {
    private final int index;
    private final int start;
    private final int end;
    private final String text;
    private final List<Token> tokens;
    private final List<Dependency> dependencies;
    private final List<List<Dependency>> children;
    private final Dependency[] heads;

    public Sentence(int index, int start, int end, String text, List<Token> tokens, List<Dependency> dependencies) {
        this.index = index;
        this.start = start;
        this.end = end;
        this.text = Objects.requireNonNull(text, "text");
        this.tokens = List.copyOf(tokens);
        this.dependencies = List.copyOf(dependencies);
        List<List<Dependency>> kids = new ArrayList<>(this.tokens.size());
        for (int i = 0; i < this.tokens.size(); i++) {
            kids.add(new ArrayList<>());
        }
        this.heads = new Dependency[this.tokens.size()];
        for (Dependency d : this.dependencies) {
            if (d.dependent() >= this.tokens.size() || d.governor() >= this.tokens.size()) {
                throw new IllegalArgumentException("edge outside sentence: " + d);
            }
            if (heads[d.dependent()] == null) {
                heads[d.dependent()] = d;
            }
            if (d.governor() >= 0) {
                kids.get(d.governor()).add(d);
            }
        }
        List<List<Dependency>> frozen = new ArrayList<>(kids.size());
        for (List<Dependency> k : kids) {
            k.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
            frozen.add(List.copyOf(k));
        }
        this.children = Collections.unmodifiableList(frozen);
    }

    /** 0-based index of this sentence in its document. */
    public int index() { return index; }
    public int start() { return start; }
    public int end() { return end; }
    public String text() { return text; }
    public List<Token> tokens() { return tokens; }
    public List<Dependency> dependencies() { return dependencies; }
    public Token token(int i) { return tokens.get(i); }
    public int size() { return tokens.size(); }

    /** Index of the token that starts at character offset {@code start} of the document, or -1. */
    public int tokenStartingAt(int start) {
        for (Token t : tokens) {
            if (t.start() == start) {
                return t.index();
            }
        }
        return -1;
    }

    /** The edge that attaches token {@code i} to its governor, if any. */
    public Optional<Dependency> head(int i) { return Optional.ofNullable(heads[i]); }

    /** Governor index of token {@code i}, or {@link Dependency#ROOT}. */
    public int governor(int i) { return heads[i] == null ? Dependency.ROOT : heads[i].governor(); }

    /** How many dependency steps token {@code i} is below the root (0 for the root; bounded on a broken tree). */
    public int depth(int i) {
        int d = 0;
        for (int cur = governor(i); cur >= 0 && d < tokens.size(); cur = governor(cur)) {
            d++;
        }
        return d;
    }

    /** Relation of token {@code i} to its governor, or "" when unattached. */
    public String relation(int i) { return heads[i] == null ? "" : heads[i].relation(); }

    /** Outgoing edges of token {@code i}, ordered by dependent position. */
    public List<Dependency> children(int i) { return children.get(i); }

    /** Dependents of {@code i} whose relation equals {@code relation} or starts with {@code relation + ":"}. */
    public List<Integer> children(int i, String relation) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : children.get(i)) {
            if (d.relation().equals(relation) || d.relation().startsWith(relation + ":")) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /** True when {@code ancestor} dominates {@code i} (or is {@code i}). */
    public boolean dominates(int ancestor, int i) {
        int cur = i;
        for (int guard = 0; cur >= 0 && guard <= tokens.size(); guard++) {
            if (cur == ancestor) {
                return true;
            }
            cur = governor(cur);
        }
        return false;
    }

    /** Characters of the tokens {@code [from, to)} as written in the article. */
    public String span(int from, int to) {
        if (from >= to) {
            return "";
        }
        int s = tokens.get(from).start() - start;
        int e = tokens.get(to - 1).end() - start;
        return text.substring(Math.max(0, s), Math.min(text.length(), e));
    }

    @Override
    public String toString() { return "Sentence[" + index + "] " + text; }
}
