package org.itaku;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The module rule of architecture.md: every package directly under the root is a module; its top-level
 * package is its public API and its subpackages ({@code web}, {@code internal}, ...) are its own business.
 * A class may use anything inside its own module, but only the top-level package of another module.
 */
final class ModuleBoundaries {

    private ModuleBoundaries() {
    }

    static ArchRule onlyPublicApisAcrossModules(String rootPackage) {
        return classes().that().resideInAPackage(rootPackage + "..")
                .should(new ArchCondition<JavaClass>("use other modules only through their top-level package") {
                    @Override
                    public void check(JavaClass source, ConditionEvents events) {
                        String sourceModule = moduleOf(rootPackage, source);
                        for (Dependency dependency : source.getDirectDependenciesFromSelf()) {
                            JavaClass target = dependency.getTargetClass();
                            String targetModule = moduleOf(rootPackage, target);
                            if (targetModule == null || targetModule.equals(sourceModule)) {
                                continue;
                            }
                            if (!target.getPackageName().equals(rootPackage + "." + targetModule)) {
                                events.add(SimpleConditionEvent.violated(dependency,
                                        dependency.getDescription() + " reaches into the internals of module '"
                                                + targetModule + "'"));
                            }
                        }
                    }
                });
    }

    /** The module a class belongs to, or null for classes of the root package itself and outside it. */
    static String moduleOf(String rootPackage, JavaClass javaClass) {
        String pkg = javaClass.getPackageName();
        if (!pkg.startsWith(rootPackage + ".")) {
            return null;
        }
        String rest = pkg.substring(rootPackage.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
