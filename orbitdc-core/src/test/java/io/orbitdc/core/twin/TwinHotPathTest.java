package io.orbitdc.core.twin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitdc.core.twin.schedule.SatelliteView;
import io.orbitdc.core.twin.schedule.SchedulerPolicy;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Regression checks of the twin's per-step path, which no longer re-checks inputs that are in
 * range by construction: a bad value is still refused where it enters (the timeline's step at
 * construction, its sunlit fraction and array incidence in the step that reads them), and the
 * greedy policy's shortcut (no {@link SatelliteView} built) gives the same numbers, bit for bit,
 * as the view it skips.
 */
class TwinHotPathTest {

    /** A policy that runs what the throttle allows, like greedy, but without declaring it. */
    private static final class UndeclaredGreedy implements SchedulerPolicy {
        @Override
        public String name() {
            return "undeclared-greedy";
        }

        @Override
        public double duty(SatelliteView view) {
            return view.throttleDuty();
        }
    }

    @Test
    void greedyShortcutGivesTheSameNumbersAsTheViewItSkips() {
        // a radiator small enough to throttle (TwinFixtures: ~4.3 m² carries the full load) and an
        // orbit with umbra and penumbra, so duty, shedding and the throttle all take part
        SatelliteTwinSpec hot = TwinFixtures.satellite(45.0, 6e6, 2.0);
        CircularOrbitTimeline orbit = TwinFixtures.orbit(3, 3 * 2880, TwinFixtures.UMBRA_S, 20.0);
        TwinSummary greedy = TwinEngine.uniform(orbit, hot, 7L).run(1);
        TwinSummary viewed = TwinEngine.uniform(orbit, hot.withScheduler(new UndeclaredGreedy()), 7L).run(1);
        assertThat(hot.scheduler().followsThrottle()).isTrue();
        assertThat(greedy.thermal().throttledHours()).as("the throttle engaged").isGreaterThan(0.0);
        assertThat(greedy.compute().lostToEclipseFraction()).as("power was short").isGreaterThan(0.0);
        assertThat(viewed).isEqualTo(greedy);
    }

    @Test
    void aSunlitFractionOutsideTheUnitIntervalIsRefusedInTheStepThatReadsIt() {
        for (double bad : new double[] {1.5, -0.1, Double.NaN}) {
            TabulatedTimeline t = timeline(bad, 0.9);
            SatelliteTwin twin = new SatelliteTwin(TwinFixtures.comfortable(), t, 0, 1L);
            assertThatThrownBy(twin::run).isInstanceOf(TwinInputException.class)
                    .hasMessageContaining("sunlit fraction");
        }
    }

    @Test
    void anArrayIncidenceOutsideTheUnitIntervalIsRefusedInTheStepThatReadsIt() {
        for (double bad : new double[] {1.01, -1e-9, Double.POSITIVE_INFINITY}) {
            SatelliteTwin twin = new SatelliteTwin(TwinFixtures.comfortable(), timeline(1.0, bad), 0, 1L);
            assertThatThrownBy(twin::run).isInstanceOf(TwinInputException.class)
                    .hasMessageContaining("array cosine of incidence");
        }
    }

    @Test
    void aTimelineWithoutAPositiveStepIsRefusedWhenTheTwinIsBuilt() {
        for (double step : new double[] {0.0, -30.0, Double.NaN}) {
            TabulatedTimeline t = new TabulatedTimeline(step, new double[] {1.0}, new double[] {1.0}, new boolean[1]);
            assertThatThrownBy(() -> new SatelliteTwin(TwinFixtures.comfortable(), t, 0, 1L))
                    .isInstanceOf(TwinInputException.class).hasMessageContaining("timeline step");
        }
    }

    /** Ten good steps, then one with the given sunlit fraction and incidence. */
    private static TabulatedTimeline timeline(double lastSunlit, double lastCos) {
        double[] sunlit = new double[11];
        double[] cos = new double[11];
        Arrays.fill(sunlit, 1.0);
        Arrays.fill(cos, 0.9);
        sunlit[10] = lastSunlit;
        cos[10] = lastCos;
        return new TabulatedTimeline(TwinFixtures.STEP_S, sunlit, cos, new boolean[11]);
    }
}
