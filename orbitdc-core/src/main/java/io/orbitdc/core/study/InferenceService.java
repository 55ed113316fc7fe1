package io.orbitdc.core.study;

import io.orbitdc.core.report.ServiceReport;
import io.orbitdc.core.catalog.Accelerator;
import io.orbitdc.core.workload.Workload;
import io.orbitdc.core.service.DiurnalLoad;
import io.orbitdc.core.service.InferenceLatency;
import io.orbitdc.core.service.LatencyQuantiles;
import io.orbitdc.core.service.PathDelay;

/**
 * The latency of a scenario's inference workload served by the fleet: each satellite is an M/M/c
 * queue of its accelerators ({@link InferenceLatency}), requests spread evenly over the
 * satellites, reaching them over the ground contact and inter-satellite hops
 * (docs/models/service-stage.md).
 *
 * <p>Service time: one request of {@link #TOKENS_PER_REQUEST} tokens costs 2·P FLOP per token
 * (ref: kaplan-2020 §2.1, forward pass) at an effective {@link #EFFECTIVE_UTILISATION} of the
 * accelerator's dense BF16 peak. That utilisation is calibrated on a published single-request
 * latency: Llama-3.3-70B-Instruct on 2 × H100 (fp8, TP2), 5,000 input and 500 output tokens at
 * concurrency 1, 406.77 ms to the first token and 18.58 ms per further token, 9.68 s per request
 * (ref: nvidia-nim-llm-benchmarks). With no parameter count given, the model is that 70B one.
 * Decoding is bound by memory bandwidth, not FLOPs, and servers batch requests: scaling by peak
 * FLOPs and serving one request per accelerator at a time are orbitdc assumptions, valid to a
 * factor of a few for dense transformer LLMs.
 */
final class InferenceService {

    /** Input plus output tokens of one request (the benchmark's 5,000 + 500). ref: nvidia-nim-llm-benchmarks */
    static final double TOKENS_PER_REQUEST = 5_500;
    /** Parameters of the model served when the workload does not say (Llama 3.3 70B). */
    static final double DEFAULT_PARAMETERS = 70e9;
    /** Published end-to-end latency of one request on the reference pair of H100s (s): TTFT + 499 × ITL. */
    static final double REFERENCE_REQUEST_S = 0.40677 + 499 * 0.01858;
    /** Accelerators of the reference measurement (tensor parallel 2). */
    static final int REFERENCE_ACCELERATORS = 2;
    /** Dense BF16 peak of an H100 SXM (FLOP/s). ref: nvidia-h100-datasheet */
    static final double REFERENCE_PEAK_FLOPS = 989e12;
    /** Achieved fraction of the dense BF16 peak while serving one request at a time (≈ 0.040). */
    static final double EFFECTIVE_UTILISATION = 2 * DEFAULT_PARAMETERS * TOKENS_PER_REQUEST
            / (REFERENCE_ACCELERATORS * REFERENCE_PEAK_FLOPS * REFERENCE_REQUEST_S);
    /**
     * Daily swing of the request rate: ±30 % around the mean, peaking at 15:00 UTC (afternoon in
     * Europe, morning in the Americas). An orbitdc assumption (ref: links-diurnal-load): a
     * worldwide user base flattens a single region's day-night cycle.
     */
    static final double DIURNAL_AMPLITUDE = 0.3;
    static final double PEAK_HOUR_UTC = 15.0;

    private InferenceService() {
    }

    /** Mean service time of one request of the workload on one accelerator (s). */
    static double serviceTimeS(Workload.Inference workload, Accelerator accelerator) {
        double parameters = workload.modelParameters().orElse(DEFAULT_PARAMETERS);
        return 2 * parameters * TOKENS_PER_REQUEST / (EFFECTIVE_UTILISATION * accelerator.bf16Flops());
    }

    /** Accelerators serving the workload on one satellite: its share of them, at least one. */
    static int servers(Workload.Inference workload, int acceleratorsPerSatellite) {
        return Math.max(1, (int) Math.floor(acceleratorsPerSatellite * workload.share() + 1e-9));
    }

    /**
     * The latency over a day of diurnal load.
     *
     * @param satellites satellites serving requests
     * @param path       slant range, hops, coverage and gap
     * @param deliveredFraction share of nameplate compute the accelerators deliver, (0, 1] (1 without a twin run)
     */
    static ServiceReport.Inference estimate(Workload.Inference workload, Accelerator accelerator, int acceleratorsPerSatellite,
                                            int satellites, PathDelay path, double deliveredFraction) {
        double rate = workload.requestsPerSecond() / satellites;
        int servers = servers(workload, acceleratorsPerSatellite);
        // the accelerators serve only the share of time power, heat, radiation and failures leave
        // them (the twin's delivered fraction): on average a request takes 1/fraction as long
        double serviceS = serviceTimeS(workload, accelerator) / deliveredFraction;
        LatencyQuantiles q = new InferenceLatency(servers, serviceS, path)
                .overDay(new DiurnalLoad(rate, DIURNAL_AMPLITUDE, PEAK_HOUR_UTC));
        return new ServiceReport.Inference(workload.name(), workload.requestsPerSecond(), rate, servers,
                serviceS, path.slantRangeM(), path.islHops(), path.hopDistanceM(), path.coverage(), path.gapS(),
                q.p50S(), q.p99S(), q.meanS(), q.utilisation(), q.stable(), q.lightTimeS());
    }
}
