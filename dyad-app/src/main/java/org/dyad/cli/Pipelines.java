package org.dyad.cli;

import org.dyad.event.EventCoder;
import org.dyad.nlp.CoreNlpParser;
import org.dyad.nlp.NlpOptions;
import org.dyad.pipeline.ArticleCoder;

/** Builds the heavy NLP pipeline once per process, on first use; shared by every command (and tests). */
public final class Pipelines {
    private static CoreNlpParser parser;
    private static ArticleCoder coder;
    private static String profile = "fast";

    private Pipelines() {}

    /** Chooses the NLP profile ({@code fast} or {@code accurate}); must come before the first use. */
    static synchronized void useProfile(String name) {
        NlpOptions.profile(name);
        if (parser != null && !name.equals(profile)) {
            throw new IllegalStateException("the NLP pipeline is already loaded with profile " + profile);
        }
        profile = name;
    }

    public static synchronized CoreNlpParser parser() {
        if (parser == null) {
            parser = new CoreNlpParser(NlpOptions.profile(profile));
        }
        return parser;
    }

    public static synchronized ArticleCoder coder() {
        if (coder == null) {
            coder = new ArticleCoder(parser(), EventCoder.defaults());
        }
        return coder;
    }
}
