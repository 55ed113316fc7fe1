package io.orbitdc.core.twin;

/**
 * Analytic geometry of satellites spread evenly in phase along one circular orbit, for tests and
 * quick studies without Orekit: each orbit has one shadow of {@code umbraS}, entered and left
 * through penumbra ramps of {@code penumbraS} over which the sunlit fraction varies linearly, and
 * one SAA crossing of {@code saaS}. The sunlit fraction of a step is the exact time average of
 * that piecewise-linear profile over the step, so energy totals do not depend on the step length.
 *
 * <p>Validity: a fixed beta angle (no eclipse seasons), a fixed array incidence and one SAA pass
 * per orbit; real passes cluster on a few consecutive orbits a day. The geometry engine replaces
 * it for real runs.
 *
 * @param satelliteCount    satellites, ≥ 1; satellite k is ahead of satellite 0 by k/satelliteCount of an orbit
 * @param stepCount         steps, ≥ 1
 * @param stepS             step length, s
 * @param periodS           orbit period, s
 * @param umbraS            full-shadow duration per orbit, s
 * @param penumbraS         duration of each penumbra ramp (entry and exit), s; umbraS + 2·penumbraS ≤ periodS
 * @param arrayCosIncidence cosine of the Sun incidence on the array, [0, 1]
 * @param saaS              SAA dwell per orbit, s (0 for none), ≤ periodS
 * @param saaPhase          where the SAA pass starts, as a fraction of the orbit after the step origin, [0, 1)
 * @param betaRad           beta angle reported for every step, rad
 */
public record CircularOrbitTimeline(int satelliteCount, int stepCount, double stepS, double periodS, double umbraS,
                                    double penumbraS, double arrayCosIncidence, double saaS, double saaPhase,
                                    double betaRad) implements GeometryTimeline {
    public CircularOrbitTimeline {
        InputRange.positive("satellite count", satelliteCount);
        InputRange.positive("step count", stepCount);
        InputRange.positive("step length (s)", stepS);
        InputRange.positive("orbit period (s)", periodS);
        InputRange.nonNegative("umbra duration (s)", umbraS);
        InputRange.nonNegative("penumbra duration (s)", penumbraS);
        if (umbraS + 2.0 * penumbraS > periodS) {
            throw new TwinInputException("umbra + 2 × penumbra must fit in one orbit: found " + umbraS + " + 2 × "
                    + penumbraS + " s against a period of " + periodS + " s");
        }
        InputRange.within("array cosine of incidence", arrayCosIncidence, 0.0, 1.0);
        InputRange.within("SAA dwell per orbit (s)", saaS, 0.0, periodS);
        InputRange.finite("SAA phase", saaPhase);
        if (saaPhase < 0.0 || saaPhase >= 1.0) {
            throw new TwinInputException("SAA phase must be in [0, 1), found " + saaPhase);
        }
        InputRange.within("beta angle (rad)", betaRad, -Math.PI / 2, Math.PI / 2);
    }

    /** Sunlit time per orbit, s (each penumbra ramp counts half). */
    public double sunlitPerOrbitS() {
        return periodS - umbraS - penumbraS;
    }

    @Override
    public double sunlitFraction(int satellite, int step) {
        check(satellite, step);
        double t0 = step * stepS + offsetS(satellite);
        return clamp01((cumulativeSunlitS(t0 + stepS) - cumulativeSunlitS(t0)) / stepS);
    }

    @Override
    public double arrayCosIncidence(int satellite, int step) {
        check(satellite, step);
        return arrayCosIncidence;
    }

    @Override
    public boolean inSaa(int satellite, int step) {
        check(satellite, step);
        if (saaS <= 0.0) {
            return false;
        }
        double mid = (step + 0.5) * stepS + offsetS(satellite);
        double u = mid - Math.floor(mid / periodS) * periodS;
        double start = saaPhase * periodS;
        double since = u - start;
        if (since < 0.0) {
            since += periodS;
        }
        return since < saaS;
    }

    @Override
    public double betaRad(int satellite, int step) {
        check(satellite, step);
        return betaRad;
    }

    private double offsetS(int satellite) {
        return periodS * satellite / satelliteCount;
    }

    /** ∫₀ᵗ sunlit fraction dt for the periodic profile with the shadow centred at half an orbit. */
    private double cumulativeSunlitS(double t) {
        double orbits = Math.floor(t / periodS);
        double u = t - orbits * periodS;
        return orbits * sunlitPerOrbitS() + withinOrbitS(u);
    }

    private double withinOrbitS(double u) {
        double a = periodS / 2 - umbraS / 2 - penumbraS;
        double b = a + penumbraS;
        double c = b + umbraS;
        double d = c + penumbraS;
        if (u <= a) {
            return u;
        }
        if (u <= b) {
            double x = u - a;
            return a + x - x * x / (2.0 * penumbraS);
        }
        if (u <= c) {
            return a + penumbraS / 2;
        }
        if (u <= d) {
            double x = u - c;
            return a + penumbraS / 2 + x * x / (2.0 * penumbraS);
        }
        return a + penumbraS + (u - d);
    }

    private void check(int satellite, int step) {
        if (satellite < 0 || satellite >= satelliteCount) {
            throw new IndexOutOfBoundsException("satellite " + satellite + " outside [0, " + satelliteCount + ")");
        }
        if (step < 0 || step >= stepCount) {
            throw new IndexOutOfBoundsException("step " + step + " outside [0, " + stepCount + ")");
        }
    }

    private static double clamp01(double v) {
        return Math.max(0.0, Math.min(1.0, v));
    }
}
