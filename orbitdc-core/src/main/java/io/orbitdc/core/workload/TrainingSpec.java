package io.orbitdc.core.workload;

import java.util.OptionalDouble;

/**
 * A synchronous data-parallel training job run across the fleet, as the twin models it.
 *
 * @param modelParameters             P, parameters (&gt; 0)
 * @param tokens                      D, tokens to train on (&gt; 0); total work 6·P·D FLOP
 * @param batchTokens                 B, global batch per optimizer step, tokens (&gt; 0)
 * @param gradientBytesPerParameter   bytes of gradient per parameter exchanged each step (2 for bf16), &gt; 0
 * @param interSatelliteBandwidthBps  per-satellite inter-satellite link bandwidth each way, bit/s (&gt; 0)
 * @param modelFlopsUtilisation       MFU: model FLOP/s achieved per peak FLOP/s while computing, (0, 1]
 * @param share                       fraction of each satellite's compute given to the job, (0, 1]
 * @param checkpointBytesPerParameter bytes saved per parameter at a checkpoint (weights + optimizer), &gt; 0
 * @param checkpointWriteBps          per-satellite checkpoint write rate, bit/s (&gt; 0); the state is sharded over satellites
 * @param checkpointCostS             δ if stated, s (&gt; 0); else derived from the bytes and the write rate
 * @param checkpointIntervalS         τ if stated, s (&gt; 0); else Young/Daly from δ and the fleet's interrupt rate
 * @param restartS                    R, time to restart the job after an interrupt and reload the checkpoint, s (≥ 0)
 * @param sdcDetector                 how silent data corruptions are caught ({@link SdcDetector#none()}: they stay silent)
 */
