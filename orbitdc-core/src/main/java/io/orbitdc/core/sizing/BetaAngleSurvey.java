package io.orbitdc.core.sizing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Range of the beta angle over a year and the worst (longest) eclipse it implies, from daily
 * samples of the analytic Sun direction with the node advanced at the J2 secular rate.
 *
 * <p>Validity: circular orbits; daily sampling resolves the slow SSO β cycle well, and for
 * precessing inclined orbits (β period ~60 days) the minimum |β| is found within a few degrees,
 * where the eclipse fraction is flat. ref: vallado-2013 §5.3
 *
 * @param minAbsBetaRad          smallest |β| over the samples, rad
 * @param maxAbsBetaRad          largest |β| over the samples, rad
 * @param worstEclipseFraction   largest eclipse fraction of an orbit over the samples
 * @param worstEclipseS          the corresponding eclipse duration per orbit, s
 * @param meanEclipseFraction    eclipse fraction averaged over the samples (energy per year)
 * @param daysWithEclipse        samples (days) with any eclipse
 * @param samples                number of daily samples
 */
public record BetaAngleSurvey(double minAbsBetaRad, double maxAbsBetaRad, double worstEclipseFraction,
                              double worstEclipseS, double meanEclipseFraction, int daysWithEclipse,
                              int samples) {
    /** Days sampled by {@link #overYear}. */
    public static final int DAYS_PER_YEAR = 365;

    /** Survey the year that starts at the epoch. */
    public static BetaAngleSurvey overYear(CircularOrbit orbit, double initialRaanRad, Instant epoch) {
        return over(orbit, initialRaanRad, epoch, DAYS_PER_YEAR);
    }

    /** Survey {@code days} daily samples from the epoch. */
    public static BetaAngleSurvey over(CircularOrbit orbit, double initialRaanRad, Instant epoch, int days) {
        List<Day> daily = daily(orbit, initialRaanRad, epoch, days);
        double minBeta = Double.POSITIVE_INFINITY;
        double maxBeta = 0.0;
        double worst = 0.0;
        double sum = 0.0;
        int eclipsed = 0;
        for (Day d : daily) {
            minBeta = Math.min(minBeta, d.absBetaRad());
            maxBeta = Math.max(maxBeta, d.absBetaRad());
            worst = Math.max(worst, d.eclipseFraction());
            sum += d.eclipseFraction();
            if (d.eclipseFraction() > 0.0) {
                eclipsed++;
            }
        }
        return new BetaAngleSurvey(minBeta, maxBeta, worst, worst * orbit.periodS(), sum / days, eclipsed, days);
    }

    /**
     * One daily sample of the survey: the day after the epoch, the signed beta angle and the
     * eclipse fraction of an orbit on that day (what the year's eclipse season chart shows).
     */
    public record Day(int day, double betaRad, double eclipseFraction) {
        /** |β|, rad. */
        public double absBetaRad() {
            return Math.abs(betaRad);
        }
    }

    /** The {@code days} daily samples {@link #over} summarises, in day order. */
    public static List<Day> daily(CircularOrbit orbit, double initialRaanRad, Instant epoch, int days) {
        if (days < 1) {
            throw new SizingInputException("beta-angle survey needs at least 1 day, found " + days);
        }
        Bounds.finite("initial RAAN (rad)", initialRaanRad);
        double nodalRate = orbit.nodalRateRadPerS();
        List<Day> out = new ArrayList<>(days);
        for (int day = 0; day < days; day++) {
            double t = day * 86400.0;
            Instant instant = epoch.plus(Duration.ofDays(day));
            double raan = initialRaanRad + nodalRate * t;
            double beta = SunDirection.at(instant).betaAngleRad(raan, orbit.inclinationRad());
            out.add(new Day(day, beta, EclipseGeometry.eclipseFraction(orbit.altitudeM(), Math.abs(beta))));
        }
        return List.copyOf(out);
    }
}
