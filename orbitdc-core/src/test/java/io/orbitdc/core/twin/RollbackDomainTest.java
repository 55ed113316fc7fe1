package io.orbitdc.core.twin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RollbackDomainTest {

    /** A comfortable 4-unit satellite that always runs all units, flown for 60 days with its radiation events. */
    private static TwinSummary fly(RollbackSpec rollback) {
        SatelliteTwinSpec base = TwinFixtures.comfortable();
        SatelliteTwinSpec spec = new SatelliteTwinSpec(base.array(), base.regulatorEfficiency(), base.battery(),
                base.busLoadW(), base.thermalControlW(), base.compute(), base.thermal(), base.throttle(),
                base.radiation(), rollback, base.failureRates(), base.failureLayout(), base.scheduler());
        return TwinEngine.uniform(TwinFixtures.orbit(3, 60 * 2880, 0.0, 0.0), spec, 7L).run(1);
    }

    @Test
    void anEventRollsBackItsDomainNotTheWholeSatellite() {
        RollbackSpec perEvent = RollbackSpec.checkpointed(600.0, 60.0);
        TwinSummary whole = fly(perEvent);
        TwinSummary oneUnit = fly(perEvent.withDomain(1));
        // the events are the same draws (the domain does not touch the random streams); each now
        // costs one unit's compute instead of all four units'
        assertThat(oneUnit.radiation()).isEqualTo(whole.radiation());
        assertThat(whole.radiation().sdc()).isGreaterThan(10);
        assertThat(oneUnit.compute().lostToRadiationFraction() * 4)
                .isCloseTo(whole.compute().lostToRadiationFraction(), within(1e-12));
        // and the expected loss: events x 360 s x one unit's rate over the fleet's nameplate
        // (no eclipse in this timeline, no failures: every unit runs every step)
        long events = whole.radiation().sdc() + whole.radiation().uecc() + whole.radiation().crashes();
        double unitSeconds = 3 * 4 * 60 * 86400.0;
        assertThat(oneUnit.compute().lostToRadiationFraction()).isCloseTo(events * 360.0 / unitSeconds, within(1e-9));
    }

    @Test
    void aDomainLargerThanTheSatelliteIsTheWholeSatellite() {
        RollbackSpec perEvent = RollbackSpec.checkpointed(600.0, 60.0);
        assertThat(fly(perEvent.withDomain(64)).compute()).isEqualTo(fly(perEvent).compute());
    }
}
