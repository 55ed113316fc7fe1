package io.orbitdc.core.twin;

/**
 * Annual failure rates (events per unit-year, exponential lifetimes) per component class.
 *
 * @param acceleratorPerYear failures per accelerator unit-year
 * @param hostPerYear        failures per host (CPU board serving several accelerators) per year
 * @param powerStringPerYear failures per solar-array string or power-conditioning channel per year
 * @param satellitePerYear   whole-satellite losses per satellite-year (bus, ADCS, debris strike)
 */
public record FailureRates(double acceleratorPerYear, double hostPerYear, double powerStringPerYear,
                           double satellitePerYear) {
    /**
     * Annualised accelerator failure rate, ~9 %/yr, as Forethought derives from Meta's Llama 3
     * training run. ref: forethought-2026; meta-llama3-2024
     */
    public static final double ACCELERATOR_PER_YEAR_FORETHOUGHT = 0.09;
    /**
     * All job interruptions in the Llama 3 405B run: 419 in 54 days on 16,384 H100s, i.e.
     * 419 / (16,384 × 54 / 365.25) ≈ 0.173 per GPU-year (hardware and software; an upper bound
     * for accelerator failures). ref: meta-llama3-2024
     */
    public static final double LLAMA3_INTERRUPTIONS_PER_GPU_YEAR = 419.0 / (16384.0 * 54.0 / 365.25);

    public FailureRates {
        InputRange.nonNegative("accelerator failure rate (1/yr)", acceleratorPerYear);
        InputRange.nonNegative("host failure rate (1/yr)", hostPerYear);
        InputRange.nonNegative("power-string failure rate (1/yr)", powerStringPerYear);
        InputRange.nonNegative("satellite loss rate (1/yr)", satellitePerYear);
    }

    /** No failures at all. */
    public static FailureRates none() {
        return new FailureRates(0.0, 0.0, 0.0, 0.0);
    }
}
