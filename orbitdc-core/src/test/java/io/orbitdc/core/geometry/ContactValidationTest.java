package io.orbitdc.core.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitdc.core.catalog.CatalogTable;
import io.orbitdc.core.orbit.OrbitSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orekit.frames.TopocentricFrame;
import org.orekit.propagation.Propagator;
import org.orekit.time.AbsoluteDate;

class ContactValidationTest {

    private static final Instant EPOCH = Instant.parse("2026-06-01T00:00:00Z");
    private final OrekitDataSetup data = OrekitDataSetup.bundled();
    private final GroundStation svalbard = GroundStationCatalog.load().require("svalsat");

    private Satellite sso() {
        return Fleet.single("sso", OrekitOrbits.fixPlane(OrbitSpec.sunSynchronous(650e3, 10.5, EPOCH), data), data).get(0);
    }

    @Test
    void svalbardContactsMatchABruteForceElevationScan() {
        // Independent check of the ElevationDetector windows: scan the elevation from
        // TopocentricFrame.getElevation every 1 s and take the sign changes. Tolerance 1.5 s
        // (scan resolution 1 s). ref: orekit-13 (ElevationDetector, TopocentricFrame).
        // Also: SvalSat "can receive ... every polar-orbiting satellite ... on every revolution"
        // (ref: wikipedia-svalsat, Atlas Obscura): a 650 km SSO makes ~14.8 revolutions a day, so
        // expect 13–16 passes above 5° in a day.
        Satellite sat = sso();
        Propagator p = PropagatorChoice.J2_SECULAR.build(sat, SpacecraftBody.generic(), data);
        AbsoluteDate t0 = data.date(EPOCH);
        AbsoluteDate t1 = t0.shiftedBy(86400.0);
        List<ContactWindow> windows = new ContactFinder(data).find("sso", p, svalbard, t0, t1);
        assertThat(windows).hasSizeBetween(13, 16);
        List<double[]> scanned = scan(p, svalbard.frame(data), Math.toRadians(svalbard.minElevationDeg()), t0, 86400.0);
        assertThat(windows).hasSameSizeAs(scanned);
        for (int i = 0; i < windows.size(); i++) {
            ContactWindow w = windows.get(i);
            if (!w.truncated()) {
                assertThat(Math.abs(data.date(w.start()).durationFrom(t0) - scanned.get(i)[0])).isLessThan(1.5);
                assertThat(Math.abs(data.date(w.end()).durationFrom(t0) - scanned.get(i)[1])).isLessThan(1.5);
            }
            assertThat(w.durationS()).isBetween(60.0, 16 * 60.0);
        }
    }

    private List<double[]> scan(Propagator p, TopocentricFrame topo, double mask, AbsoluteDate t0, double spanS) {
        List<double[]> out = new ArrayList<>();
        double open = Double.NaN;
        boolean prev = false;
        for (double t = 0; t <= spanS; t += 1.0) {
            AbsoluteDate d = t0.shiftedBy(t);
            boolean up = topo.getElevation(p.getPosition(d, data.inertialFrame()), data.inertialFrame(), d) > mask;
            if (up && !prev) {
                open = t;
            } else if (!up && prev) {
                out.add(new double[] {open, t});
            }
            prev = up;
        }
        if (prev) {
            out.add(new double[] {open, spanS});
        }
        return out;
    }

    @Test
    void fastJ2ModelMatchesOrekitNumericalContactTimesWithin10Seconds() {
        // Issue 3 validation: fast model vs Orekit NumericalPropagator (J2 field) over one day:
        // contact start/end within 10 s, same number of passes. Station: SvalSat (polar).
        Satellite sat = sso();
        AbsoluteDate t0 = data.date(EPOCH);
        AbsoluteDate t1 = t0.shiftedBy(86400.0);
        ContactFinder finder = new ContactFinder(data);
        List<ContactWindow> fast = finder.find("s", PropagatorChoice.J2_SECULAR.build(sat, SpacecraftBody.generic(), data), svalbard, t0, t1);
        List<ContactWindow> ref = finder.find("s", PropagatorChoice.NUMERICAL_J2.build(sat, SpacecraftBody.generic(), data), svalbard, t0, t1);
        assertThat(fast).hasSameSizeAs(ref);
        for (int i = 0; i < ref.size(); i++) {
            assertThat(EclipseValidationTest.secondsBetween(fast.get(i).start(), ref.get(i).start())).isLessThan(10.0);
            assertThat(EclipseValidationTest.secondsBetween(fast.get(i).end(), ref.get(i).end())).isLessThan(10.0);
        }
    }

    @Test
    void catalogHasThePolarAndMidLatitudeStationsWithSources() {
        GroundStationCatalog cat = GroundStationCatalog.load();
        assertThat(cat.stations()).extracting(GroundStation::id).contains("svalsat", "trollsat", "inuvik", "esrange",
                "fairbanks", "mcmurdo", "hartebeesthoek", "awarua", "puntaarenas");
        assertThat(cat.stations()).allSatisfy(s -> assertThat(s.sources()).isNotEmpty());
        assertThat(svalbard.latitudeDeg()).isBetween(78.0, 78.5);
        assertThatThrownBy(() -> cat.require("nowhere")).hasMessageContaining("svalsat");
        assertThatThrownBy(() -> GroundStationCatalog.from(CatalogTable.parse("bad.csv",
                "id,name,latitude_deg,longitude_deg,altitude_m,min_elevation_deg,operator,confidence,source,notes\n"
                        + "x,X,95,0,0,5,op,c,k,\n"))).hasMessageContaining("latitude 95");
    }
}
