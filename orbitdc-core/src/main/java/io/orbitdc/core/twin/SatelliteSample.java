package io.orbitdc.core.twin;

/**
 * State of one satellite at the end of a recorded step, for per-satellite time series.
 *
 * @param satellite           satellite index
 * @param step                step index
 * @param timeS               end of the step from mission start, s
 * @param sunlitFraction      sunlit fraction of the step
 * @param arrayW              array output, W
 * @param soc                 battery state of charge
 * @param computeW            compute power served, W
 * @param duty                throttle duty used in the step
 * @param dieK                die temperature, K
 * @param radiatorK           radiator temperature, K
 * @param doseRad             accumulated dose, rad(Si)
 * @param workingAccelerators working accelerator units
 * @param deliveredFlop       compute delivered so far, FLOP
 */
public record SatelliteSample(int satellite, int step, double timeS, double sunlitFraction, double arrayW, double soc,
                              double computeW, double duty, double dieK, double radiatorK, double doseRad,
                              int workingAccelerators, double deliveredFlop) {
}
