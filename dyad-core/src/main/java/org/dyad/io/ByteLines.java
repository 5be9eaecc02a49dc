package org.dyad.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a byte stream, each as raw bytes with its number and byte offset, so that each can be decoded
 * (and each bad byte reported) on its own. A line longer than the cap is not kept: its bytes are read past and
 * only its length is told, so a 2 GB line costs no memory. Lines end at {@code \n}; a {@code \r} before it is
 * dropped. Not thread-safe.
 */
final class ByteLines {

    /** One line: 1-based number, the byte offset of its start, its bytes (null when longer than the cap). */
    record Line(int number, long offset, byte[] bytes, long length) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final long cap;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int end;
    private int number;
    private long offset;
    private boolean eof;

    ByteLines(InputStream in, long cap) {
        this.in = in;
        this.cap = cap;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        if (eof && pos >= end) {
            return null;
        }
        long start = offset;
        byte[] line = new byte[256];
        int n = 0;
        long length = 0;
        boolean kept = true;
        while (true) {
            if (pos >= end) {
                if (eof || !fill()) {
                    if (length == 0) {
                        return null;
                    }
                    break;
                }
            }
            int nl = -1;
            for (int i = pos; i < end; i++) {
                if (buf[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            int stop = nl < 0 ? end : nl;
            int chunk = stop - pos;
            length += chunk + (nl < 0 ? 0 : 1);
            if (kept && n + (long) chunk > cap) {
                kept = false;
                line = null;
            }
            if (kept) {
                if (n + chunk > line.length) {
                    line = Arrays.copyOf(line, Math.max(n + chunk, line.length * 2));
                }
                System.arraycopy(buf, pos, line, n, chunk);
                n += chunk;
            }
            pos = nl < 0 ? end : nl + 1;
            if (nl >= 0) {
                break;
            }
        }
        offset += length;
        number++;
        if (!kept) {
            return new Line(number, start, null, length);
        }
        if (n > 0 && line[n - 1] == '\r') {
            n--;
        }
        return new Line(number, start, Arrays.copyOf(line, n), length);
    }

    private boolean fill() throws IOException {
        int r = in.read(buf);
        if (r <= 0) {
            eof = true;
            pos = 0;
            end = 0;
            return false;
        }
        pos = 0;
        end = r;
        return true;
    }
}
