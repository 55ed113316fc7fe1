package io.orbitdc.core.geometry.scan;

import io.orbitdc.core.geometry.SaaRegion;
import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * The geometry a fleet scan shares between satellites for a run of consecutive steps: time, Sun
 * position, each station's inertial position and local vertical, the inertial→Earth-fixed
 * rotation and the direction of the SAA centre. Filled once per step by one thread, then read by
 * every worker; a chunk is reused for the next run of steps. Memory: (18 + 6·stations) doubles
 * per step of the chunk.
 */
final class StepChunk {

    private final int stations;
    private final double[] t;
    private final double[] dt;
    private final double[][] sun;
    /** Per step: unit vector towards the Sun. */
    private final double[] sunUnit;
    /** Per step and station: inertial position (3) and local vertical (3). */
    private final double[] station;
    /** Per step: row-major inertial→Earth-fixed rotation. */
    private final double[] toFixed;
    /** Per step: inertial unit vector towards the SAA centre. */
    private final double[] saaCentre;
    /** Earth-fixed unit vector towards the centre of {@link #saaOf}, and scratch for one column. */
    private double[] saaFixed;
    private final double[] column = new double[3];
    private SaaRegion saaOf;

    StepChunk(int capacity, int stations) {
        this.stations = stations;
        t = new double[capacity];
        dt = new double[capacity];
        sun = new double[capacity][3];
        sunUnit = new double[capacity * 3];
        station = new double[capacity * 6 * stations];
        toFixed = new double[capacity * 9];
        saaCentre = new double[capacity * 3];
    }

    /** Fills step {@code j} of the chunk. */
    void fill(int j, double timeS, double stepS, Vector3D sunM, EarthRotation earth, List<StationGeometry> geo,
              SaaRegion saa) {
        t[j] = timeS;
        dt[j] = stepS;
        sun[j][0] = sunM.getX();
        sun[j][1] = sunM.getY();
        sun[j][2] = sunM.getZ();
        double norm = sunM.getNorm();
        sunUnit[3 * j] = sunM.getX() / norm;
        sunUnit[3 * j + 1] = sunM.getY() / norm;
        sunUnit[3 * j + 2] = sunM.getZ() / norm;
        earth.at(timeS);
        for (int s = 0; s < stations; s++) {
            StationGeometry g = geo.get(s);
            int off = (j * stations + s) * 6;
            earth.toInertial(g.positionM()[0], g.positionM()[1], g.positionM()[2], station, off);
            earth.toInertial(g.up()[0], g.up()[1], g.up()[2], station, off + 3);
        }
        // the rotation's columns are the images of the inertial axes
        double[] column = this.column;
        for (int c = 0; c < 3; c++) {
            earth.toEarthFixed(c == 0 ? 1 : 0, c == 1 ? 1 : 0, c == 2 ? 1 : 0, column);
            for (int row = 0; row < 3; row++) {
                toFixed[9 * j + 3 * row + c] = column[row];
            }
        }
        if (saa != saaOf) {
            // the centre's Earth-fixed direction is the same every step: computed once per region
            saaFixed = SaaBoundary.centreDirection(saa);
            saaOf = saa;
        }
        earth.toInertial(saaFixed[0], saaFixed[1], saaFixed[2], saaCentre, 3 * j);
    }

    double t(int j) {
        return t[j];
    }

    double dt(int j) {
        return dt[j];
    }

    /** Sun position at step j, m (inertial); do not modify. */
    double[] sun(int j) {
        return sun[j];
    }

    /** Whether a satellite at (x, y, z) is surely outside the penumbra at step j, with {@code marginM} to spare ({@link ShadowAngles#surelyLit}). */
    boolean surelyLit(int j, double x, double y, double z, double marginM) {
        return ShadowAngles.surelyLit(x, y, z, sunUnit[3 * j], sunUnit[3 * j + 1], sunUnit[3 * j + 2], marginM);
    }

    /** Sine of the satellite's elevation seen from station s at step j. */
    double sinElevation(int j, int s, double x, double y, double z) {
        return sinElevation(j, s, x, y, z, aboveHorizon(j, s, x, y, z));
    }

    /** The satellite's height above station s's horizontal plane at step j, (S − P)·U, m. */
    double aboveHorizon(int j, int s, double x, double y, double z) {
        int off = (j * stations + s) * 6;
        double dx = x - station[off];
        double dy = y - station[off + 1];
        double dz = z - station[off + 2];
        return dx * station[off + 3] + dy * station[off + 4] + dz * station[off + 5];
    }

    /** Sine of the elevation from station s at step j given the height {@code above} ({@link #aboveHorizon}). */
    double sinElevation(int j, int s, double x, double y, double z, double above) {
        int off = (j * stations + s) * 6;
        double dx = x - station[off];
        double dy = y - station[off + 1];
        double dz = z - station[off + 2];
        return above / Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /** Cosine of the geocentric angle between the satellite and the SAA centre at step j. */
    double cosFromSaaCentre(int j, double x, double y, double z, double r) {
        return (x * saaCentre[3 * j] + y * saaCentre[3 * j + 1] + z * saaCentre[3 * j + 2]) / r;
    }

    /** The SAA region's boundary function ({@link SaaBoundary}) for a satellite at inertial (x, y, z) at step j. */
    double saaFunction(int j, SaaRegion saa, double x, double y, double z, double r) {
        int m = 9 * j;
        return SaaBoundary.value(saa, toFixed[m] * x + toFixed[m + 1] * y + toFixed[m + 2] * z,
                toFixed[m + 3] * x + toFixed[m + 4] * y + toFixed[m + 5] * z,
                toFixed[m + 6] * x + toFixed[m + 7] * y + toFixed[m + 8] * z, r);
    }
}
