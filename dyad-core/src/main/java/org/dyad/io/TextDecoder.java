package org.dyad.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Bytes of an input file as text. A byte-order mark decides the encoding (UTF-8, UTF-16 LE or BE, UTF-32 LE or
 * BE) and is dropped; without one the bytes are UTF-8. A byte that is not valid UTF-8 (a stray Windows-1252
 * quote in a scraped page, a whole file saved as Windows-1252) is decoded as Windows-1252 on its own, so valid
 * UTF-8 around it stays as it is, and the decoding says where the first such byte was. Stateless.
 */
public final class TextDecoder {

    /** What decoding gave: the text, the encoding read, and the offset of the first byte that was not UTF-8. */
    public record Decoded(String text, String encoding, Optional<Long> firstBadByte, int badBytes) {
        /** What a person should be told; empty when every byte was what the encoding said. */
        public Optional<String> problem() {
            return firstBadByte.map(at -> notUtf8(at, badBytes));
        }
    }

    /** "not valid UTF-8 (3 bytes, the first at byte offset 120); read as Windows-1252 there". */
    static String notUtf8(long firstBadByte, int badBytes) {
        return "not valid UTF-8 (" + badBytes + (badBytes == 1 ? " byte" : " bytes") + ", the first at byte offset "
                + firstBadByte + "); read as Windows-1252 there";
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private TextDecoder() { }

    /** Decodes {@code bytes}, which start at byte {@code offset} of their file (for the warning). */
    public static Decoded decode(byte[] bytes, long offset) {
        Bom bom = Bom.of(bytes);
        if (bom.charset != StandardCharsets.UTF_8) {
            String s = new String(bytes, bom.length, bytes.length - bom.length, bom.charset);
            return new Decoded(s, bom.charset.name(), Optional.empty(), 0);
        }
        return utf8(bytes, bom.length, offset);
    }

    /** Decodes a whole file's bytes. */
    public static Decoded decode(byte[] bytes) {
        return decode(bytes, 0);
    }

    /** Whether {@code bytes} start with a UTF-16 or UTF-32 byte-order mark (text that is not line-by-line UTF-8). */
    static boolean wideBom(byte[] bytes) {
        return Bom.of(bytes).charset != StandardCharsets.UTF_8;
    }

    /** Decodes {@code bytes} as UTF-8 (no byte-order mark looked for), Windows-1252 where not valid. */
    static Decoded utf8(byte[] bytes, long offset) {
        return utf8(bytes, 0, offset);
    }

    private static Decoded utf8(byte[] bytes, int from, long offset) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharsetDecoder cp1252 = WINDOWS_1252.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(bytes.length - from + 16);
        long first = -1;
        int bad = 0;
        while (true) {
            CoderResult r = utf8.decode(in, out, true);
            if (r.isUnderflow()) {
                utf8.flush(out);
                break;
            }
            if (r.isOverflow()) { // cannot happen: UTF-8 never gives more chars than bytes
                throw new IllegalStateException("decoder overflow");
            }
            int n = r.length();
            if (first < 0) {
                first = offset + in.position();
            }
            bad += n;
            ByteBuffer badBytes = ByteBuffer.wrap(bytes, in.position(), n);
            cp1252.reset();
            cp1252.decode(badBytes, out, true);
            in.position(in.position() + n);
        }
        out.flip();
        return new Decoded(out.toString(), first < 0 ? "UTF-8" : "UTF-8 with Windows-1252 bytes",
                first < 0 ? Optional.empty() : Optional.of(first), bad);
    }

    /** A byte-order mark: the encoding it announces and its length (0: none, UTF-8 assumed). */
    private record Bom(Charset charset, int length) {
        static Bom of(byte[] b) {
            if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
                return new Bom(UTF_32BE, 4);
            }
            if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
                return new Bom(UTF_32LE, 4);
            }
            if (starts(b, 0xEF, 0xBB, 0xBF)) {
                return new Bom(StandardCharsets.UTF_8, 3);
            }
            if (starts(b, 0xFE, 0xFF)) {
                return new Bom(StandardCharsets.UTF_16BE, 2);
            }
            if (starts(b, 0xFF, 0xFE)) {
                return new Bom(StandardCharsets.UTF_16LE, 2);
            }
            return new Bom(StandardCharsets.UTF_8, 0);
        }

        private static boolean starts(byte[] b, int... prefix) {
            if (b.length < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if ((b[i] & 0xFF) != prefix[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
