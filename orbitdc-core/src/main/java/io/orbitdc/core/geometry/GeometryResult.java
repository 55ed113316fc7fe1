package io.orbitdc.core.geometry;

import java.util.List;

/** Everything a geometry run produced: the summary report and the event tables behind it. */
public record GeometryResult(GeometryReport report, List<EclipseInterval> eclipses, List<ContactWindow> contacts,
        List<SaaPass> saaPasses, List<BetaAngle> betaAngles, List<Satellite> evaluatedSatellites) {

    public GeometryResult {
        eclipses = List.copyOf(eclipses);
        contacts = List.copyOf(contacts);
        saaPasses = List.copyOf(saaPasses);
        betaAngles = List.copyOf(betaAngles);
        evaluatedSatellites = List.copyOf(evaluatedSatellites);
    }
}
