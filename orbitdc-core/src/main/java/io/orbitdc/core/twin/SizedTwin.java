package io.orbitdc.core.twin;

import io.orbitdc.core.sizing.DoseCase;
import io.orbitdc.core.catalog.Accelerator;
import io.orbitdc.core.sizing.HeatLoads;
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
 *     η_c = X_e/(X_d·η_d) (capped at 1) so the eclipse path X_d·η_c·η_d equals the X_e the array
 *     was sized with (ref: smad-1999 §11.4; with the default MPPT battery bus η_c is the battery's
 *     own charge efficiency); ratings: discharge up to the sized load,
 *     charge up to the array's BOL output;</li>
 * <li>loads: the sizing's bus load (its load-proportional part includes pumps), compute at the
 *     unit TDP × (1 + IT overhead); no separate thermal-control load;</li>
 * <li>heat: the sized compute radiator's area and environment, which the sizing sized for the IT
 *     heat alone (bus load and power-chain losses go to the bus radiator, {@link HeatLoads}); the
 *     die-to-radiator resistance R per unit split into die→plate and plate→radiator by the
 *     assumption's share; the accelerators' power 1/(1 + IT overhead) of the compute heat goes
 *     into the dies, the IT overhead joins at the radiator. At constant full load in sunlight the
 *     network settles at the sizing's radiator temperature and die temperature T_rad + R·P_unit
 *     (docs/models/twin-thermal.md);</li>
 * <li>throttle at the accelerator's die limit; dose and per-rad figures as the sizing's.</li>
 * </ul>
 */
public final class SizedTwin {
    private SizedTwin() {
    }

    public static SatelliteTwinSpec specOf(SizingInput in, SizingResult sized, TwinAssumptions a, RollbackSpec rollback,
                                           FailureRates failureRates, FailureLayout failureLayout) {
        return specOf(in, sized, a, rollback, failureRates, failureLayout, DoseCase.CENTRAL);
    }

    /** As above, flying the {@code doseCase} end of the sizing's dose band (single events and TID failures). */
    public static SatelliteTwinSpec specOf(SizingInput in, SizingResult sized, TwinAssumptions a, RollbackSpec rollback,
                                           FailureRates failureRates, FailureLayout failureLayout, DoseCase doseCase) {
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
                radiatorArea, in.radiator(), sized.radiator().environment(), a.initialTemperatureK(),
                1.0 / (1.0 + in.itOverheadFraction()));
        ThrottleSpec throttle = new ThrottleSpec(acc.maxDieTemperatureK(), a.throttleHysteresisK(), a.throttledDuty());
        RadiationSpec radiation = RadiationSpec.of(acc, doseCase.of(sized.radiation().dose()), a.saaDoseShare());
        return new SatelliteTwinSpec(array, xd, battery, sized.power().busLoadW(), 0.0, compute, thermal, throttle,
                radiation, rollback, failureRates, failureLayout);
    }
}
