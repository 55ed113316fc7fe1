package io.orbitdc.core.geometry;

import java.util.List;

/**
 * Everything a geometry run produced: the summary report and the event tables behind it, read
 * satellite by satellite ({@link EventRows}) so that a year of a fleet's events need not be in memory.
 *
 * @param rows                the event tables, grouped by {@code evaluatedSatellites}
 * @param evaluatedSatellites the satellites whose events were computed (the fleet or an evenly spaced subset)
 */
public record GeometryResult(GeometryReport report, EventRows rows, List<Satellite> evaluatedSatellites) {

    public GeometryResult {
        evaluatedSatellites = List.copyOf(evaluatedSatellites);
        if (!rows.satellites().equals(evaluatedSatellites)) {
            throw new IllegalArgumentException("event rows grouped by other satellites than the evaluated ones");
        }
    }

    /** A result whose tables are held in lists (Orekit's detectors on the evaluated subset). */
    public GeometryResult(GeometryReport report, List<EclipseInterval> eclipses, List<ContactWindow> contacts,
                          List<SaaPass> saaPasses, List<BetaAngle> betaAngles, List<Satellite> evaluatedSatellites) {
        this(report, EventRows.of(evaluatedSatellites, eclipses, contacts, saaPasses, betaAngles), evaluatedSatellites);
    }

    /** Every eclipse in table order (materialised: for tests and small runs; writers stream {@link #rows()}). */
    public List<EclipseInterval> eclipses() {
        return EventRows.<EclipseInterval>all(rows, rows::eclipses);
    }

    /** Every contact window in table order (materialised). */
    public List<ContactWindow> contacts() {
        return EventRows.<ContactWindow>all(rows, rows::contacts);
    }

    /** Every SAA pass in table order (materialised). */
    public List<SaaPass> saaPasses() {
        return EventRows.<SaaPass>all(rows, rows::saaPasses);
    }

    /** Every beta sample in table order (materialised). */
    public List<BetaAngle> betaAngles() {
        return EventRows.<BetaAngle>all(rows, rows::betaAngles);
    }
}
