package io.orbitdc.core.geometry.sky;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitdc.core.geometry.OrekitDataSetup;
import io.orbitdc.core.geometry.Satellite;
import io.orbitdc.core.geometry.WalkerConstellation;
import io.orbitdc.core.geometry.batch.BatchJ2Propagator;
import io.orbitdc.core.geometry.batch.EarthJ2;
import io.orbitdc.core.geometry.batch.FleetWorkers;
import io.orbitdc.core.geometry.batch.ShadowModel;
import io.orbitdc.core.geometry.scan.FleetEventScan;
import io.orbitdc.core.orbit.OrbitSpec;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orekit.time.AbsoluteDate;

/** Plausibility checks of the naked-eye count (the magnitude law itself is validated in SatelliteBrightnessTest). */
class NightSkyTest {

    private static final OrekitDataSetup DATA = OrekitDataSetup.bundled();
    private static final Instant START = Instant.parse("2027-03-20T00:00:00Z");

    private static SkySummary sky(double altitudeM, SatelliteBrightness brightness, List<SkyObserver> observers) {
        List<Satellite> sats = new WalkerConstellation("w", OrbitSpec.circular(altitudeM, 53, 0, START), 1200, 30, 1,
                WalkerConstellation.Pattern.DELTA).satellites(DATA);
        AbsoluteDate epoch = DATA.date(START);
        try (FleetWorkers w = new FleetWorkers(2)) {
            BatchJ2Propagator p = new BatchJ2Propagator(FleetEventScan.elements(sats, DATA.inertialFrame(), epoch),
                    EarthJ2.EARTH, epoch, DATA.inertialFrame(), DATA.sun(), ShadowModel.CONICAL, w);
            return new NightSky(DATA).summarise(p, brightness, observers, START, 86400);
        }
    }

    @Test
    void brightLargeSatellitesAreSeenAtTwilightAndFaintSmallOnesAreNot() {
        List<SkyObserver> mid = List.of(SkyObserver.atLatitude("40N", 40));
        SkySummary bright = sky(1_000e3, SatelliteBrightness.of(BrightnessModel.DIFFUSE_SPHERE, 800, 0.2), mid);
        SkySummary faint = sky(1_000e3, SatelliteBrightness.of(BrightnessModel.DIFFUSE_SPHERE, 0.01, 0.05), mid);
        SkySummary.ObserverSky b = bright.observers().get(0);
        // at the equinox a 40 deg N observer has one astronomical night in a day: two -18 deg crossings
        assertThat(b.instantsEvaluated()).isGreaterThanOrEqualTo(2);
        // upper bound: a 1,000 km shell of 1,200 is seen above the horizon by at most the share of the sphere
        // within the horizon cap, 1 - R/(R+h) = 0.135, i.e. ~160 satellites (x2 for the 53 deg band's crowding)
        assertThat(b.maxNakedEyeVisible()).isBetween(1, 320);
        assertThat(faint.observers().get(0).maxNakedEyeVisible()).isZero();
        // the IAU limit: an 800 m2 sphere is brighter than V = 7.75 at 1,000 km; a 1 cm2 one is not
        assertThat(bright.fractionBrighterThanIauLimit()).isEqualTo(1.0);
        assertThat(faint.fractionBrighterThanIauLimit()).isZero();
        assertThat(bright.medianMagnitude()).isLessThan(faint.medianMagnitude());
    }

    @Test
    void aShellInsideTheTwilightShadowIsNeverSeenOverhead() {
        // below ~328 km the satellite overhead is in the Earth's shadow at the end of twilight: no median
        SkySummary low = sky(300e3, SatelliteBrightness.of(BrightnessModel.DIFFUSE_SPHERE, 800, 0.2),
                List.of(SkyObserver.atLatitude("equator", 0)));
        assertThat(low.medianMagnitude()).isNull();
    }
}
