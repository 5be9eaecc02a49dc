package org.dyad.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Coding never reads the clock: the same input codes the same on any day. No class that reads, parses or codes
 * articles asks for the current date or time (measuring a duration with {@code System.nanoTime} is allowed).
 */
class NoClockTest {
    private static final JavaClasses CODING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.dyad.actor", "org.dyad.article", "org.dyad.date", "org.dyad.dictionary",
                    "org.dyad.event", "org.dyad.ontology", "org.dyad.petrarch", "org.dyad.pipeline", "org.dyad.place",
                    "org.dyad.text", "org.dyad.nlp", "org.dyad.io", "org.dyad.eval", "org.dyad.gaps");

    @Test
    void codingReadsNoClock() {
        noClasses().should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .check(CODING);
    }
}
