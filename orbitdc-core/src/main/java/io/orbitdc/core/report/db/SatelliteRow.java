package io.orbitdc.core.report.db;

import io.orbitdc.core.geometry.Satellite;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.orekit.orbits.KeplerianOrbit;
import org.orekit.orbits.OrbitType;
import org.orekit.orbits.PositionAngleType;
import org.orekit.time.TimeScales;

/**
 * One row of the {@code satellites} table: the database's satellite index, the id every other
 * output uses, its shell and place, and its orbital elements at {@code elementsEpoch} in GCRF
 * (osculating Keplerian elements of the satellite's initial orbit; for TLE/OMM satellites the
 * SGP4 state at the element set's epoch).
 *
 * @param satellite index in fleet order (the {@code satellite} column of every other table)
 * @param plane     orbital plane from 0; empty for satellites read from a file
 */
public record SatelliteRow(int satellite, String id, String shell, OptionalInt plane, int slot, Instant elementsEpoch,
                           double aM, double e, double iRad, double raanRad, double argpRad, double meanAnomalyRad) {

    public SatelliteRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(shell, "shell");
        Objects.requireNonNull(elementsEpoch, "elements epoch");
        plane = plane == null ? OptionalInt.empty() : plane;
        if (satellite < 0) {
            throw new IllegalArgumentException("satellite index: found " + satellite + "; expected ≥ 0");
        }
    }

    /** The rows of a fleet, index = position in {@code fleet}. */
    public static List<SatelliteRow> of(List<Satellite> fleet, TimeScales timeScales) {
        java.util.ArrayList<SatelliteRow> out = new java.util.ArrayList<>(fleet.size());
        for (int k = 0; k < fleet.size(); k++) {
            Satellite s = fleet.get(k);
            KeplerianOrbit o = (KeplerianOrbit) OrbitType.KEPLERIAN.convertType(s.orbit());
            out.add(new SatelliteRow(k, s.id(), s.shell(), s.place().plane(), s.place().slot(),
                    o.getDate().toInstant(timeScales), o.getA(), o.getE(), o.getI(), o.getRightAscensionOfAscendingNode(),
                    o.getPerigeeArgument(), o.getAnomaly(PositionAngleType.MEAN)));
        }
        return out;
    }
}
