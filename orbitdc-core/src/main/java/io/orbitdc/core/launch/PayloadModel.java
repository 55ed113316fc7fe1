package io.orbitdc.core.launch;

import io.orbitdc.core.orbit.Earth;


/**
 * Payload a vehicle delivers to a circular target orbit, scaled from its nearest published
 * figure with a delta-v penalty (docs/models/launch-planner.md, "Payload versus orbit").
 *
 * <p>Ascent delta-v relative to a 200 km orbit: Hohmann raise to the target altitude, minus
 * the eastward assist of Earth's rotation {@code omega R cos i} (inclinations below the launch
 * latitude pay a dogleg plane change). The penalty between the anchor orbit and the target is
 * flown by an upper stage whose burnout dry mass equals {@code SIGMA} times the anchor
 * payload, with {@code ISP_S} effective specific impulse:
 * {@code m = (1 + SIGMA) m_a exp(-dv / (g0 Isp)) - SIGMA m_a}. Valid for 150-2,000 km
 * circular LEO and penalties below ~1.5 km/s; it ignores drag and gravity-loss changes.
 */
public final class PayloadModel {

    /** Standard gravity, m/s². */
    public static final double G0 = 9.80665;
    /** Reference orbit of catalog LEO figures: 200 km, 28.5° (Cape Canaveral latitude). */
    public static final TargetOrbit LEO_ANCHOR = TargetOrbit.ofDegrees(200_000, 28.5);
    /** Reference orbit of catalog SSO figures: 500 km sun-synchronous. */
    public static final TargetOrbit SSO_ANCHOR = TargetOrbit.sunSynchronous(500_000);
    /** Launch-site latitude assumed for every vehicle. */
    static final double LAUNCH_LATITUDE_RAD = Math.toRadians(28.5);
    // Calibration: with these two constants the LEO->SSO(500 km) ratio is 0.65, against published
    // 0.70 (Ariane 62), 0.72 (Ariane 64), 0.61 (Firefly Alpha), 0.67 (Electron).
    // ref: wikipedia-ariane-6, exterra-firefly-alpha-2021, space-electron-neutron
    static final double ISP_S = 340.0;   // ref: orbitdc-launch-assumptions (kerolox/hydrolox upper-stage mix)
    static final double SIGMA = 1.0;     // ref: orbitdc-launch-assumptions (burnout mass / anchor payload)
    /** Inclination from which the SSO figure, where published, is the anchor. */
    static final double POLAR_THRESHOLD_RAD = Math.toRadians(80);

    private PayloadModel() {
    }

    /** Payload in kg that {@code vehicle} puts into {@code orbit}; 0 when the penalty exceeds its capability. */
    public static double payloadKg(LaunchVehicle vehicle, TargetOrbit orbit) {
        boolean polar = orbit.inclinationRad() >= POLAR_THRESHOLD_RAD;
        double anchorKg;
        TargetOrbit anchor;
        if (polar && vehicle.payloadSsoKg().isPresent()) {
            anchorKg = vehicle.payloadSsoKg().getAsDouble();
            anchor = SSO_ANCHOR;
        } else {
            anchorKg = vehicle.payloadLeoKg();
            anchor = LEO_ANCHOR;
        }
        double cap = Math.max(vehicle.payloadLeoKg(), vehicle.payloadSsoKg().orElse(0));
        double penalty = ascentDeltaV(orbit) - ascentDeltaV(anchor);
        double m = (1 + SIGMA) * anchorKg * Math.exp(-penalty / (G0 * ISP_S)) - SIGMA * anchorKg;
        return Math.max(0, Math.min(cap, m));
    }

    /** Ascent delta-v to {@code orbit} beyond a 200 km due-east-equivalent insertion, m/s (may be negative). */
    public static double ascentDeltaV(TargetOrbit orbit) {
        double r1 = Earth.EQUATORIAL_RADIUS_M + 200_000;
        double r2 = Earth.EQUATORIAL_RADIUS_M + Math.max(200_000, orbit.altitudeM());
        double hohmann = hohmann(r1, r2);
        double rotation = Earth.ROTATION_RATE_RAD_PER_S * Earth.ELLIPSOID_EQUATORIAL_RADIUS_M;
        double i = orbit.inclinationRad();
        double assist;
        double dogleg = 0;
        if (i >= LAUNCH_LATITUDE_RAD) {
            // launch azimuth with sin(az) = cos i / cos(lat): eastward assist = omega R cos(lat) sin(az)
            assist = rotation * Math.cos(i);
        } else {
            assist = rotation * Math.cos(LAUNCH_LATITUDE_RAD);
            double v = Math.sqrt(Earth.MU / r2);
            dogleg = 2 * v * Math.sin((LAUNCH_LATITUDE_RAD - i) / 2);
        }
        return hohmann - assist + dogleg;
    }

    static double hohmann(double r1, double r2) {
        if (r2 <= r1) {
            return 0;
        }
        double sum = r1 + r2;
        return Math.sqrt(Earth.MU / r1) * (Math.sqrt(2 * r2 / sum) - 1)
                + Math.sqrt(Earth.MU / r2) * (1 - Math.sqrt(2 * r1 / sum));
    }
}
