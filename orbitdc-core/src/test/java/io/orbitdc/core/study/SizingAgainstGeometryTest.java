package io.orbitdc.core.study;

import io.orbitdc.core.report.SizingReport;
import static org.assertj.core.api.Assertions.assertThat;

import io.orbitdc.core.geometry.GeometryReport;
import io.orbitdc.core.geometry.GeometryRequest;
import io.orbitdc.core.geometry.OrekitDataSetup;
import io.orbitdc.core.scenario.Scenario;
import io.orbitdc.core.scenario.ScenarioLoader;
import io.orbitdc.core.sizing.SizingResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks the closed-form sizing (analytic Sun, J2 nodal drift, cylindrical shadow) against
 * the Orekit geometry engine (Orekit's analytical Sun, conical shadow, J2-secular propagation)
 * over a whole year for the same dawn-dusk orbit: the worst eclipse the sizing designs the
 * battery for must be the one the fleet actually meets.
 */
@Tag("slow")
class SizingAgainstGeometryTest {

    @Test
    void worstEclipseOfADawnDuskOrbitAgreesWithOrekitOverAYear() {
        Pipeline pipeline = Pipeline.standard();
        Scenario s = new ScenarioLoader(pipeline.catalogs()).parse("year.yaml", """
                orbitdc: 1
                duration: 365 d
                orbit: { altitude: 650 km, inclination: sso, ltan: "06:00" }
                satellite: { accelerator: google-tpu-v6e, acceleratorsPerSatellite: 8 }
                """, Path.of("."));
        SizingReport sizing = SizingStage.run(s);
        SizingResult r = sizing.primary().result();
        OrekitDataSetup data = OrekitDataSetup.bundled();
        GeometryRequest request = GeometryStage.request(s, sizing, data);
        GeometryReport g = GeometryStage.run(request, data).report();
        // Cylindrical (sizing) vs conical umbra (Orekit) differ by about the penumbra, ~10-20 s per
        // pass at 650 km; grazing geometry near the edge of the season makes it larger. 1.5 min.
        assertThat(r.orbit().worstEclipseS()).isCloseTo(g.fleet().longestEclipseS(),
                org.assertj.core.data.Offset.offset(90.0));
        // Both place the smallest |beta| of the year within half a degree of each other.
        assertThat(Math.toDegrees(r.orbit().betaSurvey().minAbsBetaRad()))
                .isCloseTo(Math.min(Math.abs(g.beta().minDeg()), Math.abs(g.beta().maxDeg())), org.assertj.core.data.Offset.offset(0.5));
        // the dawn-dusk orbit is not eclipse-free, and its eclipse season is weeks, not the whole year
        assertThat(g.fleet().eclipseDays()).isBetween(30, 150);
    }
}
