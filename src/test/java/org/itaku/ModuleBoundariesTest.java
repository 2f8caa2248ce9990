package org.itaku;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;

class ModuleBoundariesTest {

    @Test
    void noModuleReachesIntoAnotherModulesInternals() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.itaku");
        assertThat(production.size()).as("production classes imported").isGreaterThan(10);

        ModuleBoundaries.onlyPublicApisAcrossModules("org.itaku").check(production);
    }

    /** The rule is not vacuous: a fixture that crosses a boundary is caught, and a legal use is not. */
    @Test
    void theRuleCatchesACrossing() {
        JavaClasses fixture = new ClassFileImporter().importPackages("org.itaku.archfixture");

        EvaluationResult result = ModuleBoundaries.onlyPublicApisAcrossModules("org.itaku.archfixture").evaluate(fixture);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .isNotEmpty()
                .allSatisfy(detail -> assertThat(detail)
                        .contains("CrossingConsumer")
                        .contains("alpha.internal.Secret")
                        .contains("module 'alpha'"));
    }
}
