package io.orbitdc.core.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitdc.core.InputException;
import io.orbitdc.core.geometry.GeometryReport;
import io.orbitdc.core.geometry.GeometryRequest;
import io.orbitdc.core.geometry.OrekitDataSetup;
import io.orbitdc.core.geometry.Satellite;
import io.orbitdc.core.geometry.batch.BatchJ2Propagator;
import io.orbitdc.core.geometry.batch.EarthJ2;
import io.orbitdc.core.geometry.batch.FleetElements;
import io.orbitdc.core.geometry.batch.FleetWorkers;
import io.orbitdc.core.geometry.batch.ShadowModel;
import io.orbitdc.core.geometry.scan.FleetEventScan;
import io.orbitdc.core.report.JsonOutput;
import io.orbitdc.core.scenario.Scenario;
import io.orbitdc.core.scenario.ScenarioException;
import io.orbitdc.core.scenario.ScenarioLoader;
import java.nio.file.Path;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.orekit.attitudes.FrameAlignedProvider;
import org.orekit.orbits.KeplerianOrbit;
import org.orekit.orbits.OrbitType;
import org.orekit.propagation.analytical.KeplerianPropagator;
import org.orekit.time.AbsoluteDate;

/**
 * Eccentric orbits are flown, not dropped: {@code orbit.eccentricity} and {@code argumentOfPerigee}
 * reach the geometry and twin propagators through {@link GeometryStage}, and change their output.
 */
class EccentricOrbitTest {

    private static final OrekitDataSetup DATA = OrekitDataSetup.bundled();

    private static Scenario scenario(String orbitExtra) {
        String text = """
                orbitdc: 1
                epoch: 2027-03-01T00:00:00Z
                duration: 6 h
                step: 30 s
                orbit:
                  altitude: 650 km
                  inclination: 53 deg
                %s
                constellation: { type: single }
                satellite: { accelerator: nvidia-h100-sxm, acceleratorsPerSatellite: 4 }
                groundStations: [ { name: Svalbard, latitude: 78.23, longitude: 15.39 } ]
                """.formatted(orbitExtra);
        return new ScenarioLoader(ShippedCatalogs.load()).parse("ecc.yaml", text, Path.of("."));
    }

    private static GeometryRequest request(Scenario s) {
        return GeometryStage.request(s, SizingStage.run(s), DATA);
    }

