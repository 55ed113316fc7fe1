package io.orbitdc.core.geometry.sky;

import java.util.List;

/**
 * The sky impact of a fleet, serialised under {@code sky} in {@code orbitdc geometry --json} (the
 * "Sky keys" contract): {@code sky.medianMagnitude}, {@code sky.fractionBrighterThanIauLimit},
 * {@code sky.observers[] {name, latitude, maxNakedEyeVisible}}, plus the inputs and where the worst
 * moment fell.
 *
 * @param model                         reflection law id (diffuse-sphere, flat-plate)
 * @param areaM2                        reflecting area per satellite, m²
 * @param albedo                        diffuse albedo
 * @param medianMagnitude               median over the fleet of each satellite's characteristic magnitude
 *                                      (zenith, Sun 18° below the horizon); null when more than half are
 *                                      in the Earth's shadow there
 * @param fractionBrighterThanIauLimit  share of the fleet whose characteristic magnitude is brighter than
 *                                      V = 7 + 2.5 log10(h / 550 km)
 * @param observers                     one entry per observer
 */
public record SkySummary(String model, double areaM2, double albedo, Double medianMagnitude,
                         double fractionBrighterThanIauLimit, List<ObserverSky> observers) {

    public SkySummary {
        observers = List.copyOf(observers);
    }

    /**
     * One observer's night.
     *
     * @param name               label
     * @param latitude           geodetic latitude, deg
     * @param longitude          east longitude, deg
     * @param maxNakedEyeVisible most satellites at once above the horizon, sunlit and brighter than V = 6,
     *                           over the instants evaluated (astronomical twilight and the night)
     * @param worstMomentUtc     when that happened, the first such instant (null when the span has no astronomical night there)
     * @param instantsEvaluated  instants with the Sun at least 18° below the horizon that were counted
     */
    public record ObserverSky(String name, double latitude, double longitude, int maxNakedEyeVisible,
                              String worstMomentUtc, int instantsEvaluated) {
    }
}
