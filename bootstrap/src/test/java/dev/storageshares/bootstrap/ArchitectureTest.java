package dev.storageshares.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Dependencies point inward. Every rule is also run against {@code archfixture}, a tiny code base
 * that breaks it on purpose, to prove the rule can fail at all.
 */
class ArchitectureTest {
    private static final String PRODUCT = "dev.storageshares";
    private static final String FIXTURE = "dev.storageshares.bootstrap.archfixture";

    /** Test classes, whether in test-classes folders or in the tests jars other modules ship. */
    private static final ImportOption NO_TESTS = location -> ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
            && !location.matches(Pattern.compile(".*-tests\\.jar.*"));
    private static final JavaClasses PRODUCT_CLASSES = new ClassFileImporter()
            .withImportOption(NO_TESTS)
            .importPackages(PRODUCT);
    private static final JavaClasses FIXTURE_CLASSES = new ClassFileImporter().importPackages(FIXTURE);

    static Stream<Function<String, ArchRule>> rules() {
        return Stream.of(ArchitectureRules::domainDependsOnTheJdkOnly,
                ArchitectureRules::applicationDependsOnTheDomainOnly,
                ArchitectureRules::adaptersDoNotDependOnEachOther,
                ArchitectureRules::nothingDependsOnBootstrap,
                ArchitectureRules::noPackageCycles,
                ArchitectureRules::eachPortImplementationServesOnePort);
    }

    @ParameterizedTest
    @MethodSource("rules")
    void theProductKeepsTheRule(Function<String, ArchRule> rule) {
        rule.apply(PRODUCT).check(PRODUCT_CLASSES);
    }

    @ParameterizedTest
    @MethodSource("rules")
    void theRuleCatchesADeliberateViolation(Function<String, ArchRule> rule) {
        EvaluationResult result = rule.apply(FIXTURE).evaluate(FIXTURE_CLASSES);

        assertThat(result.hasViolation()).as(rule.apply(FIXTURE).getDescription()).isTrue();
    }

    @Test
    void theProductImportCoversEveryModule() {
        Stream.of(".domain.", ".application.", ".adapter.persistence.", ".adapter.rest.", ".adapter.mount.",
                        ".adapter.events.", ".bootstrap.")
                .forEach(pkg -> assertThat(PRODUCT_CLASSES.stream().anyMatch(c -> c.getName().contains(pkg)))
                        .as("classes of %s imported", pkg).isTrue());
    }
}
