package io.orbitdc.core.launch;

/**
 * One satellite as the launch planner sees it, from sizing: wet mass, stowed envelope volume,
 * the peak acceleration it is qualified for, and its unit cost (for rebuilding lost satellites).
 *
 * @param massKg            launch (wet) mass including its share of dispenser hardware
 * @param stowedVolumeM3    bounding volume when stowed for launch
 * @param maxAccelerationG  highest quasi-static acceleration the satellite tolerates, standard g
 * @param unitCostUsd       cost to build one more satellite (0 if unknown: then only launches are costed)
 */
public record SatelliteSpec(double massKg, double stowedVolumeM3, double maxAccelerationG, double unitCostUsd) {

    public SatelliteSpec {
        check(massKg > 0, "satellite mass must be > 0 kg, found " + massKg);
        check(stowedVolumeM3 > 0, "satellite stowed volume must be > 0 m3, found " + stowedVolumeM3);
        check(maxAccelerationG > 0, "satellite max tolerable acceleration must be > 0 g, found " + maxAccelerationG);
        check(unitCostUsd >= 0, "satellite unit cost must be >= 0 USD, found " + unitCostUsd);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
