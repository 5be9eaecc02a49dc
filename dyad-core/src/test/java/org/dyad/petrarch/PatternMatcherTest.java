package org.dyad.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.VerbDictionary;
import org.dyad.text.Sentence;
import org.junit.jupiter.api.Test;

/** {@link PatternMatcher}: the most specific of a verb's patterns that matches its sentence. */
class PatternMatcherTest {
    private static final VerbContext TABARI = new VerbContext(false, true, false);

    /** The best match for the one-word verb at {@code v}, with TABARI conventions; null when none matches. */
    private static PatternMatcher.Match best(Dictionaries d, Sentence s, int v) {
        List<String> words = MiddleEarth.words(s);
        SentenceActors actors = new SentenceActors(d, CodingOptions.defaults(), s, words, Optional.empty(),
            MiddleEarth.none(s));
        PatternMatcher m = new PatternMatcher(d.verbs(), s, words, MiddleEarth.none(s), actors);
        List<VerbDictionary.Hit> hits = d.verbs().lookup(words.get(v));
        assertThat(hits).as("the dictionary knows " + words.get(v)).isNotEmpty();
        return m.best(hits, v, new int[] {v, v}, Region.after(s, MiddleEarth.none(s), v, v, false, false), TABARI);
    }

    @Test
    void wordsAfterTheVerbAndTheTargetBetweenThem() {
        PatternMatcher.Match m = best(MiddleEarth.TABARI, MiddleEarth.threatenedWithWar(), 1);
        assertThat(m).isNotNull();
        assertThat(m.pattern.code().primary()).isEqualTo("138");
        assertThat(m.target).as("+ takes Arnor").isEqualTo(2);
        assertThat(m.source).isEqualTo(-1);
        assertThat(m.words).as("WITH and WAR").isEqualTo(2);
        assertThat(m.score()).isEqualTo(2 * 4 + 1);
    }

    @Test
    void withoutThePatternsWordsNoPatternMatches() {
        assertThat(best(MiddleEarth.TABARI, MiddleEarth.threatened(), 1)).isNull();
    }

    @Test
    void aCompoundMatchesTwoActorsOnly() {
        PatternMatcher.Match m = best(MiddleEarth.TABARI, MiddleEarth.gondorAndRohanMet(), 3);
        assertThat(m).isNotNull();
        assertThat(m.pattern.code().primary()).isEqualTo("043");
        assertThat(m.compoundBefore).isTrue();
        assertThat(m.compound).as("matched right to left from the verb: Rohan").isEqualTo(2);
        assertThat(best(MiddleEarth.TABARI, MiddleEarth.gondorMet(), 1)).as("one actor is no compound").isNull();
    }
}
