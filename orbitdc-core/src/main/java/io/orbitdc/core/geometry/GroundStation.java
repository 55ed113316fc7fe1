package io.orbitdc.core.geometry;

import java.util.List;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.frames.TopocentricFrame;

/**
 * A ground station: geodetic latitude/longitude (deg), altitude above the WGS-84 ellipsoid (m)
 * and the minimum elevation (deg) at which it can hold a link, with operator, confidence and
 * source keys as in the catalog. Validity: a constant elevation mask (no terrain profile).
 */
public record GroundStation(String id, String name, double latitudeDeg, double longitudeDeg, double altitudeM,
        double minElevationDeg, String operator, String confidence, List<String> sources) {

    public GroundStation {
        if (!(latitudeDeg >= -90 && latitudeDeg <= 90) || !(longitudeDeg >= -180 && longitudeDeg <= 360)) {
            throw new IllegalArgumentException("station " + id + ": latitude " + latitudeDeg + ", longitude " + longitudeDeg
                    + " out of range; expected -90..90 and -180..360 deg");
        }
        if (!(minElevationDeg >= 0 && minElevationDeg < 90)) {
            throw new IllegalArgumentException("station " + id + ": minimum elevation " + minElevationDeg + " deg out of range; expected 0..90");
        }
        if (!(altitudeM > -500 && altitudeM < 9000)) {
            throw new IllegalArgumentException("station " + id + ": altitude " + altitudeM + " m out of range; expected -500..9000 m");
        }
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** An inline station with no catalog metadata. */
    public static GroundStation inline(String id, double latitudeDeg, double longitudeDeg, double altitudeM, double minElevationDeg) {
        return new GroundStation(id, id, latitudeDeg, longitudeDeg, altitudeM, minElevationDeg, "", "inline", List.of());
    }

    /** Orekit topocentric frame of this station on the data set's Earth. */
    public TopocentricFrame frame(OrekitDataSetup data) {
        return new TopocentricFrame(data.earth(), new GeodeticPoint(Math.toRadians(latitudeDeg),
                Math.toRadians(longitudeDeg), altitudeM), id);
    }
}
