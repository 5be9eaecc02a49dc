package org.dyad.acceptance;

import org.dyad.event.EventCoder;
import org.dyad.nlp.CoreNlpParser;
import org.dyad.nlp.NlpOptions;
import org.dyad.pipeline.ArticleCoder;

/** One CoreNLP pipeline per test JVM, shared by every test that needs real parses. */
final class TestPipeline {
    private static ArticleCoder coder;

    private TestPipeline() {}

    static synchronized ArticleCoder coder() {
        if (coder == null) {
            coder = new ArticleCoder(new CoreNlpParser(NlpOptions.defaults()), EventCoder.defaults());
        }
        return coder;
    }
}
