package io.orbitdc.core.geometry;

import java.util.Optional;
import java.util.OptionalInt;
import org.orekit.orbits.Orbit;
import org.orekit.propagation.analytical.tle.TLE;

/**
 * One satellite of a fleet: an id (made by {@link SatelliteNames}, or the name in a TLE/OMM file),
 * the shell it belongs to, its initial (mean) orbit in GCRF, its place in the shell's pattern and,
 * for satellites from a TLE/OMM file, the TLE that SGP4 must use.
 */
public record Satellite(String id, String shell, Orbit orbit, Optional<TLE> tle, Place place) {

    /**
     * Where a satellite sits in its shell's arrangement.
     *
     * @param plane orbital plane index from 0 (Walker planes; 0 for a formation or a ring around one
     *              orbit); empty for satellites read from a file, whose planes are not known
     * @param slot  position from 0 within the plane (Walker), in the formation's order (closest to the
     *              centre first) or in the file
     */
    public record Place(OptionalInt plane, int slot) {
        public Place {
            plane = plane == null ? OptionalInt.empty() : plane;
            if (slot < 0 || (plane.isPresent() && plane.getAsInt() < 0)) {
                throw new IllegalArgumentException("satellite place: plane " + plane + ", slot " + slot + "; expected ≥ 0");
            }
        }

        public static Place of(int plane, int slot) {
            return new Place(OptionalInt.of(plane), slot);
        }

        /** A satellite from a file: its position in the file only. */
        public static Place inFile(int slot) {
            return new Place(OptionalInt.empty(), slot);
        }
    }

    public Satellite {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("satellite id is empty; expected a name such as 'shell1-0003'");
        }
        if (orbit == null) {
            throw new IllegalArgumentException("satellite " + id + " has no orbit");
        }
        tle = tle == null ? Optional.empty() : tle;
        place = place == null ? Place.of(0, 0) : place;
    }

    /** A satellite without a known place (plane 0, slot 0). */
    public Satellite(String id, String shell, Orbit orbit, Optional<TLE> tle) {
        this(id, shell, orbit, tle, null);
    }

    public static Satellite of(String id, String shell, Orbit orbit) {
        return new Satellite(id, shell, orbit, Optional.empty());
    }

    public static Satellite of(String id, String shell, Orbit orbit, Place place) {
        return new Satellite(id, shell, orbit, Optional.empty(), place);
    }
}
