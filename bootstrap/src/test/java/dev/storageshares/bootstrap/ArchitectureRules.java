package dev.storageshares.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/**
 * The dependency rules, parameterised by the root package so the same rule objects can be shown to
 * fail on a deliberately broken fixture (see {@code ArchitectureTest}).
 */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    static ArchRule domainDependsOnTheJdkOnly(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + ".domain..")
                .because("the domain jar is embedded anywhere and must drag nothing along");
    }

    static ArchRule applicationDependsOnTheDomainOnly(String root) {
        return classes().that().resideInAPackage(root + ".application..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.slf4j..", "jakarta.validation..",
                        root + ".domain..", root + ".application..")
                .because("use cases know ports, not frameworks; their commands carry Bean Validation constraints, "
                        + "an API with no provider attached");
    }

    static ArchRule adaptersDoNotDependOnEachOther(String root) {
        return slices().matching(root + ".adapter.(*)..").should().notDependOnEachOther()
                .because("each adapter translates between the core and one technology");
    }

    static ArchRule nothingDependsOnBootstrap(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".bootstrap..")
                .should().dependOnClassesThat().resideInAPackage(root + ".bootstrap..")
                .because("wiring sits on top; nothing may reach up into it");
    }

    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles();
    }

    /**
     * The domain's ports are narrow on purpose (an embedder implementing one role implements one
     * interface); a store class serving several of them would grow them back into one.
     */
    static ArchRule eachPortImplementationServesOnePort(String root) {
        return classes().that().resideOutsideOfPackage(root + ".domain..")
                .should(implementAtMostOnePortOf(root + ".domain"))
                .because("ports are split by role, and so are the classes that implement them");
    }

    private static ArchCondition<JavaClass> implementAtMostOnePortOf(String domainPackage) {
        return new ArchCondition<>("implement at most one port of " + domainPackage) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                List<String> ports = item.getRawInterfaces().stream()
                        .filter(port -> port.getPackageName().startsWith(domainPackage))
                        .map(JavaClass::getSimpleName).toList();
                if (ports.size() > 1) {
                    events.add(SimpleConditionEvent.violated(item, item.getName() + " implements " + ports));
                }
            }
        };
    }
}
