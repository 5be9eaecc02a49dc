package org.dyad.cli;

import org.dyad.event.EventCoder;
import org.dyad.nlp.CoreNlpParser;
import org.dyad.nlp.NlpOptions;
import org.dyad.pipeline.ArticleCoder;

/** Builds the heavy NLP pipeline once per process, on first use; shared by every command (and tests). */
public final class Pipelines {
    private static CoreNlpParser parser;
    private static ArticleCoder coder;

    private Pipelines() {}

    public static synchronized CoreNlpParser parser() {
        if (parser == null) {
            parser = new CoreNlpParser(NlpOptions.defaults());
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
