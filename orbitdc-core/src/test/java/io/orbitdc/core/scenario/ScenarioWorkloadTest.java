package io.orbitdc.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.orbitdc.core.study.ShippedCatalogs;
import io.orbitdc.core.workload.TrainingSpec;
import io.orbitdc.core.workload.Workload;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scheduler choice and the training workload fields, read and validated. */
class ScenarioWorkloadTest {
    private final ScenarioLoader loader = new ScenarioLoader(ShippedCatalogs.load());

    private Scenario parse(String yaml) {
        return loader.parse("test.yaml", yaml, Path.of("."));
    }

    private List<String> errors(String yaml) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> parse(yaml));
        assertThat(e).as("expected validation errors").isNotNull();
        return e.errors().stream().map(ScenarioError::toString).toList();
    }

    @Test
    void schedulerDefaultsToGreedyAndTakesAKnownPolicy() {
        assertThat(parse("orbitdc: 1\norbit: { altitude: 650 km }\n").scheduler()).isEqualTo("greedy");
        assertThat(parse("orbitdc: 1\nscheduler: thermal-aware\norbit: { altitude: 650 km }\n").scheduler())
                .isEqualTo("thermal-aware");
    }

    @Test
    void unknownSchedulerIsAnErrorListingTheKnownOnes() {
        List<String> errs = errors("orbitdc: 1\nscheduler: power-awre\norbit: { altitude: 650 km }\n");
        assertThat(errs).hasSize(1);
        assertThat(errs.get(0)).startsWith("test.yaml:2:")
                .contains("scheduler")
                .contains("unknown scheduler policy 'power-awre'")
                .contains("did you mean 'power-aware'?")
                .contains("greedy", "power-aware", "thermal-aware");
    }

    @Test
    void trainingFieldsAreReadInSiAndBecomeAJob() {
        Scenario s = parse("""
                orbitdc: 1
                orbit: { altitude: 650 km }
                workloads:
                  - type: training
                    modelParameters: 7e10
                    tokens: 1.4e12
                    share: 0.5
                    batchTokens: 8e6
                    interSatelliteBandwidth: 1.6 Tbps
                    modelFlopsUtilisation: 35 %
                    checkpointCost: 2 min
                    restartTime: 5 min
                    checkpointInterval: 1 h
                """);
        TrainingSpec job = ((Workload.Training) s.workloads().get(0)).job();
        assertThat(job.modelParameters()).isEqualTo(7e10);
        assertThat(job.batchTokens()).isEqualTo(8e6);
        assertThat(job.interSatelliteBandwidthBps()).isCloseTo(1.6e12, within(1.0));
        assertThat(job.modelFlopsUtilisation()).isCloseTo(0.35, within(1e-12));
        assertThat(job.checkpointCostS(81)).isEqualTo(120.0);
        assertThat(job.restartS()).isEqualTo(300.0);
        assertThat(job.checkpointIntervalS().getAsDouble()).isEqualTo(3600.0);
        assertThat(job.share()).isEqualTo(0.5);
        assertThat(job.gradientBytesPerParameter()).isEqualTo(TrainingSpec.DEFAULT_GRADIENT_BYTES);
    }

    @Test
    void theShippedSuncatcherScenarioGivesAJobWithTheDefaults() {
        Scenario s = loader.load(Path.of("../scenarios/suncatcher-like.yaml"));
        TrainingSpec job = ((Workload.Training) s.workloads().get(0)).job();
        assertThat(job.interSatelliteBandwidthBps()).isEqualTo(TrainingSpec.DEFAULT_ISL_BPS);
        assertThat(job.checkpointIntervalS()).isEmpty();
    }

    @Test
    void badTrainingValuesAndASecondJobAreErrors() {
        List<String> errs = errors("""
                orbitdc: 1
                orbit: { altitude: 650 km }
                workloads:
                  - { type: training, modelParameters: 1e9, tokens: 1e12, share: 0.5, interSatelliteBandwidth: 0 Gbps, restartTime: -1 s }
                  - { type: training, modelParameters: 1e9, tokens: 1e12, share: 0.5, modelFlopsUtilisation: 1.5 }
                """);
        assertThat(errs).anySatisfy(e -> assertThat(e).contains("interSatelliteBandwidth"));
        assertThat(errs).anySatisfy(e -> assertThat(e).contains("restartTime"));
        assertThat(errs).anySatisfy(e -> assertThat(e).contains("modelFlopsUtilisation"));
        assertThat(errs).anySatisfy(e -> assertThat(e).contains("expected at most one"));
    }

    @Test
    void anSdcDetectorIsReadWithItsDefaultOverheadAndRecovery() {
        Scenario s = parse("""
                orbitdc: 1
                orbit: { altitude: 650 km }
                workloads:
                  - { type: training, modelParameters: 7e10, tokens: 1.4e12, sdcDetection: 0.95, share: 0.9 }
                  - { type: inference, requestsPerSecond: 1, share: 0.1 }
                """);
        var d = ((Workload.Training) s.workloads().get(0)).job().sdcDetector();
        assertThat(d.detectionProbability()).isEqualTo(0.95);
        // ABFT's 7 % training overhead (liang-2024) when the scenario does not state one
        assertThat(d.computeOverheadFraction()).isEqualTo(io.orbitdc.core.workload.SdcDetector.DEFAULT_OVERHEAD);
        assertThat(d.rollsBackToCheckpoint()).isFalse();
        Scenario none = loader.load(Path.of("../scenarios/suncatcher-like.yaml"));
        assertThat(((Workload.Training) none.workloads().get(0)).job().sdcDetector().present()).isFalse();
        Scenario rollback = parse("""
                orbitdc: 1
                orbit: { altitude: 650 km }
                workloads:
                  - { type: training, modelParameters: 7e10, tokens: 1.4e12, sdcDetection: 1, sdcRecovery: checkpoint, sdcDetectorOverhead: 0.02 }
                """);
        var r = ((Workload.Training) rollback.workloads().get(0)).job().sdcDetector();
        assertThat(r.rollsBackToCheckpoint()).isTrue();
        assertThat(r.computeOverheadFraction()).isEqualTo(0.02);
    }

    @Test
    void aRecoveryWithoutADetectorAndAnOutOfRangeDetectionAreErrors() {
        List<String> errs = errors("""
                orbitdc: 1
                orbit: { altitude: 650 km }
                workloads:
                  - { type: training, modelParameters: 1e9, tokens: 1e12, sdcRecovery: checkpoint, sdcDetectorOverhead: 2 }
                """);
        assertThat(errs).anySatisfy(e -> assertThat(e).contains("sdcRecovery").contains("no detector"));
        assertThat(errs).anySatisfy(e -> assertThat(e).contains("sdcDetectorOverhead"));
        assertThat(errors("""
                orbitdc: 1
                orbit: { altitude: 650 km }
                workloads:
                  - { type: training, modelParameters: 1e9, tokens: 1e12, sdcDetection: 1.5 }
                """)).anySatisfy(e -> assertThat(e).contains("sdcDetection"));
    }

    @Test
    void eachKindBindsToItsOwnRecord() {
        Scenario s = parse("""
                orbitdc: 1
                orbit: { altitude: 650 km }
                workloads:
                  - { type: inference, requestsPerSecond: 5, modelParameters: 8e9, share: 0.2 }
                  - { type: earth-observation, rawDataPerOrbit: 10 GB, reductionFactor: 50, share: 0.1 }
                """);
        assertThat(s.workloads().get(0)).isEqualTo(new Workload.Inference("inference", 0.2, 5,
                java.util.OptionalDouble.of(8e9)));
        assertThat(s.workloads().get(1)).isEqualTo(new Workload.EarthObservation("earth-observation", 0.1, 8e10,
                java.util.OptionalDouble.of(50)));
    }

    @Test
    void aFieldOfAnotherKindIsAnErrorAtThatFieldNotSilentlyDropped() {
        List<String> errs = errors("""
                orbitdc: 1
                orbit: { altitude: 650 km }
                workloads:
                  - { type: inference, requestsPerSecond: 5, tokens: 1e12, share: 0.5 }
                  - { type: earth-observation, rawDataPerOrbit: 10 GB, checkpointInterval: 1 h, share: 0.1 }
                """);
        assertThat(errs).anySatisfy(e -> assertThat(e).contains(":4:").contains("workloads[0].tokens")
                .contains("no meaning for an inference workload").contains("training workload only"));
        assertThat(errs).anySatisfy(e -> assertThat(e).contains(":5:").contains("workloads[1].checkpointInterval")
                .contains("earth-observation workload"));
    }

    @Test
    void anUnknownKindIsAnErrorAtTheTypeWithTheNearestWord() {
        assertThat(errors("""
                orbitdc: 1
                orbit: { altitude: 650 km }
                workloads:
                  - { type: inferense, requestsPerSecond: 5 }
                """)).anySatisfy(e -> assertThat(e).contains("test.yaml:4:").contains("workloads[0].type")
                .contains("did you mean 'inference'"));
    }
}
