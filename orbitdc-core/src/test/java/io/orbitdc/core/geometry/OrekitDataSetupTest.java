package io.orbitdc.core.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.TimeScale;
import org.orekit.utils.Constants;

class OrekitDataSetupTest {

    private final OrekitDataSetup data = OrekitDataSetup.bundled();

    @Test
    void bundledLeapSecondsMatchIersBulletinC() {
        // ref: iers-bulletin-c — TAI−UTC = 10 s on 1972-01-01, 32 s through 1999–2005,
        // 37 s since 2017-01-01 (27 leap seconds). Tolerance: exact (1e-9 s).
        TimeScale utc = data.utc();
        TimeScale tai = data.context().getTimeScales().getTAI();
        assertThat(taiMinusUtc(utc, tai, 1972, 3)).isCloseTo(10.0, within(1e-9));
        assertThat(taiMinusUtc(utc, tai, 2003, 6)).isCloseTo(32.0, within(1e-9));
        assertThat(taiMinusUtc(utc, tai, 2016, 6)).isCloseTo(36.0, within(1e-9));
        assertThat(taiMinusUtc(utc, tai, 2026, 11)).isCloseTo(37.0, within(1e-9));
    }

    private static double taiMinusUtc(TimeScale utc, TimeScale tai, int year, int month) {
        AbsoluteDate d = new AbsoluteDate(year, month, 15, 0, 0, 0.0, utc);
        return tai.offsetFromTAI(d).toDouble() - utc.offsetFromTAI(d).toDouble();
    }

    @Test
    void analyticalSunIsOneAstronomicalUnitAway() {
        // ref: iau-2012-au — 1 au = 149,597,870.7 km; Earth–Sun distance varies ±1.7 %.
        Vector3D sun = data.sun().getPosition(data.date(java.time.Instant.parse("2026-03-20T00:00:00Z")),
                data.inertialFrame());
        assertThat(sun.getNorm() / Constants.IAU_2012_ASTRONOMICAL_UNIT).isBetween(0.983, 1.017);
        assertThat(data.description()).contains("bundled").contains("analytical Sun");
    }

    @Test
    void missingDirectoryIsAClearError() {
        assertThatThrownBy(() -> OrekitDataSetup.fromDirectory(Path.of("/nonexistent/orekit")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/nonexistent/orekit");
    }

    @Test
    void directoryWithLeapSecondsOnlyFallsBackToAnalyticalSun(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        try (var in = getClass().getClassLoader().getResourceAsStream(OrekitDataSetup.BUNDLED_LEAP_SECONDS)) {
            java.nio.file.Files.copy(in, dir.resolve("UTC-TAI.history"));
        }
        OrekitDataSetup fromDir = OrekitDataSetup.fromDirectory(dir);
        assertThat(fromDir.description()).contains("directory").contains("analytical Sun");
        assertThat(fromDir.utc().offsetFromTAI(fromDir.date(java.time.Instant.parse("2020-01-01T00:00:00Z")))
                .toDouble()).isCloseTo(-37.0, within(1e-9));
    }
}
