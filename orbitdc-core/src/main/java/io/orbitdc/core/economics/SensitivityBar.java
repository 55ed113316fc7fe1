package io.orbitdc.core.economics;

/**
 * One bar of the tornado: the orbit/ground cost ratio (per GPU-hour) with one input at the low
 * and at the high end of its range, everything else at the base case.
 */
public record SensitivityBar(String input, String unit, double low, double high, double ratioAtLow, double ratioAtHigh,
                             double swing) {
}
