package org.itaku;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Spring Modulith's view of the module rule in architecture.md: every package directly under {@code org.itaku} is a
 * module, other modules may use only its top-level package, and no two modules depend on each other in a cycle.
 */
class ModulithVerificationTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(ItakuApplication.class);

    @Test
    void modulesUseEachOtherOnlyThroughTheirApisAndWithoutCycles() {
        MODULES.verify();
    }

    /** The verification is not vacuous: in a fixture where one module reaches into another's sub-package it fails. */
    @Test
    void aReachIntoAnotherModulesInternalsIsCaught() {
        ApplicationModules fixture = ApplicationModules.of("org.itaku.archfixture", location -> true);
        assertThatThrownBy(fixture::verify).hasMessageContaining("Secret");
    }

    @Test
    void everyModuleIsSeen() {
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
                .contains("vocabulary", "identity", "audit", "entrustment", "obligation", "incident", "document",
                        "casebook", "cli");
    }
}
