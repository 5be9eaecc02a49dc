package org.dyad.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dyad.dictionary.PatternElement.Kind;
import org.junit.jupiter.api.Test;

class PatternNotationTest {
    @Test
    void everyElementKindReadsBackTheSame() {
        List<PatternElement> elements = List.of(
            new PatternElement(Kind.SOURCE, "", false, false),
            new PatternElement(Kind.WORD, "TO", true, true),
            new PatternElement(Kind.SYNSET, "&FIGHT_OF_WORDS", false, false),
            new PatternElement(Kind.SKIP, "", false, true),
            new PatternElement(Kind.TARGET, "", false, false),
            new PatternElement(Kind.COMPOUND, "", false, false),
            new PatternElement(Kind.WORD, "ORC-HOST", false, false));
        String text = PatternNotation.write(elements);
        assertThat(text).isEqualTo("$ _TO_ &FIGHT_OF_WORDS _^ + % ORC-HOST");
        assertThat(PatternNotation.readElements(text)).isEqualTo(elements);
    }

    @Test
    void aPatternSplitsAtTheVerb() {
        PatternNotation.Split s = PatternNotation.readPattern("IN _* _OUT +");
        assertThat(s.pre()).containsExactly(new PatternElement(Kind.WORD, "IN", false, false));
        assertThat(s.verbAdjacentBefore()).isTrue();
        assertThat(s.post()).containsExactly(new PatternElement(Kind.WORD, "OUT", false, true),
            new PatternElement(Kind.TARGET, "", false, false));
    }

    @Test
    void malformedPatternsAreRejected() {
        assertThatThrownBy(() -> PatternNotation.readPattern("$ TO +")).hasMessageContaining("without the verb");
        assertThatThrownBy(() -> PatternNotation.readPattern("* $ *")).hasMessageContaining("two verbs");
        assertThatThrownBy(() -> PatternNotation.readElements("A *")).hasMessageContaining("outside a pattern");
        assertThatThrownBy(() -> PatternNotation.readElements("A__B")).hasMessageContaining("bad pattern element");
        assertThatThrownBy(() -> PatternNotation.readElements("&")).hasMessageContaining("bad synonym set");
    }
}
