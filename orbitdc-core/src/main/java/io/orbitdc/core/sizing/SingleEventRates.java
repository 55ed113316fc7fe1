package io.orbitdc.core.sizing;

import io.orbitdc.core.catalog.Accelerator;

/**
 * Expected single-event effects per accelerator and year from the annual dose and the part's
 * measured dose per event: rate = (dose per year) / (rad per event). Where the part has no
 * measurement, the Trillium TPU v6e proton figures are used (a stand-in, flagged).
 *
 * <p>Validity: proton-dominated LEO environment (the v6e figures come from 67 MeV protons);
 * heavy-ion effects and latch-up are not covered.
 *
 * @param sdcPerYear      silent data corruptions per accelerator-year
 * @param ueccPerYear     uncorrectable memory errors per accelerator-year
 * @param crashesPerYear  crashes (SEFI) per accelerator-year
 * @param usedTpuDefaults true when at least one figure came from the TPU v6e defaults
 */
public record SingleEventRates(double sdcPerYear, double ueccPerYear, double crashesPerYear, boolean usedTpuDefaults) {
    /** TPU v6e: ~1 SDC per 17 rad(Si) per chip (range 14.4–20). ref: suncatcher-2025 §2.3, §4.3 */
    public static final double TPU_V6E_RAD_PER_SDC = 17.0;
    /** TPU v6e: ~1 HBM uncorrectable ECC error per 44 rad(Si). ref: suncatcher-2025 §4.3 (v2) */
    public static final double TPU_V6E_RAD_PER_UECC = 44.0;
    /** TPU v6e: ~1 system SEFI per 5 krad(Si). ref: suncatcher-2025 §4.3 */
    public static final double TPU_V6E_RAD_PER_CRASH = 5000.0;

    /** Rates for an accelerator at a dose rate. */
    public static SingleEventRates of(Accelerator accelerator, double doseRadPerYear) {
        Bounds.nonNegative("dose (rad/yr)", doseRadPerYear);
        boolean defaults = accelerator.radPerSdc().isEmpty() || accelerator.radPerUecc().isEmpty()
                || accelerator.radPerCrash().isEmpty();
        double sdc = positiveOr("radPerSdc", accelerator.radPerSdc().orElse(TPU_V6E_RAD_PER_SDC));
        double uecc = positiveOr("radPerUecc", accelerator.radPerUecc().orElse(TPU_V6E_RAD_PER_UECC));
        double crash = positiveOr("radPerCrash", accelerator.radPerCrash().orElse(TPU_V6E_RAD_PER_CRASH));
        return new SingleEventRates(doseRadPerYear / sdc, doseRadPerYear / uecc, doseRadPerYear / crash, defaults);
    }

    private static double positiveOr(String name, double value) {
        return Bounds.positive("accelerator " + name + " (rad per event)", value);
    }
}
