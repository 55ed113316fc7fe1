package io.orbitdc.core.scenario;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How many satellites fly one orbit and in what arrangement: a single satellite, a tight
 * cluster formation (Suncatcher-like), a Walker delta/star pattern, or satellites from a TLE/OMM file.
 *
 * @param tleFile resolved against the scenario file's folder
 */
public record ConstellationSpec(String type, int satellites, double clusterRadiusM, int planes, int phasing,
                                String pattern, Optional<Path> tleFile) {
}
