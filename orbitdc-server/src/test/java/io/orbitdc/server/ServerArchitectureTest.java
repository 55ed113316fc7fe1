package io.orbitdc.server;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The server is a front end like the CLI (docs/architecture.md, rule 6): it parses requests, calls
 * the core's {@code Study} (or the verdict entry point) and stores what a report writer produced.
 * It holds no composition and no physics, and never depends on the command line.
 */
class ServerArchitectureTest {

    private static final JavaClasses SERVER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.orbitdc.server");

    @Test
    void noHandlerRunsAStageItself() {
        noClasses().that().resideInAPackage("io.orbitdc.server..")
                .should().callMethodWhere(describe("a method of a study stage (…Stage)",
                        (JavaMethodCall call) -> call.getTargetOwner().getPackageName().equals("io.orbitdc.core.study")
                                && call.getTargetOwner().getSimpleName().endsWith("Stage")))
                .because("the Study API composes the stages, so that the server runs what the CLI runs")
                .check(SERVER);
    }

    @Test
    void noHandlerReachesIntoAnEngineOrTheCommandLine() {
        noClasses().that().resideInAPackage("io.orbitdc.server..")
                .should().dependOnClassesThat().resideInAnyPackage("io.orbitdc.core.sizing..",
                        "io.orbitdc.core.geometry.batch..", "io.orbitdc.core.geometry.scan..", "io.orbitdc.core.links..",
                        "io.orbitdc.core.service..", "io.orbitdc.core.workload..", "io.orbitdc.core.economics..",
                        "io.orbitdc.core.orbit..", "io.orbitdc.core.footprint..", "io.orbitdc.core.twin.power..",
                        "io.orbitdc.cli..")
                .because("physics lives in the engines; the server only sees reports")
                .check(SERVER);
    }
}
