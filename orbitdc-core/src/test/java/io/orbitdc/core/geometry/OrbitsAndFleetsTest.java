package io.orbitdc.core.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.orbitdc.core.orbit.Earth;
import io.orbitdc.core.orbit.OrbitSpec;
import io.orbitdc.core.orbit.SunSynchronous;
import java.time.Instant;
import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.orekit.propagation.Propagator;
import org.orekit.time.AbsoluteDate;

class OrbitsAndFleetsTest {

    private static final Instant EPOCH = Instant.parse("2026-03-20T00:00:00Z");
    private final OrekitDataSetup data = OrekitDataSetup.bundled();

    @Test
    void sunSynchronousInclinationMatchesPublishedValues() {
        // ref: wertz-larson-1999 (SMAD) SSO inclination table: 800 km → 98.6°, 500 km → 97.4°.
        // Tolerance 0.05° (table rounding; first-order J2).
        assertThat(Math.toDegrees(SunSynchronous.inclinationRad(Earth.EQUATORIAL_RADIUS_M + 800e3, 0))).isCloseTo(98.6, within(0.05));
        assertThat(Math.toDegrees(SunSynchronous.inclinationRad(Earth.EQUATORIAL_RADIUS_M + 500e3, 0))).isCloseTo(97.4, within(0.05));
    }

    @Test
    void sunSynchronousNodeFollowsTheSunAndKeepsItsLocalTime() {
        // Definition of SSO (ref: vallado-2013 §9.6): the node precesses 360° per tropical year,
        // 0.98565°/day, so the LTAN stays fixed. Tolerance 1e-6 °/day (same first-order J2 rate);
        // LTAN round trip through the analytical Sun: 1e-6 h.
        OrbitSpec sso = OrekitOrbits.fixPlane(OrbitSpec.sunSynchronous(650e3, 6.0, EPOCH), data);
        // At the March equinox (2026-03-20) the Sun's right ascension is ~0°, so a 06:00 node sits at
        // RAAN ≈ 270° (6 h before noon × 15°/h). Tolerance 1.5° (equinox is at 14:46 UTC; Sun moves ~1°/day).
        assertThat(Math.toDegrees(sso.givenRaanRad())).isCloseTo(270.0, within(1.5));
        assertThat(OrekitOrbits.ltanHours(sso.givenRaanRad(), data.date(EPOCH), data)).isCloseTo(6.0, within(1e-6));
        J2SecularPropagator p = new J2SecularPropagator(OrekitOrbits.toOrbit(sso, data));
        assertThat(Math.toDegrees(p.raanRateRadPerS()) * 86400.0).isCloseTo(360.0 / 365.2422, within(1e-6));
    }

    @Test
    void j2SecularAgreesWithOrekitNumericalJ2OverOneDay() {
        // Tolerance 6 km in position after one day at 400 km (measured 4.2 km; short-period J2 terms, amplitude
        // ~ 1.5 J2 Re ≈ 10 km, are left out of the secular model by design). Oracle: Orekit
        // NumericalPropagator, J2 field, started from the EH mean→osculating state.
        Satellite sat = Fleet.single("iss-like", OrbitSpec.circular(400e3, 51.6, 30.0, EPOCH), data).get(0);
        Propagator fast = PropagatorChoice.J2_SECULAR.build(sat, SpacecraftBody.generic(), data);
        Propagator num = PropagatorChoice.NUMERICAL_J2.build(sat, SpacecraftBody.generic(), data);
        AbsoluteDate t0 = data.date(EPOCH);
        double worst = 0;
        for (double t = 0; t <= 86400; t += 600) {
            Vector3D a = fast.propagate(t0.shiftedBy(t)).getPosition(data.inertialFrame());
            Vector3D b = num.propagate(t0.shiftedBy(t)).getPosition(data.inertialFrame());
            worst = Math.max(worst, a.distance(b));
        }
        assertThat(worst).isLessThan(6_000.0);
    }

    @Test
    void highFidelityNumericalAgreesWithEcksteinHechlerAndDecaysWithDrag() {
        // Wiring check of the file-free J2–J6 zonal field: with negligible drag/SRP the high-fidelity
        // numerical orbit (650 km SSO, 1 day) stays within 10 km of Eckstein–Hechler (same zonals;
        // measured 6.4 km, from short-period terms and the J2-only mean→osculating start). With the
        // generic body (B = 45 kg/m²) drag must lower the semi-major axis relative to the drag-free run.
        Satellite sat = Fleet.single("s", OrekitOrbits.fixPlane(OrbitSpec.sunSynchronous(650e3, 10.5, EPOCH), data), data).get(0);
        SpacecraftBody dragFree = new SpacecraftBody(1000, 0.01, 2.2, 0.0, 1.0);
        Propagator eh = PropagatorChoice.ECKSTEIN_HECHLER.build(sat, dragFree, data);
        Propagator hf = PropagatorChoice.NUMERICAL_HIGH_FIDELITY.build(sat, dragFree, data);
        Propagator hfDrag = PropagatorChoice.NUMERICAL_HIGH_FIDELITY.build(sat, SpacecraftBody.generic(), data);
        AbsoluteDate t0 = data.date(EPOCH);
        double worst = 0;
        for (double t = 0; t <= 86400; t += 900) {
            worst = Math.max(worst, eh.getPosition(t0.shiftedBy(t), data.inertialFrame())
                    .distance(hf.getPosition(t0.shiftedBy(t), data.inertialFrame())));
        }
        assertThat(worst).isLessThan(10_000.0);
        assertThat(hfDrag.propagate(t0.shiftedBy(86400)).getOrbit().getA())
                .isLessThan(hf.propagate(t0.shiftedBy(86400)).getOrbit().getA());
    }

