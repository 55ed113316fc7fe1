package io.orbitdc.core.twin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.orbitdc.core.twin.schedule.SchedulerPolicies;
import io.orbitdc.core.workload.TrainingSpec;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * The energy ledger closes (generated = consumed + Δstored + losses + curtailed within 1e-6
 * relative, the tolerance) and the compute breakdown adds up to nameplate under every
 * installed scheduler policy, over random geometry, batteries and radiators, with and without a
 * training job.
 */
class SchedulerLedgerPropertiesTest {
    @Provide
    Arbitrary<String> policies() {
        return Arbitraries.of(SchedulerPolicies.installed().names());
    }

    @Property(tries = 60)
    void ledgerClosesUnderEveryPolicy(
            @ForAll("policies") String policy,
            @ForAll long seed,
            @ForAll boolean training,
            @ForAll @IntRange(min = 1, max = 600) int steps,
            @ForAll @DoubleRange(min = 1.0, max = 120.0) double dtS,
            @ForAll @DoubleRange(min = 0.0, max = 80.0) double arrayM2,
            @ForAll @DoubleRange(min = 0.0, max = 3e7) double batteryJ,
            @ForAll @DoubleRange(min = 0.5, max = 20.0) double radiatorM2) {
        GeometryTimeline timeline = TabulatedTimeline.random(seed, steps, dtS);
        SatelliteTwinSpec spec = TwinFixtures.satellite(arrayM2, batteryJ, radiatorM2)
                .withFailureRates(new FailureRates(5.0, 5.0, 5.0, 1.0))
                .withScheduler(SchedulerPolicies.installed().require(policy));
        TwinEngine engine = TwinEngine.uniform(timeline, spec, seed);
        if (training) {
            engine = engine.withTraining(TrainingSpec.of(1e9, 1e12));
        }
        TwinSummary s = engine.run(1);
        for (var e : s.toKeyValues().entrySet()) {
            assertThat(e.getValue().doubleValue()).as(e.getKey()).isFinite();
        }
        TwinSummary.Energy en = s.energy();
        double scale = Math.max(Math.max(Math.abs(en.generatedJ()), en.consumedJ() + en.lossesJ() + en.curtailedJ()),
                Math.abs(en.storedDeltaJ()));
        double residual = en.generatedJ() - (en.consumedJ() + en.storedDeltaJ() + en.lossesJ() + en.curtailedJ());
        assertThat(Math.abs(residual)).isLessThanOrEqualTo(1e-6 * scale + 1e-9);
        assertThat(en.housekeepingShedJ()).isBetween(0.0, en.shedJ() * (1 + 1e-12) + 1e-9);
        TwinSummary.Compute c = s.compute();
        assertThat(c.goodputFraction() + c.lostToEclipseFraction() + c.lostToThrottlingFraction()
                + c.lostToRadiationFraction() + c.lostToFailuresFraction()).isCloseTo(1.0, within(1e-9));
        assertThat(c.heldBackFraction()).isBetween(0.0, c.lostToThrottlingFraction() + 1e-12);
        s.training().ifPresent(t -> {
            assertThat(t.goodput()).isBetween(0.0, TrainingSpec.DEFAULT_MFU + 1e-12);
            assertThat(t.checkpointOverheadFraction() + t.rollbackLossFraction()).isBetween(0.0, 1.0 + 1e-9);
        });
    }
}
