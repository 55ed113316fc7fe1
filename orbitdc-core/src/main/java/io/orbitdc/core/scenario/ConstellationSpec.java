package io.orbitdc.core.scenario;

import io.orbitdc.core.geometry.WalkerConstellation;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How many satellites fly one orbit and in what arrangement: a single satellite, a tight
 * cluster formation (Suncatcher-like), a Walker delta/star pattern, or satellites from a TLE/OMM file.
 *
 * @param tleFile resolved against the scenario file's folder
 */
public record ConstellationSpec(Type type, int satellites, double clusterRadiusM, int planes, int phasing,
                                WalkerConstellation.Pattern pattern, Optional<Path> tleFile) {

    /** The arrangement, each with its own satellite generator in the geometry stage. */
    public enum Type {
        /** One satellite (or, under a fleet target, a ring of them along the orbit). */
        SINGLE("single"),
        /** A tight formation around a circular reference orbit (io.orbitdc.core.geometry.ClusterFormation). */
        CLUSTER("cluster"),
        /** A Walker t/p/f pattern (io.orbitdc.core.geometry.WalkerConstellation). */
        WALKER("walker"),
        /** Satellites read from a TLE/OMM file, flown by SGP4. */
        TLE("tle");

        private final String id;

        Type(String id) {
            this.id = id;
        }

        /** The word a scenario file uses for this arrangement. */
        public String id() {
            return id;
        }
    }
}
