package org.dyad.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BracketsTest {
    @Test
    void balancedGroupsPassAndEveryOtherShapeIsNamed() {
        assertThat(Brackets.unbalanced("{THE $} * (AT +) [051]")).isEmpty();
        assertThat(Brackets.unbalanced("{THE $ * +")).contains("unclosed '{'");
        assertThat(Brackets.unbalanced("$ * (AT +")).contains("unclosed '('");
        assertThat(Brackets.unbalanced("$ * AT) +")).contains("')' without its '('");
        assertThat(Brackets.unbalanced("{$ * (AT +})")).contains("'(' closed by '}'");
        assertThat(Brackets.hasAny("GOLD")).isFalse();
        assertThat(Brackets.hasAny("{GOLD")).isTrue();
    }
}
