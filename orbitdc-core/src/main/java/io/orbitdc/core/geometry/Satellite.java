package io.orbitdc.core.geometry;

import java.util.Optional;
import org.orekit.orbits.Orbit;
import org.orekit.propagation.analytical.tle.TLE;

/**
 * One satellite of a fleet: an id, the shell it belongs to, its initial (mean) orbit in GCRF and,
 * for satellites from a TLE/OMM file, the TLE that SGP4 must use.
 */
public record Satellite(String id, String shell, Orbit orbit, Optional<TLE> tle) {

    public Satellite {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("satellite id is empty; expected a name such as 'shell1-0003'");
        }
        if (orbit == null) {
            throw new IllegalArgumentException("satellite " + id + " has no orbit");
        }
        tle = tle == null ? Optional.empty() : tle;
    }

    public static Satellite of(String id, String shell, Orbit orbit) {
        return new Satellite(id, shell, orbit, Optional.empty());
    }
}
