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
    void rejectsHyperbolicAndNonFiniteInput() {
        assertThatThrownBy(() -> KeplerSolver.eccentricAnomaly(1.0, 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0, 1)").hasMessageContaining("1.0");
        assertThatThrownBy(() -> KeplerSolver.eccentricAnomaly(Double.NaN, 0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
    }
}
