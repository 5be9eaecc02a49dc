package org.dyad.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextHashTest {
    @Test
    void theHashIsTheHexSha256OfTheUtf8Text() {
        assertThat(TextHash.of("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(TextHash.of("Bakı")).hasSize(64).isNotEqualTo(TextHash.of("Baki"));
    }
}
