package io.orbitdc.core.geometry.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.orekit.orbits.KeplerianAnomalyUtility;

class KeplerSolverTest {

    @Test
    void matchesOrekitOverEccentricitiesAndAnomalies() {
        // Reference: Orekit KeplerianAnomalyUtility.ellipticMeanToEccentric; tolerance 1e-12 rad,
        // i.e. < 0.01 mm along a LEO orbit, covering both solver branches (e <= 0.3 and above).
        double[] eccentricities = {0, 1e-9, 1e-4, 0.001, 0.01, 0.1, 0.29, 0.3, 0.31, 0.5, 0.8, 0.9, 0.99};
        for (double e : eccentricities) {
            for (int k = -720; k <= 720; k++) {
                double m = k * Math.PI / 180 + 1e-3;
                double expected = KeplerianAnomalyUtility.ellipticMeanToEccentric(e, m);
                double got = KeplerSolver.eccentricAnomaly(m, e);
                double diff = Math.IEEEremainder(got - expected, 2 * Math.PI);
                assertThat(diff).as("e=%s M=%s", e, m).isCloseTo(0.0, within(1e-12));
                // and it satisfies Kepler's equation itself
                double residual = Math.IEEEremainder(got - e * Math.sin(got) - m, 2 * Math.PI);
                assertThat(residual).isCloseTo(0.0, within(1e-13));
            }
        }
    }

    @Test
    void nearCircularSeriesMatchesOrekitAndMovesAPositionByUnderAMillimetreOverAYear() {
        // Validation of the e <= 1e-3 series against Orekit's iterative solver
        // (KeplerianAnomalyUtility.ellipticMeanToEccentric). Mean anomalies of a 650 km orbit
        // (n = 1.07e-3 rad/s) every 997 s over a year, so every phase is sampled and M grows to
        // 3.4e4 rad as in a year-long run. Tolerance 1e-14 rad on E: a few ulps of M (|M| up to
        // 3.4e4 rad has an ulp of 7e-12, so the comparison uses M reduced to [0, 2 pi) first);
        // in position a * dE + a * e * dE <= 7.0e6 m * 1e-14 = 7e-8 m, far under the 1 mm bound.
        double a = 7.028e6;
        double n = Math.sqrt(3.986004415e14 / (a * a * a));
        double[] out = new double[3];
        for (double e : new double[] {1e-9, 1e-5, 1e-4, 5e-4, 1e-3}) {
            double worst = 0;
            double worstPosition = 0;
            for (double t = 0; t <= 365.25 * 86400; t += 997) {
                double m = KeplerSolver.reduce(1.3 + n * t);
                KeplerSolver.solve(m, Math.sin(m), Math.cos(m), e, out);
                double expected = KeplerianAnomalyUtility.ellipticMeanToEccentric(e, m);
                double dE = Math.IEEEremainder(out[0] - expected, 2 * Math.PI);
                worst = Math.max(worst, Math.abs(dE));
                // perifocal position from the solver's sin/cos vs Orekit's E
                double b = a * Math.sqrt(1 - e * e);
                double dx = a * (out[2] - Math.cos(expected));
                double dy = b * (out[1] - Math.sin(expected));
                worstPosition = Math.max(worstPosition, Math.hypot(dx, dy));
            }
            assertThat(worst).as("max |dE| at e=%s", e).isLessThan(1e-14);
            assertThat(worstPosition).as("max position difference at e=%s (m)", e).isLessThan(1e-3);
        }
    }

    @Test
    void rejectsHyperbolicAndNonFiniteInput() {
        assertThatThrownBy(() -> KeplerSolver.eccentricAnomaly(1.0, 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0, 1)").hasMessageContaining("1.0");
        assertThatThrownBy(() -> KeplerSolver.eccentricAnomaly(Double.NaN, 0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
    }
}
