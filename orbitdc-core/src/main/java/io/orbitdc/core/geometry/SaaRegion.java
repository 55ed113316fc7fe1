package io.orbitdc.core.geometry;

/**
 * South Atlantic Anomaly as an ellipse in geodetic latitude/longitude whose size grows with
 * altitude: centre (−25°, −50°), semi-axes 22° in latitude and 50° in longitude at 500 km, scaled
 * by s(h) = √((h − 200 km)/300 km), capped at 1.4 (reached near 790 km); no SAA below 200 km.
 * This is an engineering approximation of where trapped-proton flux (>10 MeV) is high in LEO,
 * chosen so that a 400–650 km orbit crossing the centre spends ≲ 20 min per orbit inside
 * (ref: saa-seu-share: "80–97 % of LEO SEUs, in < 20 min per orbit"). It is NOT fitted to AP-8/AP-9
 * contours and ignores the ~0.3°/yr westward drift; replace with a flux map for dose work.
 * ref: saa-orbitdc-ellipse.
 */
public record SaaRegion(double centreLatDeg, double centreLonDeg, double semiLatDeg500, double semiLonDeg500) {

    /** The default region described above. */
    public static SaaRegion standard() {
        return new SaaRegion(-25.0, -50.0, 22.0, 50.0);
    }

    /** Size scale at an altitude (m): 0 below 200 km, 1 at 500 km, at most 1.4. */
    public static double scale(double altitudeM) {
        double h = altitudeM / 1000.0;
        if (h <= 200.0) {
            return 0.0;
        }
        return Math.min(1.4, Math.sqrt((h - 200.0) / 300.0));
    }

    /**
     * Signed boundary function: positive inside, negative outside, zero on the boundary
     * (1 − normalised elliptic radius²); −1 where there is no SAA at that altitude.
     */
    public double inside(double latDeg, double lonDeg, double altitudeM) {
        double s = scale(altitudeM);
        if (s == 0.0) {
            return -1.0;
        }
        double dLon = lonDeg - centreLonDeg;
        dLon = dLon - 360.0 * Math.floor((dLon + 180.0) / 360.0);
        double x = dLon / (semiLonDeg500 * s);
        double y = (latDeg - centreLatDeg) / (semiLatDeg500 * s);
        return 1.0 - (x * x + y * y);
    }
}
