package io.orbitdc.core.orbit;

import io.orbitdc.core.InputException;
import java.time.Instant;
import java.util.OptionalDouble;

/**
 * The orbit of a satellite or of a shell's reference satellite, as mean orbital elements in SI
 * units and radians — the one orbit type the scenario binder builds and sizing, geometry, launch
 * and the twin read. Mean altitude h = a − {@link Earth#EQUATORIAL_RADIUS_M}, eccentricity e,
 * argument of perigee ω, mean anomaly M and the plane: either a given inclination and node (RAAN),
 * or sun-synchronous (inclination from the J2 condition with this a and e, {@link SunSynchronous};
 * node from the local time of the ascending node, LTAN, and the Sun's right ascension at the
 * epoch, which each engine takes from its own Sun model).
 *
 * <p>Validity (checked here): altitude within {@link Earth#ORBIT_MODELS}, 0 ≤ e &lt; 0.1 with the
 * perigee above 100 km, inclination in [0, π], LTAN in [0, 24] h, finite angles. Narrower limits
 * belong to the models that need them: the scenario admits {@link Earth#LEO} and
 * a·e ≤ {@link #SIZING_MAX_RADIAL_EXCURSION_M} (docs/models/eccentric-orbits.md).
 *
 * @param altitudeM            mean altitude above the equatorial radius, m
 * @param givenInclinationRad  inclination, rad; empty for a sun-synchronous orbit
 * @param ltanHours            local time of the ascending node, h; used when sun-synchronous
 * @param eccentricity         mean eccentricity
 * @param givenRaanRad         right ascension of the ascending node, rad; used when not sun-synchronous
 * @param argumentOfPerigeeRad mean argument of perigee ω, rad
 * @param meanAnomalyRad       mean anomaly at the epoch, rad
 * @param epoch                epoch of the elements (start of the mission)
 */
