package io.orbitdc.core.geometry;

import io.orbitdc.core.InputException;
import io.orbitdc.core.orbit.OrbitSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Walker constellation t/p/f: t satellites in p equally populated circular planes, with
 * relative phasing f (0 ≤ f < p). Delta pattern spreads the nodes over 360°, star over 180°
 * (polar "streets of coverage"). Satellite k of plane j has RAAN Ω0 + j·ΔΩ and mean argument of
 * latitude u0 + k·360°/s + j·f·360°/t, where s = t/p. ref: walker-1984
 * Validity: any circular orbit; t must be divisible by p.
 */
public record WalkerConstellation(String shell, OrbitSpec base, int totalSatellites, int planes, int phasing,
        Pattern pattern) {

    /** Node spread of the planes. */
    public enum Pattern {
        /** Nodes spread over 360° (Walker delta, e.g. 53° Starlink shells). */
        DELTA("delta"),
        /** Nodes spread over 180° (Walker star / polar). */
        STAR("star");

        private final String id;

        Pattern(String id) {
            this.id = id;
        }

        /** The word a scenario file uses for this pattern. */
        public String id() {
            return id;
        }
    }

    public WalkerConstellation {
        if (totalSatellites < 1 || planes < 1 || totalSatellites % planes != 0) {
            throw new InputException("walker " + totalSatellites + "/" + planes + "/" + phasing
                    + ": expected t ≥ 1, p ≥ 1 and t divisible by p");
        }
        if (phasing < 0 || phasing >= Math.max(planes, 1)) {
            throw new InputException("walker phasing f = " + phasing + " out of range; expected 0 ≤ f < p = " + planes);
        }
        if (base == null || pattern == null) {
            throw new InputException("walker constellation needs a base orbit and a pattern (delta or star)");
        }
        if (base.sunSynchronous()) {
            throw new InputException("walker base orbit needs a fixed plane; fix a sun-synchronous node first"
                    + " (OrekitOrbits.fixPlane)");
        }
    }

    /** The satellites as mean orbit specs, plane by plane. */
    public List<OrbitSpec> orbits() {
        int perPlane = totalSatellites / planes;
        double spread = pattern == Pattern.DELTA ? 2.0 * Math.PI : Math.PI;
        List<OrbitSpec> out = new ArrayList<>(totalSatellites);
        for (int j = 0; j < planes; j++) {
            double raan = base.givenRaanRad() + j * spread / planes;
            for (int k = 0; k < perPlane; k++) {
                double u = base.argumentOfPerigeeRad() + base.meanAnomalyRad() + 2.0 * Math.PI * k / perPlane
                        + 2.0 * Math.PI * phasing * j / totalSatellites;
                out.add(base.withRaanAndMeanAnomaly(raan, u - base.argumentOfPerigeeRad()));
            }
        }
        return out;
    }

    /** Satellites named {@code shell-PP-SSS}. */
    public List<Satellite> satellites(OrekitDataSetup data) {
        int perPlane = totalSatellites / planes;
        List<OrbitSpec> specs = orbits();
        List<Satellite> out = new ArrayList<>(specs.size());
        for (int i = 0; i < specs.size(); i++) {
            out.add(Satellite.of(SatelliteNames.walker(shell, i / perPlane, i % perPlane), shell,
                    OrekitOrbits.toOrbit(specs.get(i), data), Satellite.Place.of(i / perPlane, i % perPlane)));
        }
        return out;
    }
}
