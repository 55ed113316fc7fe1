package io.orbitdc.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering rules of docs/architecture.md, checked on the compiled core: data flows one way,
 * from the scenario file through the engines to the reports. A rule that fails names the class
 * and the dependency that breaks it.
 */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.orbitdc.core");

    /** The engines: each models one stage and knows nothing of files, front ends or reports. */
    private static final String[] ENGINES = {"io.orbitdc.core.sizing..", "io.orbitdc.core.geometry..",
        "io.orbitdc.core.twin..", "io.orbitdc.core.links..", "io.orbitdc.core.service..",
        "io.orbitdc.core.workload..", "io.orbitdc.core.launch..", "io.orbitdc.core.economics..",
        "io.orbitdc.core.catalog..", "io.orbitdc.core.units..", "io.orbitdc.core.budget.."};

    @Test
    void enginesNeverReadTheScenarioFormatTheStudyOrTheReports() {
        noClasses().that().resideInAnyPackage(ENGINES)
                .should().dependOnClassesThat().resideInAnyPackage("io.orbitdc.core.scenario..",
                        "io.orbitdc.core.study..", "io.orbitdc.core.report..")
                .because("engines are built from plain specs; the scenario binders and the study map onto them")
                .check(CORE);
    }

    @Test
    void theScenarioFormatNeverRunsAStudyOrWritesAReport() {
        noClasses().that().resideInAPackage("io.orbitdc.core.scenario..")
                .should().dependOnClassesThat().resideInAnyPackage("io.orbitdc.core.study..", "io.orbitdc.core.report..")
                .check(CORE);
    }

    @Test
    void theCoreNeverDependsOnAFrontEnd() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.orbitdc.cli..", "picocli..",
                        "org.apache.spark..", "io.javalin..")
                .check(CORE);
    }

    @Test
    void packagesFormNoCycles() {
        slices().matching("io.orbitdc.core.(*)..").should().beFreeOfCycles().check(CORE);
    }
}
