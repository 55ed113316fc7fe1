package io.orbitdc.core.economics;

import java.util.OptionalDouble;

/**
 * What one satellite's platform (array, radiator, bus, structure, integration: everything but the
 * accelerators) costs: per W of IT load by default, or per kg of non-compute mass when the scenario
 * prices it that way (docs/models/economics.md). The one definition used by the cost model and by
 * the launch study's rebuild cost of a satellite lost in a launch failure, so the two verbs agree.
 */
public final class SatellitePlatformCost {

    private SatellitePlatformCost() {
    }

    /**
     * @param itLoadW        IT load of the satellite, W
     * @param massKg         satellite mass, kg
     * @param computeMassKg  mass of its accelerators and servers, kg
     * @param usdPerW        platform cost per W of IT load
     * @param usdPerKg       if present, platform cost per kg of non-compute mass instead
     */
    public static double usd(double itLoadW, double massKg, double computeMassKg, double usdPerW, OptionalDouble usdPerKg) {
        return usdPerKg.isPresent() ? Math.max(0, massKg - computeMassKg) * usdPerKg.getAsDouble() : itLoadW * usdPerW;
    }
}
