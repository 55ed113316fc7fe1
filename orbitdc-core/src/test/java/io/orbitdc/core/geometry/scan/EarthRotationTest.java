package io.orbitdc.core.geometry.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitdc.core.geometry.OrekitDataSetup;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.orekit.frames.Frame;
import org.orekit.time.AbsoluteDate;

/**
 * Validation of the scan's interpolated Earth rotation against Orekit's full ITRF→inertial
 * transform (precession, nutation, Earth rotation angle) taken at the same instant.
 */
class EarthRotationTest {

    private final OrekitDataSetup data = OrekitDataSetup.bundled();
    private final Frame frame = data.inertialFrame();

    @Test
    void interpolatedRotationIsWithinOneHundredthOfAMicroradianOfOrekitOverAYear() {
        // 1e-8 rad: ten times the cubic's bound for the fortnightly nutation term (1e-9 rad, see
        // EarthRotation), 7 cm at a LEO satellite; the hourly spin-only refresh it replaces was
        // off by up to 7e-8 rad, and a wrong spin sign or node would be off by radians.
        AbsoluteDate epoch = data.date(Instant.parse("2027-01-01T00:00:00Z"));
        EarthRotation earth = new EarthRotation(data, frame, epoch);
        SplittableRandom rnd = new SplittableRandom(5);
        double worst = 0;
        double t = 0;
        while (t < 365.25 * 86_400) {
            earth.at(t);
            worst = Math.max(worst, angle(earth, epoch.shiftedBy(t)));
            t += rnd.nextDouble(1, 20_000);
        }
        System.out.printf("Earth rotation vs Orekit over a year: worst %.3g rad%n", worst);
        assertThat(worst).isLessThan(1e-8);
    }

    @Test
    void aLeapSecondIsFollowedExactlyNotSmeared() {
        // UTC gained a second at the end of 2016-12-31: the Earth rotation angle as a function of
        // elapsed seconds jumps back by 7.3e-5 rad there. Steps of 30 s from two days before to
        // two days after; tolerance as above (an interpolation across the jump is 1e-5 rad off).
        AbsoluteDate epoch = data.date(Instant.parse("2016-12-29T00:00:00Z"));
        EarthRotation earth = new EarthRotation(data, frame, epoch);
        double worst = 0;
        for (double t = 0; t <= 5 * 86_400; t += 30) {
            earth.at(t);
            worst = Math.max(worst, angle(earth, epoch.shiftedBy(t)));
        }
        assertThat(worst).isLessThan(1e-8);
    }

    @Test
    void tabulatedMatrixIsOrekitsToTheSameTolerance() {
        // the matrix a caller tabulates (FleetStepGeometry's hourly nodes) is the same rotation:
        // each entry within 1e-8 of Orekit's, the bound above
        AbsoluteDate epoch = data.date(Instant.parse("2027-03-01T00:00:00Z"));
        EarthRotation earth = new EarthRotation(data, frame, epoch);
        double[] table = new double[9];
        double[] exact = new double[9];
        double worst = 0;
        for (double t = 0; t < 200 * 86_400; t += 3_600 * 7 + 11) {
            earth.matrix(t, table, 0);
            EarthRotation.itrfToInertial(data.earth().getBodyFrame(), frame, epoch.shiftedBy(t), exact, 0);
            for (int i = 0; i < 9; i++) {
                worst = Math.max(worst, Math.abs(table[i] - exact[i]));
            }
        }
        assertThat(worst).isLessThan(1e-8);
    }

    /** Largest angle between the rotation's images of the ITRF axes and Orekit's, rad. */
    private double angle(EarthRotation earth, AbsoluteDate date) {
        double[] exact = new double[9];
        EarthRotation.itrfToInertial(data.earth().getBodyFrame(), frame, date, exact, 0);
        double[] image = new double[3];
        double worst = 0;
        for (int c = 0; c < 3; c++) {
            earth.toInertial(c == 0 ? 1 : 0, c == 1 ? 1 : 0, c == 2 ? 1 : 0, image, 0);
            double dx = image[0] - exact[c];
            double dy = image[1] - exact[3 + c];
            double dz = image[2] - exact[6 + c];
            worst = Math.max(worst, Math.sqrt(dx * dx + dy * dy + dz * dz));
        }
        return worst;
    }
}
