package org.dyad.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a parsed sentence by hand for tests, token by token, as CoreNLP's basic UD parse would give it;
 * character offsets are found in the text in order, so the sentence is the whole text.
 */
public final class SentenceBuilder {
    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Dependency> deps = new ArrayList<>();
    private int cursor;

    public SentenceBuilder(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public SentenceBuilder t(String word, String lemma, String pos, String ner) {
        int s = text.indexOf(word, cursor);
        if (s < 0) {
            throw new IllegalArgumentException("no '" + word + "' after " + cursor + " in " + text);
        }
        tokens.add(new Token(tokens.size(), word, lemma, pos, ner, s, s + word.length()));
        cursor = s + word.length();
        return this;
    }

    public SentenceBuilder t(String word, String lemma, String pos) {
        return t(word, lemma, pos, "O");
    }

    /** A country name, as a proper noun. */
    public SentenceBuilder country(String word) {
        return t(word, word, "NNP", "LOCATION");
    }

    public SentenceBuilder d(int governor, int dependent, String relation) {
        deps.add(new Dependency(governor, dependent, relation));
        return this;
    }

    public SentenceBuilder root(int i) {
        return d(Dependency.ROOT, i, "root");
    }

    public Sentence build() {
        return new Sentence(0, 0, text.length(), text, tokens, deps);
    }
}