public record TrainingSpec(double modelParameters, double tokens, double batchTokens, double gradientBytesPerParameter,
                           double interSatelliteBandwidthBps, double modelFlopsUtilisation, double share,
                           double checkpointBytesPerParameter, double checkpointWriteBps, OptionalDouble checkpointCostS,
                           OptionalDouble checkpointIntervalS, double restartS, SdcDetector sdcDetector) {
    /**
     * Global batch of Llama 3 405B's first training stage: 4M tokens (later 8M and 16M).
     * ref: meta-llama3-2024 §3.4.1
     */
    public static final double DEFAULT_BATCH_TOKENS = 4e6;
    /** bf16 gradients: 2 bytes per parameter. */
    public static final double DEFAULT_GRADIENT_BYTES = 2.0;
    /**
     * Suncatcher's bench-scale optical inter-satellite link: 800 Gbps each way (1.6 Tbps total)
     * with one transceiver pair. ref: suncatcher-blog-2025; suncatcher-2025
     */
    public static final double DEFAULT_ISL_BPS = 800e9;
    /** BF16 model FLOPs utilisation of Llama 3 405B pre-training: 38–43 %. ref: meta-llama3-2024 Table 4 */
    public static final double DEFAULT_MFU = 0.40;
    /**
     * Mixed-precision Adam keeps 16 bytes per parameter: fp16 weights and gradients, fp32 master
     * weights, momentum and variance (2 + 2 + 12); a checkpoint saves the 14 of them that are not
     * gradients, rounded up to 16 for metadata. ref: rajbhandari-2020 §3.1
     */
    public static final double DEFAULT_CHECKPOINT_BYTES = 16.0;
    /**
     * 5 GB/s per satellite: one data-centre NVMe SSD's sequential write rate (assumption, order of
     * magnitude) — a persistent checkpoint, the rate before in-memory checkpoints became the default.
     * The default now is the in-memory copy over the inter-satellite link ({@link #stated}).
     */
    public static final double DEFAULT_CHECKPOINT_WRITE_BPS = 40e9;
    /**
     * Restart after an interrupt (detect, swap out the failed part, re-form the collectives, reload
     * the state from the in-memory copy): 150 s, FlashRecovery's measured restoration of a training
     * job on 4,800 accelerators, shown to stay nearly constant with scale (ref: flashrecovery-2025).
     * Published range: under 40 s with hot spares and in-memory checkpoints on 512 GPUs
     * (ref: deadpool-2026) to ~10 min for a conventional job restart from persistent storage
     * (the pre-2026 default here); Meta's account (&gt; 90 % effective time at one interrupt per
     * 3.1 h, meta-llama3-2024 §3.3.4) bounds restart plus lost work to below ~18 min.
     */
    public static final double DEFAULT_RESTART_S = 150.0;

    public TrainingSpec {
        positive("model parameters", modelParameters);
        positive("tokens", tokens);
        positive("batch tokens", batchTokens);
        positive("gradient bytes per parameter", gradientBytesPerParameter);
        positive("inter-satellite bandwidth (bit/s)", interSatelliteBandwidthBps);
        fraction("model FLOPs utilisation", modelFlopsUtilisation);
        fraction("training share", share);
        positive("checkpoint bytes per parameter", checkpointBytesPerParameter);
        positive("checkpoint write rate (bit/s)", checkpointWriteBps);
        if (checkpointCostS == null || checkpointIntervalS == null) {
            throw new IllegalArgumentException("checkpoint cost and interval must be given (empty for the defaults), found null");
        }
        checkpointCostS.ifPresent(v -> positive("checkpoint cost (s)", v));
        checkpointIntervalS.ifPresent(v -> positive("checkpoint interval (s)", v));
        if (!(restartS >= 0.0) || Double.isInfinite(restartS)) {
            throw new IllegalArgumentException("restart time must be a finite number >= 0 s, found " + restartS);
        }
        if (sdcDetector == null) {
            throw new IllegalArgumentException("SDC detector must be given (SdcDetector.none() for none), found null");
        }
    }

    /** A job without an SDC detector: silent data corruptions are counted, not caught. */
    public TrainingSpec(double modelParameters, double tokens, double batchTokens, double gradientBytesPerParameter,
                        double interSatelliteBandwidthBps, double modelFlopsUtilisation, double share,
                        double checkpointBytesPerParameter, double checkpointWriteBps, OptionalDouble checkpointCostS,
                        OptionalDouble checkpointIntervalS, double restartS) {
        this(modelParameters, tokens, batchTokens, gradientBytesPerParameter, interSatelliteBandwidthBps,
                modelFlopsUtilisation, share, checkpointBytesPerParameter, checkpointWriteBps, checkpointCostS,
                checkpointIntervalS, restartS, SdcDetector.none());
    }

    /** The same job with another SDC detector. */
    public TrainingSpec withSdcDetector(SdcDetector detector) {
        return new TrainingSpec(modelParameters, tokens, batchTokens, gradientBytesPerParameter,
                interSatelliteBandwidthBps, modelFlopsUtilisation, share, checkpointBytesPerParameter, checkpointWriteBps,
                checkpointCostS, checkpointIntervalS, restartS, detector);
    }

    /** A job with every default but P and D. */
    public static TrainingSpec of(double modelParameters, double tokens) {
        return new TrainingSpec(modelParameters, tokens, DEFAULT_BATCH_TOKENS, DEFAULT_GRADIENT_BYTES, DEFAULT_ISL_BPS,
                DEFAULT_MFU, 1.0, DEFAULT_CHECKPOINT_BYTES, DEFAULT_ISL_BPS, OptionalDouble.empty(),
                OptionalDouble.empty(), DEFAULT_RESTART_S);
    }

    /**
     * The job a scenario's {@code type: training} workload states, with the defaults above for
     * unset fields. The checkpoint is in memory by default: each satellite snapshots its shard of
     * the state to host memory and copies it to a neighbour's memory over the inter-satellite link,
     * so the shard of a lost satellite survives (ref: gemini-sosp-2023: checkpoints to peers' CPU
     * memory over the training network; gemini-2023 §3: recovery from in-memory replicas). The
     * copy shares the link with the all-reduce, so it stalls the job for shard / link rate:
     * {@code checkpointWriteBps} defaults to the link bandwidth.
     */
    public static TrainingSpec stated(double modelParameters, double tokens, double share, OptionalDouble batchTokens,
                                      OptionalDouble gradientBytesPerParameter, OptionalDouble interSatelliteBandwidthBps,
                                      OptionalDouble modelFlopsUtilisation, OptionalDouble checkpointCostS,
                                      OptionalDouble checkpointWriteBps, OptionalDouble checkpointIntervalS,
                                      OptionalDouble restartS, SdcDetector sdcDetector) {
        double isl = interSatelliteBandwidthBps.orElse(DEFAULT_ISL_BPS);
        return new TrainingSpec(modelParameters, tokens, batchTokens.orElse(DEFAULT_BATCH_TOKENS),
                gradientBytesPerParameter.orElse(DEFAULT_GRADIENT_BYTES), isl, modelFlopsUtilisation.orElse(DEFAULT_MFU),
                share, DEFAULT_CHECKPOINT_BYTES, checkpointWriteBps.orElse(isl), checkpointCostS, checkpointIntervalS,
                restartS.orElse(DEFAULT_RESTART_S), sdcDetector);
    }

    /** Total training compute, FLOP: 6·P·D (forward 2·P·D, backward 4·P·D). ref: kaplan-2020 §2.1; hoffmann-2022 */
    public double totalFlop() {
        return 6.0 * modelParameters * tokens;
    }

    /** Model compute of one optimizer step, FLOP: 6·P·B. */
    public double flopPerStep() {
        return 6.0 * modelParameters * batchTokens;
    }

    /** Gradient exchanged per step, bit. */
    public double gradientBits() {
        return 8.0 * gradientBytesPerParameter * modelParameters;
    }

    /** δ: the stated cost, else the sharded state written at the per-satellite rate, s. */
    public double checkpointCostS(int satellites) {
        if (checkpointCostS.isPresent()) {
            return checkpointCostS.getAsDouble();
        }
        return 8.0 * checkpointBytesPerParameter * modelParameters / (Math.max(1, satellites) * checkpointWriteBps);
    }

    /**
     * Time of one optimizer step with every satellite computing at {@code peakFlopsPerSatellite}
     * (before share and MFU), s: max(6·P·B·(1 + o)/(n·r), t_all-reduce) — what the replay of one
     * step costs when a detected SDC throws it away.
     */
    public double nominalStepS(int satellites, double peakFlopsPerSatellite) {
        int n = Math.max(1, satellites);
        double rate = peakFlopsPerSatellite * share * modelFlopsUtilisation;
        double computeS = rate > 0.0 ? flopPerStep() * (1.0 + sdcDetector.computeOverheadFraction()) / (n * rate)
                : Double.POSITIVE_INFINITY;
        return Math.max(computeS, RingAllReduce.seconds(gradientBits(), n, interSatelliteBandwidthBps));
    }

    private static void positive(String name, double v) {
        if (!(v > 0.0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be a finite number > 0, found " + v);
        }
    }

    private static void fraction(String name, double v) {
        if (!(v > 0.0 && v <= 1.0)) {
            throw new IllegalArgumentException(name + " must lie in (0, 1], found " + v);
        }
    }
}
