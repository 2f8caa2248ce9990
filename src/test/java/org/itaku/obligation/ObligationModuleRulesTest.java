package org.itaku.obligation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The law is data and pure functions: the rule logic and the command line must not need Spring or SQL. */
class ObligationModuleRulesTest {

    @Test
    void ruleLogicUsesNeitherSpringNorSql() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.itaku.obligation");
        noClasses().that().resideInAPackage("org.itaku.obligation")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
                .check(classes);
    }
}
