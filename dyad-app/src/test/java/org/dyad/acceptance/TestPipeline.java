package org.dyad.acceptance;

import org.dyad.cli.Pipelines;
import org.dyad.pipeline.ArticleCoder;

/** One CoreNLP pipeline per test JVM (the CLI's own), shared by every test that needs real parses. */
final class TestPipeline {
    private TestPipeline() {}

    static ArticleCoder coder() {
        return Pipelines.coder();
    }
}
