package org.dyad.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    @Test
    void utf8WithAndWithoutAByteOrderMark() {
        assertThat(TextDecoder.decode("Bak\u00fc".getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("Bak\u00fc");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'O', 'k'};
        TextDecoder.Decoded d = TextDecoder.decode(bom);
        assertThat(d.text()).isEqualTo("Ok");
        assertThat(d.problem()).isEmpty();
    }

    @Test
    void utf16And32ByTheirMarks() {
        assertThat(TextDecoder.decode(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'O', 0, 'k'}).text()).isEqualTo("Ok");
        assertThat(TextDecoder.decode(new byte[] {(byte) 0xFF, (byte) 0xFE, 'O', 0, 'k', 0}).text()).isEqualTo("Ok");
        assertThat(TextDecoder.decode(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF, 0, 0, 0, 'O'}).text()).isEqualTo("O");
    }

    @Test
    void badBytesAreWindows1252OneByOneAndTheFirstIsNamed() {
        byte[] mixed = "caf\u00e9 \u2018".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[mixed.length + 3];
        System.arraycopy(mixed, 0, bytes, 0, mixed.length);
        bytes[mixed.length] = (byte) 0x93; // a Windows-1252 left double quote
        bytes[mixed.length + 1] = 'x';
        bytes[mixed.length + 2] = (byte) 0x94;
        TextDecoder.Decoded d = TextDecoder.decode(bytes, 100);
        assertThat(d.text()).isEqualTo("caf\u00e9 \u2018\u201cx\u201d");
        assertThat(d.firstBadByte()).contains(100L + mixed.length);
        assertThat(d.badBytes()).isEqualTo(2);
        assertThat(d.problem().orElseThrow()).contains("2 bytes").contains("byte offset " + (100 + mixed.length));
    }
}
