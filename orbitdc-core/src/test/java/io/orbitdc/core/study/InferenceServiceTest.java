package io.orbitdc.core.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.orbitdc.core.catalog.Accelerator;
import io.orbitdc.core.catalog.HardwareCatalog;
import io.orbitdc.core.links.PassGeometry;
import io.orbitdc.core.workload.Workload;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The inference service time against its published calibration, and the pass profile's bounds. */
class InferenceServiceTest {

    private static Workload.Inference chat(OptionalDouble parameters, double share) {
        return new Workload.Inference("chat", share, 10, parameters);
    }

    /**
     * Calibration check, not a validation: InferenceService.EFFECTIVE_UTILISATION was fitted to this
     * very benchmark, so reproducing it proves the wiring (FLOPs per request, the accelerator's peak,
     * the share of one request per server), not the model. The halving with half the parameters is
     * the model's linearity in P, checked by hand.
     */
    @Test
    void calibrationCheckASeventyBillionParameterRequestOnOneH100TakesTheBenchmarkPairsTimeTwice() {
        Accelerator h100 = HardwareCatalog.load().accelerator("nvidia-h100-sxm").orElseThrow();
        // ref: nvidia-nim-llm-benchmarks — Llama-3.3-70B, 2 x H100, 5,000 in / 500 out, concurrency 1:
        // TTFT 406.77 ms + 499 x 18.58 ms = 9.678 s on two GPUs, i.e. 19.36 GPU-seconds on one
        assertThat(InferenceService.serviceTimeS(chat(OptionalDouble.empty(), 1), h100))
                .isCloseTo(2 * (0.40677 + 499 * 0.01858), within(1e-9));
        // half the parameters, half the FLOPs per request
        assertThat(InferenceService.serviceTimeS(chat(OptionalDouble.of(35e9), 1), h100))
                .isCloseTo(0.40677 + 499 * 0.01858, within(1e-9));
    }

    @Test
    void serversAreTheWorkloadsShareOfTheAcceleratorsAtLeastOne() {
        assertThat(InferenceService.servers(chat(OptionalDouble.empty(), 0.25), 64)).isEqualTo(16);
        assertThat(InferenceService.servers(chat(OptionalDouble.empty(), 0.1), 64)).isEqualTo(6);
        assertThat(InferenceService.servers(chat(OptionalDouble.empty(), 0.1), 1)).isEqualTo(1);
    }

    @Test
    void meanPassElevationLiesBetweenTheMaskAndTheZenith() {
        PassGeometry g = new PassGeometry(550e3, Math.toRadians(5));
        double el = PassProfile.meanElevationRad(g);
        // most of a pass is spent low: the time-mean elevation is well below 45 deg
        assertThat(Math.toDegrees(el)).isBetween(10.0, 35.0);
        double range = PassProfile.meanElevationSlantRangeM(g);
        assertThat(range).isBetween(550e3, g.slantRangeM(Math.toRadians(5)));
    }
}
