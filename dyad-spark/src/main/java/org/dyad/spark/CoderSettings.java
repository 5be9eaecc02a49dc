package org.dyad.spark;

import java.io.Serializable;
import java.util.Objects;
import org.dyad.Dyad;

/**
 * How executors build their {@link Dyad}: the NLP profile ({@code fast} or {@code accurate}) and the coder
 * ({@code combined}, {@code dyad} or {@code petrarch}, with Dyad's default dictionaries). Immutable; sent to the
 * executors with each task, a key of {@link ExecutorDyad}.
 */
record CoderSettings(String nlp, String coder) implements Serializable {
    CoderSettings {
        Objects.requireNonNull(nlp, "nlp");
        Objects.requireNonNull(coder, "coder");
        Dyad.Coder.named(coder); // fails fast, on the driver, for an unknown coder
        org.dyad.nlp.NlpOptions.profile(nlp); // and for an unknown profile
    }

    /** A Dyad of these settings that codes on the calling thread (Spark's task slots are the parallelism). */
    Dyad build() {
        return Dyad.builder().nlp(nlp).coder(Dyad.Coder.named(coder)).threads(1).build();
    }
}
