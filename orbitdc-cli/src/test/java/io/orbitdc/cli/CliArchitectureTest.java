package io.orbitdc.cli;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The CLI holds no composition and no physics (docs/architecture.md, rule 6): a verb parses its
 * options, calls the core's {@code Study} (or sweep/verdict entry points) and prints a report
 * writer's output. Checked on the compiled CLI.
 */
class CliArchitectureTest {

    private static final JavaClasses CLI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.orbitdc.cli");

    @Test
    void noVerbRunsAStageItself() {
        noClasses().that().resideInAPackage("io.orbitdc.cli..")
                .should().callMethodWhere(describe("a method of a study stage (…Stage)",
                        (JavaMethodCall call) -> call.getTargetOwner().getPackageName().equals("io.orbitdc.core.study")
                                && call.getTargetOwner().getSimpleName().endsWith("Stage")))
                .because("the Study API composes the stages, so that a Java user runs what the CLI runs")
                .check(CLI);
    }

    @Test
    void noVerbReachesIntoAnEngine() {
        noClasses().that().resideInAPackage("io.orbitdc.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("io.orbitdc.core.sizing..",
                        "io.orbitdc.core.geometry.batch..", "io.orbitdc.core.geometry.scan..", "io.orbitdc.core.links..",
                        "io.orbitdc.core.service..", "io.orbitdc.core.workload..", "io.orbitdc.core.economics..",
                        "io.orbitdc.core.orbit..", "io.orbitdc.core.footprint..")
                .because("physics lives in the engines; the CLI only sees reports")
                .check(CLI);
    }
}
