package org.dyad.cli;

import java.io.PrintWriter;
import org.dyad.pipeline.CodedArticle;

/** Prints what coding an article warned about: {@code dyad: warning: ...}; warnings never change the exit code. */
final class Warnings {
    private Warnings() {}

    static void print(CodedArticle coded, PrintWriter err) {
        if (!coded.warnings().isEmpty()) {
            coded.warnings().forEach(w -> err.println("dyad: warning: " + w));
            err.flush();
        }
    }
}
