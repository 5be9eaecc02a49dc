package org.dyad.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Packages depend on each other one way only: the classes of every module on the class path (core, nlp,
 * store, app), sliced by their first package below {@code org.dyad}, have no dependency cycle.
 */
class PackageCyclesTest {
    private static final JavaClasses DYAD = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.dyad");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.dyad.(*)..").should().beFreeOfCycles().check(DYAD);
    }
}
