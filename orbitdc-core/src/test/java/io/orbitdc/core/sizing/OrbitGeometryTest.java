package io.orbitdc.core.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.orbitdc.core.orbit.Earth;
import io.orbitdc.core.orbit.OrbitSpec;
import io.orbitdc.core.orbit.SunSynchronous;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrbitGeometryTest {

    @Test
    void sunSynchronousInclinationAt650KmIs97point98Degrees() {
        // ref: J2 sun-synchronous condition (vallado-2013 §9.6); brief's check value 97.98°, tolerance 0.02°
        assertThat(Math.toDegrees(SunSynchronous.circularInclinationRad(650e3))).isCloseTo(97.98, within(0.02));
    }

    @Test
    void sunSynchronousNodeDriftsAtTheSunsMeanMotion() {
        // the definition of the SSO condition: Ω̇ = 360°/tropical year, relative tolerance 1e-9
        CircularOrbit sso = new CircularOrbit(800e3, SunSynchronous.circularInclinationRad(800e3));
        assertThat(sso.nodalRateRadPerS()).isCloseTo(Earth.SUN_MEAN_MOTION_RAD_PER_S,
                within(1e-9 * Earth.SUN_MEAN_MOTION_RAD_PER_S));
    }

    @Test
    void periodAt650KmIs97point7Minutes() {
        // ref: Keplerian period (vallado-2013); brief's check value 97.7 min, tolerance 0.1 min
        assertThat(new CircularOrbit(650e3, 0.0).periodS() / 60.0).isCloseTo(97.7, within(0.1));
    }

    @Test
    void velocityAt400KmIsAbout7point67KmPerS() {
        // ISS-altitude circular speed √(μ/a) ≈ 7.67 km/s (vallado-2013), tolerance 10 m/s
        assertThat(new CircularOrbit(400e3, Math.toRadians(51.6)).velocityMPerS()).isCloseTo(7669.0, within(10.0));
    }

    @Test
    void eclipseAt400KmAndZeroBetaIs36MinutesOf92() {
        // brief: ~36 min of a ~92 min orbit at 400 km, β = 0; tolerance 0.5 min each
        CircularOrbit orbit = new CircularOrbit(400e3, 0.0);
        double fraction = EclipseGeometry.eclipseFraction(400e3, 0.0);
        assertThat(orbit.periodS() / 60.0).isCloseTo(92.5, within(0.5));
        assertThat(fraction * orbit.periodS() / 60.0).isCloseTo(36.0, within(0.5));
    }

    @Test
    void noEclipseAboveTheCriticalBeta() {
        // cylindrical shadow: β* = asin(R/(R+h)) (vallado-2013 §5.3); just below β* the eclipse is short but non-zero
        double critical = EclipseGeometry.criticalBetaRad(650e3);
        assertThat(Math.toDegrees(critical)).isCloseTo(65.2, within(0.2));
        assertThat(EclipseGeometry.eclipseFraction(650e3, critical + 1e-6)).isZero();
        assertThat(EclipseGeometry.eclipseFraction(650e3, critical - 0.01)).isPositive().isLessThan(0.1);
        assertThat(EclipseGeometry.eclipseFraction(650e3, -0.3)).isEqualTo(EclipseGeometry.eclipseFraction(650e3, 0.3));
    }

    @Test
    void sunDeclinationAtTheSolsticesAndEquinox() {
        // the obliquity is 23.44°: declination at the June solstice +23.44°, December −23.44°, March equinox 0
        // (astronomical-almanac-low-precision-sun); tolerance 0.05° at the solstices, 0.5° at the equinox (timing)
        assertThat(declinationDeg(Instant.parse("2027-06-21T14:10:00Z"))).isCloseTo(23.44, within(0.05));
        assertThat(declinationDeg(Instant.parse("2027-12-22T09:40:00Z"))).isCloseTo(-23.44, within(0.05));
        assertThat(declinationDeg(Instant.parse("2027-03-20T14:25:00Z"))).isCloseTo(0.0, within(0.5));
    }

    private static double declinationDeg(Instant instant) {
        return Math.toDegrees(Math.asin(SunDirection.at(instant).z()));
    }

    @Test
    void dawnDuskSsoAt650KmHasSeasonalEclipsesOfAbout20Minutes() {
        // reference §5.2: a dawn–dusk SSO at 500–1,200 km is NOT eclipse-free near one solstice;
        // reference §5.9 [D]: ~20 min worst case per orbit at 650 km. Tolerance: 15–23 min, and eclipses
        // on some weeks but not most of the year (between 30 and 150 days).
        OrbitBudget orbit = OrbitBudget.of(OrbitSpec.sunSynchronous(650e3, 18.0, SizingFixtures.EPOCH_2027));
        BetaAngleSurvey survey = orbit.betaSurvey();
        assertThat(survey.worstEclipseS() / 60.0).isBetween(15.0, 23.0);
        assertThat(survey.daysWithEclipse()).isBetween(30, 150);
        // β of a dawn–dusk orbit stays high: between ~60° and ~90° over the year
        assertThat(Math.toDegrees(survey.minAbsBetaRad())).isBetween(55.0, 65.2);
        assertThat(Math.toDegrees(survey.maxAbsBetaRad())).isGreaterThan(80.0);
    }

    @Test
    void dawnDuskSsoMinimumBetaIsSetByTheTiltOfItsPlaneAndTheObliquity() {
        // geometry (reference §5.2): a dawn–dusk orbit normal is tilted (i − 90°) from the equator towards the
        // anti-Sun side at one solstice, where the Sun is 23.44° from the equator: min |β| = 90° − (i − 90°) − 23.44°.
        // Tolerance 0.5° (daily sampling, LTAN from the mean Sun, equation of time)
        double iDeg = Math.toDegrees(SunSynchronous.circularInclinationRad(650e3));
        BetaAngleSurvey survey = OrbitBudget.of(OrbitSpec.sunSynchronous(650e3, 18.0, SizingFixtures.EPOCH_2027))
                .betaSurvey();
        assertThat(Math.toDegrees(survey.minAbsBetaRad())).isCloseTo(90.0 - (iDeg - 90.0) - 23.44, within(0.5));
    }

    @Test
    void noonMidnightSsoIsEclipsedEveryDay() {
        // LTAN 12:00 puts the Sun near the orbit plane all year: |β| stays below ~30° (i − 90° + obliquity)
        BetaAngleSurvey survey = OrbitBudget.of(OrbitSpec.sunSynchronous(650e3, 12.0, SizingFixtures.EPOCH_2027))
                .betaSurvey();
        assertThat(survey.daysWithEclipse()).isEqualTo(survey.samples());
        assertThat(Math.toDegrees(survey.maxAbsBetaRad())).isLessThan(33.0);
    }

    @Test
    void theDailySamplesAreWhatTheSurveySummarises() {
        // regression: the report's beta and eclipse-season charts plot these samples; the survey is their extremes
        OrbitBudget orbit = OrbitBudget.of(OrbitSpec.sunSynchronous(650e3, 18.0, SizingFixtures.EPOCH_2027));
        java.util.List<BetaAngleSurvey.Day> days = BetaAngleSurvey.daily(orbit.orbit(), orbit.initialRaanRad(),
                SizingFixtures.EPOCH_2027, BetaAngleSurvey.DAYS_PER_YEAR);
        BetaAngleSurvey survey = orbit.betaSurvey();
        assertThat(days).hasSize(survey.samples());
        assertThat(days.stream().mapToDouble(BetaAngleSurvey.Day::absBetaRad).min().orElseThrow())
                .isEqualTo(survey.minAbsBetaRad());
        assertThat(days.stream().mapToDouble(BetaAngleSurvey.Day::absBetaRad).max().orElseThrow())
                .isEqualTo(survey.maxAbsBetaRad());
        assertThat(days.stream().filter(d -> d.eclipseFraction() > 0).count()).isEqualTo(survey.daysWithEclipse());
    }

    @Test
    void issLikeOrbitReachesZeroBetaWithinAYear() {
        // a 51.6° orbit precesses through all β in ~60 days: worst eclipse ≈ the β = 0 value (36 min, tolerance 0.5 min)
        BetaAngleSurvey survey = OrbitBudget.of(OrbitSpec.inclined(400e3, Math.toRadians(51.6), 0.0,
                SizingFixtures.EPOCH_2027)).betaSurvey();
        assertThat(Math.toDegrees(survey.minAbsBetaRad())).isLessThan(3.0);
        assertThat(survey.worstEclipseS() / 60.0).isCloseTo(36.0, within(0.5));
        assertThat(Math.toDegrees(survey.maxAbsBetaRad())).isCloseTo(51.6 + 23.44, within(2.0));
    }

    @Test
    void ltanSetsTheNodeSixHoursFromTheSun() {
        // dawn–dusk (18:00): the node is 90° east of the Sun's right ascension
        double sunRa = 1.0;
        assertThat(SunSynchronous.raanForLtanRad(18.0, sunRa)).isCloseTo(1.0 + Math.PI / 2, within(1e-12));
        assertThat(SunSynchronous.raanForLtanRad(12.0, sunRa)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void earthViewFactorsMatchPublishedValues() {
        // McCalip: nadir plate sin²(asin(R/(R+h))) = 0.847 at 550 km (mccalip-model), tolerance 0.003.
        // Forethought Appendix E uses F_IR = 0.5 for a two-sided plate at 550 km: two vertical faces, tolerance 5 %.
        assertThat(EarthViewFactor.nadirPlate(550e3)).isCloseTo(0.847, within(0.003));
        assertThat(2.0 * EarthViewFactor.verticalPlate(550e3)).isCloseTo(0.5, within(0.025));
        // limits: a vertical face sees at most half of what a nadir face sees, and both shrink with altitude
        assertThat(EarthViewFactor.verticalPlate(400e3)).isLessThan(0.5 * EarthViewFactor.nadirPlate(400e3));
        assertThat(EarthViewFactor.verticalPlate(1000e3)).isLessThan(EarthViewFactor.verticalPlate(400e3));
    }

    @Test
    void badAltitudeIsRejectedWithTheValueAndTheRange() {
        assertThatThrownBy(() -> new CircularOrbit(-5.0, 0.0))
                .isInstanceOf(SizingInputException.class)
                .hasMessageContaining("altitude").hasMessageContaining("-5.0").hasMessageContaining("[");
        assertThatThrownBy(() -> SunSynchronous.circularInclinationRad(8000e3))
                .isInstanceOf(io.orbitdc.core.InputException.class).hasMessageContaining("sun-synchronous");
    }
}
