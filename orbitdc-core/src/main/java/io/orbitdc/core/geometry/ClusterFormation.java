package io.orbitdc.core.geometry;

import io.orbitdc.core.InputException;
import io.orbitdc.core.orbit.OrbitSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A tight formation (Suncatcher-like) of N satellites around a circular reference orbit, built
 * as an eccentricity-vector lattice: member (i, j) keeps the reference a, i, Ω and mean argument
 * of latitude and gets a relative eccentricity vector δe = −(d/a)(i, j). In Hill–Clohessy–Wiltshire
 * terms its motion relative to the reference is the bounded 2:1 ellipse
 * x = d(i cos u + j sin u) (radial), y = 2d(j cos u − i sin u) (along-track), so the whole
 * lattice rotates rigidly in δe-space and is stretched 2× along-track: lattice neighbours stay
 * between d and 2d apart, diagonals between √2·d and 2√2·d. The N members are the N integer
 * points closest to the origin; for N = 81 these are exactly the points of the disc of radius 5,
 * and with d = radius/(2·5) = 100 m for a 1 km radius this gives neighbours 100–200 m apart.
 * ref: hcw-1960, suncatcher-2025, d'Amico-2010 (relative eccentricity/inclination vectors).
 * Validity: d ≪ a (linear relative motion), circular reference orbit; J2 acts almost equally on
 * all members (differential J2 is second order in δe) — differential drag is not modelled.
 */
public record ClusterFormation(String shell, OrbitSpec reference, int count, double radiusM) {

    /** Most members of one formation: the lattice is built in memory and scanned pairwise. */
    public static final int MAX_MEMBERS = 10_000;
    /** Largest formation radius: beyond ~100 km the linear (HCW) relative motion no longer holds. */
    public static final double MAX_RADIUS_M = 100_000.0;

    public ClusterFormation {
        if (count < 1 || count > MAX_MEMBERS) {
            throw new InputException("cluster size " + count + " out of range; expected 1–10,000");
        }
        if (!(radiusM > 0.0 && radiusM < MAX_RADIUS_M)) {
            throw new InputException("cluster radius " + radiusM + " m out of range; expected 0–100 km");
        }
        if (reference == null || reference.eccentricity() != 0.0) {
            throw new InputException("cluster reference orbit must be circular (e = 0)");
        }
        if (reference.sunSynchronous()) {
            throw new InputException("cluster reference orbit needs a fixed plane; fix a sun-synchronous node first"
                    + " (OrekitOrbits.fixPlane)");
        }
    }

    /** Lattice coordinates (i, j) of the members, closest to the centre first. */
    public List<int[]> latticePoints() {
        int k = latticeRadius();
        List<int[]> pts = new ArrayList<>();
        for (int i = -k; i <= k; i++) {
            for (int j = -k; j <= k; j++) {
                if (i * i + j * j <= k * k) {
                    pts.add(new int[] {i, j});
                }
            }
        }
        pts.sort(Comparator.<int[]>comparingInt(p -> p[0] * p[0] + p[1] * p[1])
                .thenComparingDouble(p -> Math.atan2(p[1], p[0])));
        return pts.subList(0, count);
    }

    /** Smallest disc radius (lattice units) holding at least {@code count} integer points. */
    public int latticeRadius() {
        int k = 0;
        while (discPoints(k) < count) {
            k++;
        }
        return k;
    }

    private static int discPoints(int k) {
        int n = 0;
        for (int i = -k; i <= k; i++) {
            for (int j = -k; j <= k; j++) {
                if (i * i + j * j <= k * k) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Lattice pitch d (m): the radial spacing; along-track spacing is 2d. */
    public double latticeSpacingM() {
        int k = latticeRadius();
        return k == 0 ? 0.0 : radiusM / (2.0 * k);
    }

    /** Mean orbit specs of the members. */
    public List<OrbitSpec> orbits() {
        double a = reference.semiMajorAxisM();
        double d = latticeSpacingM();
        double u = reference.argumentOfPerigeeRad() + reference.meanAnomalyRad();
        List<OrbitSpec> out = new ArrayList<>();
        for (int[] p : latticePoints()) {
            double dex = -d * p[0] / a;
            double dey = -d * p[1] / a;
            double e = Math.hypot(dex, dey);
            double w = e == 0.0 ? 0.0 : Math.atan2(dey, dex);
            out.add(new OrbitSpec(reference.altitudeM(), OptionalDouble.of(reference.inclinationRad()), reference.ltanHours(), e,
                    reference.givenRaanRad(), w, u - w,
                    reference.epoch()));
        }
        return out;
    }

    /** Satellites named {@code shell-i_j} by lattice coordinates. */
    public List<Satellite> satellites(OrekitDataSetup data) {
        List<int[]> pts = latticePoints();
        List<OrbitSpec> specs = orbits();
        List<Satellite> out = new ArrayList<>(specs.size());
        for (int n = 0; n < specs.size(); n++) {
            out.add(Satellite.of(SatelliteNames.lattice(shell, pts.get(n)[0], pts.get(n)[1]), shell,
                    OrekitOrbits.toOrbit(specs.get(n), data), Satellite.Place.of(0, n)));
        }
        return out;
    }
}
