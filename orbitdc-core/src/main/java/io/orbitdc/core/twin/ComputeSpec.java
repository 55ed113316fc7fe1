package io.orbitdc.core.twin;

/**
 * The compute a satellite carries.
 *
 * @param accelerators      installed accelerator units counted in the nameplate (spares excluded), ≥ 0
 * @param chipsPerUnit      chips in one unit (1 for a chip, 72 for an NVL72 rack); radiation events are per chip, ≥ 1
 * @param flopsPerUnit      full-duty throughput of one unit, FLOP/s (> 0)
 * @param powerPerUnitW     full-duty electrical power of one unit including its host share, W (> 0)
 * @param idlePowerFraction power drawn at zero duty as a fraction of full power, [0, 1)
 */
public record ComputeSpec(int accelerators, int chipsPerUnit, double flopsPerUnit, double powerPerUnitW,
                          double idlePowerFraction) {
    public ComputeSpec {
        InputRange.nonNegative("accelerators", accelerators);
        InputRange.positive("chips per unit", chipsPerUnit);
        InputRange.positive("throughput per unit (FLOP/s)", flopsPerUnit);
        InputRange.positive("power per unit (W)", powerPerUnitW);
        InputRange.within("idle power fraction", idlePowerFraction, 0.0, 1.0);
        if (idlePowerFraction >= 1.0) {
            throw new TwinInputException("idle power fraction must be < 1, found " + idlePowerFraction);
        }
    }

    /** Power of {@code units} working units at a duty in [0, 1], W: P·(idle + (1 − idle)·duty). */
    public double powerW(int units, double duty) {
        return units * powerPerUnitW * (idlePowerFraction + (1.0 - idlePowerFraction) * duty);
    }
}
