package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits sentences longer than a token limit, between CoreNLP's sentence splitting and its tagging: at the last
 * {@code ;} that leaves a piece within the limit, else the last {@code :}, else the last {@code ,}, else a hard cut
 * at the limit. Each piece becomes a sentence of its own (offsets, token indexes and sentence numbers renumbered as
 * CoreNLP's own splitter would set them). Stateless.
 */
final class LongSentences {
    /** Clause punctuation, strongest first. */
    private static final List<Set<String>> CUTS = List.of(Set.of(";"), Set.of(":"), Set.of(","));

    private LongSentences() { }

    /** Splits the long sentences of {@code doc} in place; one warning per split sentence, naming the article. */
    static List<String> split(Annotation doc, int maxTokens, String articleId) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.stream().allMatch(s -> tokens(s).size() <= maxTokens)) {
            return List.of();
        }
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        List<String> warnings = new ArrayList<>();
        List<CoreMap> out = new ArrayList<>();
        int original = 0;
        for (CoreMap s : sentences) {
            original++;
            List<CoreLabel> tokens = tokens(s);
            if (tokens.size() <= maxTokens) {
                out.add(s);
                continue;
            }
            int tokenBegin = s.get(CoreAnnotations.TokenBeginAnnotation.class);
            int pieces = 0;
            for (int from = 0; from < tokens.size(); ) {
                int to = cut(tokens, from, maxTokens);
                out.add(piece(text, tokens.subList(from, to), tokenBegin + from));
                pieces++;
                from = to;
            }
            String start = s.get(CoreAnnotations.TextAnnotation.class);
            start = start.length() > 60 ? start.substring(0, 60) + "..." : start;
            warnings.add(String.format(Locale.ROOT, "%s: sentence %d (\"%s\") has %,d tokens, more than the limit of "
                    + "%,d (--max-sentence-tokens): split into %d parts at clause punctuation", articleId, original,
                    start.replaceAll("\\s+", " "), tokens.size(), maxTokens, pieces));
        }
        for (int i = 0; i < out.size(); i++) {
            CoreMap s = out.get(i);
            s.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
            for (CoreLabel t : tokens(s)) {
                t.setSentIndex(i);
            }
        }
        doc.set(CoreAnnotations.SentencesAnnotation.class, out);
        return warnings;
    }

    /** Where the piece starting at {@code from} ends (exclusive): after clause punctuation, or at the limit. */
    static int cut(List<CoreLabel> tokens, int from, int max) {
        if (tokens.size() - from <= max) {
            return tokens.size();
        }
        int last = from + max; // exclusive bound of the piece
        for (Set<String> marks : CUTS) {
            // not in the first quarter: a piece of three tokens helps no one
            for (int i = last - 1; i > from + max / 4; i--) {
                if (marks.contains(tokens.get(i).word())) {
                    return i + 1;
                }
            }
        }
        return last;
    }

    private static CoreMap piece(String text, List<CoreLabel> tokens, int tokenBegin) {
        int begin = tokens.get(0).beginPosition();
        int end = tokens.get(tokens.size() - 1).endPosition();
        Annotation s = new Annotation(text.substring(begin, end));
        s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        List<CoreLabel> own = new ArrayList<>(tokens);
        for (int i = 0; i < own.size(); i++) {
            own.get(i).setIndex(i + 1);
        }
        s.set(CoreAnnotations.TokensAnnotation.class, own);
        s.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
        s.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + own.size());
        return s;
    }

    private static List<CoreLabel> tokens(CoreMap s) {
        List<CoreLabel> t = s.get(CoreAnnotations.TokensAnnotation.class);
        return t == null ? List.of() : t;
    }
}
