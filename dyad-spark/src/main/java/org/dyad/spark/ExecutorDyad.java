package org.dyad.spark;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.dyad.Dyad;

/**
 * One {@link Dyad} per executor JVM and settings, built lazily by the first task that needs it and reused by every
 * later task of that JVM, of this job or the next (Spark reuses executor JVMs across tasks; each task slot is a
 * thread, and a Dyad is thread-safe).
 *
 * <p>This static holder is the usual Spark idiom for an expensive, non-serializable resource (a connection pool, a
 * model): the driver sends only the small {@link CoderSettings}; the executor loads CoreNLP's models (several
 * seconds, ~0.5 GB of heap) once. While the first task loads them, the other task slots of the JVM wait for the same
 * instance instead of loading their own ({@link ConcurrentMap#computeIfAbsent} blocks them).
 */
final class ExecutorDyad {
    private static final ConcurrentMap<CoderSettings, Dyad> BUILT = new ConcurrentHashMap<>();

    private ExecutorDyad() {}

    /** This JVM's Dyad for {@code settings}, built on first use. */
    static Dyad get(CoderSettings settings) {
        return BUILT.computeIfAbsent(settings, CoderSettings::build);
    }
}
