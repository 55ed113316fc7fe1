package io.orbitdc.core.twin;

import io.orbitdc.core.sizing.RadiatorEnvironment;
import io.orbitdc.core.sizing.RadiatorOrientation;
import io.orbitdc.core.sizing.RadiatorSpec;
import io.orbitdc.core.sizing.SolarArraySpec;
import io.orbitdc.core.sizing.SpaceEnvironment;
import java.util.OptionalDouble;

/**
 * A small test satellite: four 1 kW accelerators on a 550 km orbit. The figures are test
 * assumptions of plausible magnitude, each noted with its basis; none is a validation target.
 */
final class TwinFixtures {
    /** 95-minute orbit with a 35-minute shadow, as at ~550 km and β = 0 (ref: vallado-2013 cylindrical shadow). */
    static final double PERIOD_S = 5700.0;
    static final double UMBRA_S = 2100.0;
    static final double STEP_S = 30.0;
    static final int STEPS_PER_ORBIT = (int) (PERIOD_S / STEP_S);
    static final double DIE_LIMIT_K = 358.15;

    private TwinFixtures() {
    }

    /** Triple-junction cells (29.8 %, −0.2 %/K), SMAD inherent losses 0.77. ref: spectrolab-xtj; smad-1999 */
    static SolarArraySpec arraySpec() {
        return new SolarArraySpec(SpaceEnvironment.SOLAR_CONSTANT_W_PER_M2, 0.298, 0.9, -0.002, 323.15, 301.15,
                0.77, 0.0, 0.0018, OptionalDouble.empty(), OptionalDouble.of(2.0));
    }

    /** AZ-93-like two-sided radiator held edge-on to the Sun. ref: forethought-2026 appendix E */
    static RadiatorSpec radiatorSpec() {
        return RadiatorSpec.of(320.0, 0.92, 0.09, 2, 3.6, RadiatorOrientation.EDGE_ON_TO_SUN);
    }

    static RadiatorEnvironment radiatorEnvironment() {
        return RadiatorEnvironment.forOrbit(radiatorSpec(), 550e3, 0.0, SpaceEnvironment.SOLAR_CONSTANT_W_PER_M2);
    }

    /**
     * Network for four 1 kW dies: 200 J/K per packaged die, 25 K die-to-plate drop at full power,
     * 10 K plate-to-radiator drop, 10 kJ/K of plates and coolant, 3.6 kg/m² of panel at
     * 900 J/(kg·K) (aluminium-like) — capacity held fixed when the area varies.
     */
    static ThermalNetworkSpec thermal(double radiatorAreaM2) {
        return new ThermalNetworkSpec(800.0, 10_000.0, 3.6 * 900.0 * 4.25, 160.0, 400.0, radiatorAreaM2,
                radiatorSpec(), radiatorEnvironment(), 293.15);
    }

    static ComputeSpec compute() {
        return new ComputeSpec(4, 1, 1e15, 1000.0, 0.2);
    }

    static BatteryParameters battery(double capacityJ) {
        return new BatteryParameters(capacityJ, 0.95, 0.95, 20_000.0, 20_000.0, 0.2, 1.0);
    }

    /** 150 rad/yr with the TPU v6e per-rad figures, 90 % in the SAA. ref: suncatcher-2025 §4.3 */
    static RadiationSpec radiation() {
        return new RadiationSpec(150.0, 0.9, 1.0 / 17.0, 1.0 / 44.0, 1.0 / 5000.0, OptionalDouble.empty());
    }

    static SatelliteTwinSpec satellite(double arrayAreaM2, double batteryJ, double radiatorAreaM2) {
        return new SatelliteTwinSpec(new ArrayPowerModel(arraySpec(), arrayAreaM2), 0.85, battery(batteryJ), 500.0,
                100.0, compute(), thermal(radiatorAreaM2), new ThrottleSpec(DIE_LIMIT_K, 30.0, 0.0), radiation(),
                RollbackSpec.checkpointed(600.0, 60.0), FailureRates.none(), new FailureLayout(4, 0, 0, 4));
    }

    /** A comfortable satellite: 45 m² of array, 16 MJ of battery, 8.5 m² of radiator. */
    static SatelliteTwinSpec comfortable() {
        return satellite(45.0, 16e6, 8.5);
    }

    static CircularOrbitTimeline orbit(int satellites, int steps, double umbraS, double penumbraS) {
        return new CircularOrbitTimeline(satellites, steps, STEP_S, PERIOD_S, umbraS, penumbraS, 1.0, 600.0, 0.2, 0.0);
    }
}