    @Test
    void severalShellsMakeOneFleetWithUniqueIds() {
        OrbitSpec base = OrbitSpec.circular(550e3, 53.0, 0.0, EPOCH);
        List<Satellite> walker = new WalkerConstellation("w", base, 12, 3, 1, WalkerConstellation.Pattern.DELTA).satellites(data);
        List<Satellite> cluster = new ClusterFormation("c", OrekitOrbits.fixPlane(OrbitSpec.sunSynchronous(650e3, 6.0, EPOCH), data), 9, 300.0).satellites(data);
        Fleet fleet = Fleet.of(PropagatorChoice.J2_SECULAR, SpacecraftBody.generic(), walker, cluster,
                Fleet.single("one", base, data));
        assertThat(fleet.size()).isEqualTo(22);
        assertThatThrownBy(() -> Fleet.of(PropagatorChoice.J2_SECULAR, SpacecraftBody.generic(), walker, walker))
                .hasMessageContaining("duplicate satellite id");
    }

    @Test
    void walkerDeltaSpreadsNodesAndPhases() {
        // Walker t/p/f = 24/3/1 (ref: walker-1984): planes 120° apart; adjacent-plane phase offset
        // f·360°/t = 15°. Exact to 1e-12 rad.
        OrbitSpec base = OrbitSpec.circular(550e3, 53.0, 0.0, EPOCH);
        List<OrbitSpec> w = new WalkerConstellation("s1", base, 24, 3, 1, WalkerConstellation.Pattern.DELTA).orbits();
        assertThat(w).hasSize(24);
        assertThat(w.get(8).givenRaanRad()).isCloseTo(Math.toRadians(120), within(1e-12));
        assertThat(w.get(8).meanAnomalyRad() - w.get(0).meanAnomalyRad()).isCloseTo(Math.toRadians(15), within(1e-12));
        assertThat(w.get(1).meanAnomalyRad()).isCloseTo(Math.toRadians(45), within(1e-12));
        List<OrbitSpec> star = new WalkerConstellation("s2", base, 6, 6, 0, WalkerConstellation.Pattern.STAR).orbits();
        assertThat(star.get(5).givenRaanRad()).isCloseTo(Math.toRadians(150), within(1e-12));
        assertThatThrownBy(() -> new WalkerConstellation("bad", base, 25, 3, 1, WalkerConstellation.Pattern.DELTA))
                .hasMessageContaining("divisible");
    }

    @Test
    void suncatcherClusterNeighboursStayBetween100And200Metres() {
        // ref: suncatcher-2025 — 81 satellites, 1 km radius, neighbours ~100–200 m apart.
        // Propagated with the secular J2 model over two orbits at 30 s; tolerance ±1 m
        // (linearisation error ~ d²/a ≈ 0.001 m plus curvature of the along-track axis).
        OrbitSpec ref = OrekitOrbits.fixPlane(OrbitSpec.sunSynchronous(650e3, 6.0, EPOCH), data);
        ClusterFormation cluster = new ClusterFormation("sc", ref, 81, 1000.0);
        assertThat(cluster.latticeRadius()).isEqualTo(5);
        assertThat(cluster.latticeSpacingM()).isCloseTo(100.0, within(1e-9));
        List<Satellite> sats = cluster.satellites(data);
        assertThat(sats).hasSize(81);
        List<Propagator> props = sats.stream().map(s -> PropagatorChoice.J2_SECULAR.build(s, SpacecraftBody.generic(), data)).toList();
        AbsoluteDate t0 = data.date(EPOCH);
        double minPair = Double.MAX_VALUE;
        double minNn = Double.MAX_VALUE;
        double maxNn = 0;
        double maxFromCentre = 0;
        for (double t = 0; t <= 2 * 5900; t += 30) {
            AbsoluteDate d = t0.shiftedBy(t);
            Vector3D[] p = props.stream().map(pr -> pr.getPosition(d, data.inertialFrame())).toArray(Vector3D[]::new);
            for (int i = 0; i < p.length; i++) {
                double nn = Double.MAX_VALUE;
                for (int j = 0; j < p.length; j++) {
                    if (i != j) {
                        nn = Math.min(nn, p[i].distance(p[j]));
                    }
                }
                minNn = Math.min(minNn, nn);
                maxNn = Math.max(maxNn, nn);
                minPair = Math.min(minPair, nn);
                maxFromCentre = Math.max(maxFromCentre, p[i].distance(p[0]));
            }
        }
        assertThat(minPair).isGreaterThan(99.0);
        assertThat(minNn).isCloseTo(100.0, within(1.0));
        assertThat(maxNn).isLessThan(201.0).isGreaterThan(150.0);
        assertThat(maxFromCentre).isCloseTo(1000.0, within(2.0));
    }

    @Test
    void badOrbitInputsGiveClearMessages() {
        assertThatThrownBy(() -> OrbitSpec.circular(50e3, 51.6, 0, EPOCH)).hasMessageContaining("altitude");
        assertThatThrownBy(() -> OrbitSpec.circular(500e3, 200, 0, EPOCH)).hasMessageContaining("inclination");
        assertThatThrownBy(() -> new ClusterFormation("c", OrbitSpec.circular(500e3, 51.6, 0, EPOCH), 0, 1000))
                .hasMessageContaining("cluster size");
    }
}