public record OrbitSpec(double altitudeM, OptionalDouble givenInclinationRad, double ltanHours, double eccentricity,
        double givenRaanRad, double argumentOfPerigeeRad, double meanAnomalyRad, Instant epoch) {

    /**
     * Largest radial excursion a·e from the mean altitude the sizing closed forms cover, m: within
     * 25 km the orbit-averaged drag and dose stay within a few per cent of their circular values
     * (Bessel factor I0(ae/H), H ≥ 50 km; docs/models/eccentric-orbits.md).
     */
    public static final double SIZING_MAX_RADIAL_EXCURSION_M = 25_000.0;
    /** Lowest perigee altitude any orbit model accepts, m (the Kármán line). */
    public static final double MIN_PERIGEE_ALTITUDE_M = 100_000.0;

    public OrbitSpec {
        if (!Earth.ORBIT_MODELS.contains(altitudeM)) {
            throw new InputException("orbit altitude " + altitudeM + " m out of range; expected "
                    + Earth.ORBIT_MODELS.describe());
        }
        if (givenInclinationRad == null) {
            throw new InputException("orbit inclination is missing; use OptionalDouble.empty() for a sun-synchronous orbit");
        }
        if (givenInclinationRad.isPresent()
                && !(givenInclinationRad.getAsDouble() >= 0.0 && givenInclinationRad.getAsDouble() <= Math.PI)) {
            throw new InputException("inclination " + Math.toDegrees(givenInclinationRad.getAsDouble())
                    + " deg out of range; expected 0–180 deg");
        }
        if (!(ltanHours >= 0.0 && ltanHours <= 24.0)) {
            throw new InputException("LTAN " + ltanHours + " h out of range; expected 0–24 h (6 = dawn–dusk)");
        }
        if (!(eccentricity >= 0.0 && eccentricity < 0.1)) {
            throw new InputException("eccentricity " + eccentricity + " out of range; expected 0 ≤ e < 0.1");
        }
        if (!Double.isFinite(givenRaanRad) || !Double.isFinite(argumentOfPerigeeRad) || !Double.isFinite(meanAnomalyRad)) {
            throw new InputException("orbit angles must be finite numbers; got RAAN " + givenRaanRad
                    + ", arg of perigee " + argumentOfPerigeeRad + ", mean anomaly " + meanAnomalyRad);
        }
        if (epoch == null) {
            throw new InputException("orbit epoch is missing; expected an ISO-8601 instant");
        }
        double perigeeAltitude = Earth.semiMajorAxisM(altitudeM) * (1.0 - eccentricity) - Earth.EQUATORIAL_RADIUS_M;
        if (perigeeAltitude < MIN_PERIGEE_ALTITUDE_M) {
            throw new InputException("perigee altitude " + perigeeAltitude + " m is below 100 km; lower the eccentricity");
        }
    }

    /** A circular sun-synchronous orbit; 6 or 18 h LTAN is a dawn–dusk orbit. */
    public static OrbitSpec sunSynchronous(double altitudeM, double ltanHours, Instant epoch) {
        return new OrbitSpec(altitudeM, OptionalDouble.empty(), ltanHours, 0.0, 0.0, 0.0, 0.0, epoch);
    }

    /** A circular orbit at a fixed inclination and node (rad), satellite at the node at the epoch. */
    public static OrbitSpec inclined(double altitudeM, double inclinationRad, double raanRad, Instant epoch) {
        return new OrbitSpec(altitudeM, OptionalDouble.of(inclinationRad), 12.0, 0.0, raanRad, 0.0, 0.0, epoch);
    }

    /** A circular orbit at an altitude (m), inclination (deg) and RAAN (deg), satellite at the node. */
    public static OrbitSpec circular(double altitudeM, double inclinationDeg, double raanDeg, Instant epoch) {
        return inclined(altitudeM, Math.toRadians(inclinationDeg), Math.toRadians(raanDeg), epoch);
    }

    /** Whether the plane follows the Sun (inclination from the J2 condition, node from the LTAN). */
    public boolean sunSynchronous() {
        return givenInclinationRad.isEmpty();
    }

    /** Mean semi-major axis a = R + h, m. */
    public double semiMajorAxisM() {
        return Earth.semiMajorAxisM(altitudeM);
    }

    /** Two-body mean motion n = √(μ/a³), rad/s. */
    public double meanMotionRadPerS() {
        double a = semiMajorAxisM();
        return Math.sqrt(Earth.MU / (a * a * a));
    }

    /** Keplerian (two-body) period 2π/n, s. */
    public double keplerianPeriodS() {
        return 2.0 * Math.PI / meanMotionRadPerS();
    }

    /** Radial excursion a·e of perigee and apogee from the mean altitude, m. */
    public double radialExcursionM() {
        return semiMajorAxisM() * eccentricity;
    }

    /** Inclination, rad: the given one, or the sun-synchronous one for this a and e. */
    public double inclinationRad() {
        return sunSynchronous() ? SunSynchronous.inclinationRad(semiMajorAxisM(), eccentricity)
                : givenInclinationRad.getAsDouble();
    }

    /**
     * Node at the epoch, rad: the given RAAN, or for a sun-synchronous orbit the RAAN that puts the
     * node at the LTAN given the Sun's right ascension at the epoch.
     */
    public double raanRad(double sunRightAscensionRad) {
        return sunSynchronous() ? SunSynchronous.raanForLtanRad(ltanHours, sunRightAscensionRad) : givenRaanRad;
    }

    /** The same orbit with its plane fixed: inclination resolved, node given (no longer sun-synchronous). */
    public OrbitSpec withFixedPlane(double raanRad) {
        return new OrbitSpec(altitudeM, OptionalDouble.of(inclinationRad()), ltanHours, eccentricity, raanRad,
                argumentOfPerigeeRad, meanAnomalyRad, epoch);
    }

    /** The same orbit with another node and in-plane phase (used by constellation generators). */
    public OrbitSpec withRaanAndMeanAnomaly(double raanRad, double meanAnomalyRad) {
        return new OrbitSpec(altitudeM, OptionalDouble.of(inclinationRad()), ltanHours, eccentricity, raanRad,
                argumentOfPerigeeRad, meanAnomalyRad, epoch);
    }

    /** The same orbit with another eccentricity and argument of perigee (mean anomaly M = −ω keeps u = 0 at the epoch). */
    public OrbitSpec withEccentricity(double eccentricity, double argumentOfPerigeeRad) {
        return new OrbitSpec(altitudeM, givenInclinationRad, ltanHours, eccentricity, givenRaanRad,
                argumentOfPerigeeRad, -argumentOfPerigeeRad, epoch);
    }
}