    /**
     * Validation against Orekit's KeplerianPropagator started from the same Orekit orbit the stage
     * builds: perigee and apogee radii a(1 ∓ e) of the batch J2-secular propagator (which keeps a
     * and e constant) against Orekit's over one orbit sampled every 5 s. Tolerance 50 m: sampling
     * misses an extremum by at most a·e·(nΔt)²/2 ≈ 0.3 m, and J2 moves the perigee by ~0.1 deg per
     * orbit, which changes the radius near the extremes by less than 1 m; 50 m leaves room for both.
     * The argument of latitude of the lowest point is ω within 0.5 deg (the J2 perigee drift over one
     * orbit, ~0.1 deg, plus the 5 s sampling, 0.3 deg).
     */
    @Test
    void theEccentricityAndPerigeeOfTheScenarioAreFlownAsOrekitFliesThem() {
        Scenario s = scenario("  eccentricity: 0.003\n  argumentOfPerigee: 90 deg");
        Satellite sat = request(s).fleet().satellites().get(0);
        KeplerianOrbit elements = (KeplerianOrbit) OrbitType.KEPLERIAN.convertType(sat.orbit());
        assertThat(elements.getE()).isCloseTo(0.003, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Math.toDegrees(elements.getPerigeeArgument())).isCloseTo(90.0, org.assertj.core.data.Offset.offset(1e-9));

        AbsoluteDate epoch = DATA.date(s.epoch());
        FleetElements fleet = FleetEventScan.elements(request(s).fleet().satellites(), DATA.inertialFrame(), epoch);
        KeplerianPropagator orekit = new KeplerianPropagator(sat.orbit(), FrameAlignedProvider.of(sat.orbit().getFrame()),
                sat.orbit().getMu(), 1000.0);
        double a = elements.getA();
        double period = elements.getKeplerianPeriod();
        double[] ours = {Double.MAX_VALUE, 0};
        double[] theirs = {Double.MAX_VALUE, 0};
        double perigeeLatitudeDeg = Double.NaN;
        try (FleetWorkers workers = FleetWorkers.sequential()) {
            BatchJ2Propagator batch = new BatchJ2Propagator(fleet, EarthJ2.EARTH, epoch, DATA.inertialFrame(),
                    DATA.sun(), ShadowModel.CONICAL, workers);
            double[] work = new double[BatchJ2Propagator.WORK];
            for (double t = 0; t <= period; t += 5) {
                batch.position(0, t, work);
                Vector3D p = new Vector3D(work[0], work[1], work[2]);
                double r = p.getNorm();
                if (r < ours[0]) {
                    ours[0] = r;
                    perigeeLatitudeDeg = Math.toDegrees(argumentOfLatitude(p, elements));
                }
                ours[1] = Math.max(ours[1], r);
                double rk = orekit.propagate(epoch.shiftedBy(t)).getPosition(DATA.inertialFrame()).getNorm();
                theirs[0] = Math.min(theirs[0], rk);
                theirs[1] = Math.max(theirs[1], rk);
            }
        }
        assertThat(theirs[0]).as("Orekit perigee radius").isCloseTo(a * (1 - 0.003), org.assertj.core.data.Offset.offset(50.0));
        assertThat(ours[0]).as("batch perigee radius vs Orekit").isCloseTo(theirs[0], org.assertj.core.data.Offset.offset(50.0));
        assertThat(ours[1]).as("batch apogee radius vs Orekit").isCloseTo(theirs[1], org.assertj.core.data.Offset.offset(50.0));
        assertThat(perigeeLatitudeDeg).as("argument of latitude of the perigee (deg)")
                .isCloseTo(90.0, org.assertj.core.data.Offset.offset(0.5));
    }

    private static double argumentOfLatitude(Vector3D p, KeplerianOrbit o) {
        Vector3D node = new Vector3D(Math.cos(o.getRightAscensionOfAscendingNode()),
                Math.sin(o.getRightAscensionOfAscendingNode()), 0);
        Vector3D h = o.getPVCoordinates().getMomentum().normalize();
        double u = Math.atan2(Vector3D.dotProduct(h, Vector3D.crossProduct(node, p)), Vector3D.dotProduct(node, p));
        return u < 0 ? u + 2 * Math.PI : u;
    }

    @Test
    void anEccentricOrbitChangesTheGeometryReportWhereTheOldMappingDroppedIt() {
        String circular = report(scenario(""));
        String eccentric = report(scenario("  eccentricity: 0.003\n  argumentOfPerigee: 90 deg"));
        assertThat(eccentric).isNotEqualTo(circular);
        // a circular orbit written with eccentricity 0 is the same orbit as one that omits it
        assertThat(report(scenario("  eccentricity: 0"))).isEqualTo(circular);
    }

    private static String report(Scenario s) {
        try (FleetWorkers workers = FleetWorkers.sequential()) {
            GeometryReport r = GeometryStage.report(s, request(s), DATA, workers);
            return JsonOutput.pretty(JsonOutput.tree(r));
        }
    }

    @Test
    void anOrbitBeyondTheSizingModelsNearCircularRangeIsRefusedAtItsField() {
        assertThatThrownBy(() -> scenario("  eccentricity: 0.01"))
                .isInstanceOf(ScenarioException.class).isInstanceOf(InputException.class)
                .hasMessageContaining("ecc.yaml:8:17 orbit.eccentricity: found 0.01: perigee and apogee 70 km");
    }

    @Test
    void aPerigeeArgumentOnACircularOrbitIsRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> scenario("  argumentOfPerigee: 45 deg"))
                .hasMessageContaining("orbit.argumentOfPerigee: has no meaning for a circular orbit");
    }
}
