package io.orbitdc.core.geometry.scan;

import io.orbitdc.core.geometry.SaaRegion;
import io.orbitdc.core.geometry.batch.BatchJ2Propagator;
import io.orbitdc.core.geometry.batch.FleetElements;
import io.orbitdc.core.orbit.Earth;

/**
 * The SAA boundary function of a satellite from its Earth-fixed position: the region's signed
 * {@link SaaRegion#inside} at the geodetic latitude, longitude and height. North of 20 deg geocentric latitude no boundary can be within a step (the widest
 * region, scale 1.4, reaches 31 deg north of its −25 deg centre, i.e. +6 deg), so callers skip
 * the rotation and the trigonometry there and use −1 (outside).
 */
final class SaaBoundary {

    private static final double EARTH_RADIUS_M = Earth.ELLIPSOID_EQUATORIAL_RADIUS_M;
    private static final double FLATTENING = Earth.ELLIPSOID_FLATTENING;
    /** First eccentricity squared of the WGS-84 ellipsoid. */
    private static final double E2 = Earth.ELLIPSOID_ECCENTRICITY_SQUARED;
    /** Geocentric latitude above which no SAA boundary can be within one step (sin 20 deg). */
    private static final double SKIP_SIN_LAT = Math.sin(Math.toRadians(20));

    private SaaBoundary() {
    }

    /**
     * Largest great-circle angle from the region's centre to any point of it at heights up to
     * {@code maxAltitudeM}, deg, plus 1 deg (0.2 deg for geodetic vs geocentric latitude, the
     * rest for the grid): the region is largest at the highest altitude (its scale grows with
     * height), and the angle is taken over a polar grid of the filled ellipse (40 rings × 1,440
     * directions, neighbours at most 0.31 deg apart on the widest region, so the true largest
     * angle exceeds the grid's by less than that) by the haversine formula, not by
     * the (lat, lon) distance, which overstates it by up to 15 deg (76.5 against 62.6 deg at the
     * largest size). The fleet scan and the twin's step geometry skip the function beyond this
     * plus one step's motion. 0 when the region does not exist at that height.
     */
    static double reachDeg(SaaRegion saa, double maxAltitudeM) {
        double s = SaaRegion.scale(maxAltitudeM);
        if (s == 0) {
            return 0;
        }
        double a = saa.semiLonDeg500() * s;
        double b = saa.semiLatDeg500() * s;
        double lat0 = Math.toRadians(saa.centreLatDeg());
        double widest = 0;
        for (int ring = 1; ring <= 40; ring++) {
            double f = ring / 40.0;
            for (int d = 0; d < 1440; d++) {
                double theta = Math.toRadians(d * 0.25);
                double lat = Math.toRadians(Math.max(-90, Math.min(90, saa.centreLatDeg() + f * b * Math.sin(theta))));
                double dLon = Math.toRadians(f * a * Math.cos(theta));
                double h = hav(lat - lat0) + Math.cos(lat0) * Math.cos(lat) * hav(dLon);
                widest = Math.max(widest, 2 * Math.asin(Math.sqrt(Math.min(1, h))));
            }
        }
        return Math.toDegrees(widest) + 1.0;
    }

    private static double hav(double x) {
        double s = Math.sin(x / 2);
        return s * s;
    }

    /** The fleet's largest height above the ellipsoid can be no more than its largest apogee radius over the polar radius. */
    static double maxAltitudeM(FleetElements elements) {
        return elements.maxApogeeRadiusM() - EARTH_RADIUS_M * (1 - FLATTENING);
    }

    /**
     * Cosine of the largest geocentric angle from the SAA centre at which a sample or either of
     * its neighbours can bracket a boundary crossing: the region's reach ({@link #reachDeg} at
     * the fleet's highest altitude) plus the farthest any satellite's Earth-fixed direction turns
     * in one step — twice its mean angular rate (eccentric orbits are faster at perigee; a factor
     * 2 covers e &lt; 0.2) plus the Earth's rotation under it. −∞ (never skip) when that passes π.
     * The fleet scan and the twin's step geometry skip the boundary function beyond it.
     */
    static double reachCos(SaaRegion saa, FleetElements elements, BatchJ2Propagator propagator, double stepS) {
        double fastest = 0;
        for (int k = 0; k < propagator.size(); k++) {
            fastest = Math.max(fastest, Math.abs(propagator.meanAnomalyRate(k) + propagator.argumentOfPerigeeRate(k)));
        }
        double reachRad = Math.toRadians(reachDeg(saa, maxAltitudeM(elements))) + (2 * fastest + EarthRotation.OMEGA) * stepS;
        return reachRad < Math.PI ? Math.cos(reachRad) : Double.NEGATIVE_INFINITY;
    }

    /** Earth-fixed unit vector towards the region's centre (geocentric, from its latitude and longitude). */
    static double[] centreDirection(SaaRegion saa) {
        double lat = Math.toRadians(saa.centreLatDeg());
        double lon = Math.toRadians(saa.centreLonDeg());
        return new double[] {Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)};
    }

    /** Whether a satellite at inertial height z, radius r, may be near the SAA (else its value is −1). */
    static boolean near(double z, double r) {
        return z / r <= SKIP_SIN_LAT;
    }

    /**
     * The boundary function (positive inside) for an Earth-fixed position {@code fixed[0..2]},
     * |r| = r, m, at the geodetic latitude and height above the WGS-84 ellipsoid, as the Orekit
     * engine's detector evaluates it. Latitude from one step of the usual fixed-point formula
     * tan φ = z / (p (1 − e² N/(N + h))) with N and h taken at the geocentric latitude: in LEO
     * within 1e-6 deg of the exact value, while geocentric latitude and height above the
     * equatorial radius would move the boundary by up to 0.2 deg and 20 km of height (tens of
     * seconds of pass time, since the region grows with height).
     */
    static double value(SaaRegion saa, double[] fixed, double r) {
        return value(saa, fixed[0], fixed[1], fixed[2], r);
    }

    /** As {@link #value(SaaRegion, double[], double)} for Earth-fixed (fx, fy, fz). */
    static double value(SaaRegion saa, double fx, double fy, double fz, double r) {
        double sin2 = fz * fz / (r * r);
        double height = r - EARTH_RADIUS_M * (1 - FLATTENING * sin2);
        double n = EARTH_RADIUS_M / Math.sqrt(1 - E2 * sin2);
        double p = Math.sqrt(fx * fx + fy * fy);
        double latitude = Math.atan2(fz, p * (1 - E2 * n / (n + height)));
        return saa.inside(Math.toDegrees(latitude), Math.toDegrees(Math.atan2(fy, fx)), height);
    }
}
