package io.orbitdc.core.report.db;

import io.orbitdc.core.sizing.RadiatorEnvironment;
import io.orbitdc.core.sizing.RadiatorOrientation;
import io.orbitdc.core.sizing.RadiatorSpec;
import io.orbitdc.core.sizing.SolarArraySpec;
import io.orbitdc.core.sizing.SpaceEnvironment;
import io.orbitdc.core.twin.ArrayPowerModel;
import io.orbitdc.core.twin.BatteryParameters;
import io.orbitdc.core.twin.CircularOrbitTimeline;
import io.orbitdc.core.twin.ComputeSpec;
import io.orbitdc.core.twin.FailureLayout;
import io.orbitdc.core.twin.FailureRates;
import io.orbitdc.core.twin.RadiationSpec;
import io.orbitdc.core.twin.RollbackSpec;
import io.orbitdc.core.twin.SatelliteTwinSpec;
import io.orbitdc.core.twin.ThermalNetworkSpec;
import io.orbitdc.core.twin.ThrottleSpec;
import io.orbitdc.core.twin.TwinEngine;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalDouble;

/**
 * A small busy fleet for results-file tests: four 1 kW accelerators per satellite on a 95-minute
 * orbit, an undersized radiator (so it throttles) and high failure and upset rates (so every
 * column moves and the random streams matter). Test assumptions of plausible magnitude, not
 * validation targets; the physics is validated in the twin's own tests.
 */
final class ResultsFixtures {
    static final double STEP_S = 30.0;
    /** 95-minute orbit with a 35-minute shadow, as at ~550 km and β = 0 (ref: vallado-2013). */
    static final double PERIOD_S = 5700.0;
    static final double UMBRA_S = 2100.0;

    private ResultsFixtures() {
    }

    static TwinEngine fleet(int satellites, int steps, long seed) {
        CircularOrbitTimeline timeline = new CircularOrbitTimeline(satellites, steps, STEP_S, PERIOD_S, UMBRA_S,
                20.0, 1.0, 600.0, 0.2, 0.0);
        return TwinEngine.uniform(timeline, satellite(), seed);
    }

    static RunMetadata metadata(int satellites, int steps, long seed, int every) {
        return new RunMetadata("results-test", RunMetadata.sha256("name: results-test\n".getBytes(StandardCharsets.UTF_8)),
                seed, Instant.parse("2026-03-20T00:00:00Z"), steps * STEP_S, STEP_S, every, satellites, "0.1.0-test");
    }

    private static SatelliteTwinSpec satellite() {
        // triple-junction cells, 29.8 % and −0.2 %/K, SMAD inherent losses 0.77 (ref: spectrolab-xtj-pvsc-2008; smad-1999)
        SolarArraySpec array = new SolarArraySpec(SpaceEnvironment.SOLAR_CONSTANT_W_PER_M2, 0.298, 0.9, -0.002,
                323.15, 301.15, 0.77, 0.0, 0.0018, OptionalDouble.empty(), OptionalDouble.of(2.0));
        RadiatorSpec radiator = RadiatorSpec.of(320.0, 0.92, 0.09, 2, 3.6, RadiatorOrientation.EDGE_ON_TO_SUN);
        RadiatorEnvironment env = RadiatorEnvironment.forOrbit(radiator, 550e3, 0.0, SpaceEnvironment.SOLAR_CONSTANT_W_PER_M2);
        ThermalNetworkSpec thermal = new ThermalNetworkSpec(800.0, 10_000.0, 3.6 * 900.0 * 4.25, 160.0, 400.0, 3.0,
                radiator, env, 293.15);
        return new SatelliteTwinSpec(new ArrayPowerModel(array, 40.0), 0.85,
                new BatteryParameters(8e6, 0.95, 0.95, 20_000.0, 20_000.0, 0.2, 1.0), 500.0, 100.0,
                new ComputeSpec(4, 1, 1e15, 1000.0, 0.2), thermal, new ThrottleSpec(358.15, 30.0, 0.0),
                // 150 rad/yr with TPU v6e per-rad upset figures (ref: suncatcher-2025 §4.3)
                new RadiationSpec(150.0, 0.9, 1.0 / 17.0, 1.0 / 44.0, 1.0 / 5000.0, OptionalDouble.empty()),
                RollbackSpec.checkpointed(600.0, 60.0), new FailureRates(5.0, 1.0, 1.0, 2.0),
                new FailureLayout(4, 0, 0, 4));
    }
}
