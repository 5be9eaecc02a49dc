package org.dyad.acceptance;

import org.dyad.Dyad;

/** The default Dyad, built once per test JVM (CoreNLP loads once and is shared by every Dyad of the process). */
public final class TestPipeline {
    private static Dyad dyad;

    private TestPipeline() {}

    /** The default coder over CoreNLP's fast profile. */
    public static synchronized Dyad dyad() {
        if (dyad == null) {
            dyad = Dyad.builder().threads(1).build();
        }
        return dyad;
    }

    static Dyad coder() {
        return dyad();
    }
}
