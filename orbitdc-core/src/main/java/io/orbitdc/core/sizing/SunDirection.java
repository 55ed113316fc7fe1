package io.orbitdc.core.sizing;

import java.time.Instant;

/**
 * Low-precision analytic direction of the Sun in the Earth-centred equatorial frame (mean
 * equator and equinox of date), from the Astronomical Almanac's low-precision formulae.
 *
 * <p>Accuracy about 0.01° in longitude for 1950–2050 (ref: astronomical-almanac-low-precision-sun);
 * UTC is used in place of TT (a ~70 s difference, negligible here).
 *
 * @param x unit-vector component towards the vernal equinox
 * @param y unit-vector component in the equator, 90° east of x
 * @param z unit-vector component towards the north celestial pole
 */
public record SunDirection(double x, double y, double z) {
    private static final double J2000_EPOCH_SECONDS = Instant.parse("2000-01-01T12:00:00Z").getEpochSecond();

    /** The Sun's direction at an instant. */
    public static SunDirection at(Instant instant) {
        double n = (instant.getEpochSecond() + instant.getNano() * 1e-9 - J2000_EPOCH_SECONDS) / 86400.0;
        double meanLongitudeDeg = 280.460 + 0.9856474 * n;
        double meanAnomalyRad = Math.toRadians(357.528 + 0.9856003 * n);
        double eclipticLongitudeRad = Math.toRadians(meanLongitudeDeg
                + 1.915 * Math.sin(meanAnomalyRad) + 0.020 * Math.sin(2.0 * meanAnomalyRad));
        double obliquityRad = Math.toRadians(23.439 - 0.0000004 * n);
        return new SunDirection(Math.cos(eclipticLongitudeRad),
                Math.cos(obliquityRad) * Math.sin(eclipticLongitudeRad),
                Math.sin(obliquityRad) * Math.sin(eclipticLongitudeRad));
    }

    /** Right ascension of the Sun, rad in [0, 2π). */
    public double rightAscensionRad() {
        double ra = Math.atan2(y, x);
        return ra < 0 ? ra + 2.0 * Math.PI : ra;
    }

    /**
     * Beta angle: elevation of the Sun above an orbit plane with the given node and inclination,
     * β = asin(ŝ·n̂) with n̂ = (sin i sin Ω, −sin i cos Ω, cos i). ref: vallado-2013 §5.3 (beta angle)
     */
    public double betaAngleRad(double raanRad, double inclinationRad) {
        double si = Math.sin(inclinationRad);
        double dot = x * si * Math.sin(raanRad) - y * si * Math.cos(raanRad) + z * Math.cos(inclinationRad);
        return Math.asin(Math.max(-1.0, Math.min(1.0, dot)));
    }
}
