package io.orbitdc.core.twin;

import io.orbitdc.core.catalog.Accelerator;
import io.orbitdc.core.sizing.SizingInput;
import io.orbitdc.core.sizing.SizingResult;
import java.util.Objects;

/**
 * Builds the twin of a satellite the sizing pipeline has sized, so a twin run starts from the
 * same array, battery, radiator, loads and dose as the sizing report.
 *
 * <ul>
 * <li>array: the sizing's cells and area; regulator efficiency X_d; battery: the sized capacity,
 *     DoD and discharge efficiency of the sizing's battery, and a charge efficiency
 *     η_c = X_e/(X_d·η_d) (capped at 1) so the round trip matches the SMAD path efficiencies the
 *     array was sized with (ref: smad-1999 §11.4); ratings: discharge up to the sized load,
 *     charge up to the array's BOL output;</li>
 * <li>loads: the sizing's bus load (its load-proportional part includes pumps), compute at the
 *     unit TDP × (1 + IT overhead); no separate thermal-control load;</li>
 * <li>heat: the sized radiator area and environment; the die-to-radiator resistance R per unit
 *     split into die→plate and plate→radiator by the assumption's share; dies carry only compute
 *     heat, so the twin radiator runs cooler than the sizing's, which also rejects bus and
 *     power-chain heat;</li>
 * <li>throttle at the accelerator's die limit; dose and per-rad figures as the sizing's.</li>
 * </ul>
 */
public final class SizedTwin {
    private SizedTwin() {
    }

    public static SatelliteTwinSpec specOf(SizingInput in, SizingResult sized, TwinAssumptions a, RollbackSpec rollback,
                                           FailureRates failureRates, FailureLayout failureLayout) {
        Objects.requireNonNull(in, "sizing input");
        Objects.requireNonNull(sized, "sizing result");
        Objects.requireNonNull(a, "twin assumptions");
        Accelerator acc = in.accelerator();
        int units = in.acceleratorsPerSatellite();
        double xe = in.powerSystem().eclipsePathEfficiency();
        double xd = in.powerSystem().daylightPathEfficiency();
        double etaD = in.battery().dischargeEfficiency();
        double etaC = Math.min(1.0, xe / (xd * etaD));
        ArrayPowerModel array = new ArrayPowerModel(in.solarArray(), sized.solarArray().areaM2());
        BatteryParameters battery = new BatteryParameters(sized.battery().capacityJ(), etaC, etaD,
                sized.solarArray().bolPowerW(), sized.power().totalLoadW(), 1.0 - in.battery().depthOfDischarge(), 1.0);
        ComputeSpec compute = new ComputeSpec(units, acc.gpuCount(), acc.bf16Flops(),
                acc.powerW() * (1.0 + in.itOverheadFraction()), a.idlePowerFraction());
        double resistance = in.thermalResistanceKPerW();
        if (resistance <= 0.0) {
            throw new TwinInputException("the twin needs a die-to-radiator thermal resistance > 0 K/W, found " + resistance);
        }
        double g1 = units / (a.dieShareOfResistance() * resistance);
        double g2 = units / ((1.0 - a.dieShareOfResistance()) * resistance);
        double radiatorArea = sized.radiator().areaM2();
        ThermalNetworkSpec thermal = new ThermalNetworkSpec(units * a.dieCapacityJPerKPerUnit(),
                units * a.plateCapacityJPerKPerUnit(), radiatorArea * a.radiatorCapacityJPerKPerM2(), g1, g2,
                radiatorArea, in.radiator(), sized.radiator().environment(), a.initialTemperatureK());
        ThrottleSpec throttle = new ThrottleSpec(acc.maxDieTemperatureK(), a.throttleHysteresisK(), a.throttledDuty());
        RadiationSpec radiation = RadiationSpec.of(acc, sized.radiation().doseRadPerYear(), a.saaDoseShare());
        return new SatelliteTwinSpec(array, xd, battery, sized.power().busLoadW(), 0.0, compute, thermal, throttle,
                radiation, rollback, failureRates, failureLayout);
    }
}
