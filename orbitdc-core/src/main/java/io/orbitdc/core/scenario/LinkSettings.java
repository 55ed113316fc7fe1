package io.orbitdc.core.scenario;

/** Inter-satellite links: the largest link distance and the lowest height a link path may graze. */
public record LinkSettings(double rangeM, double grazingHeightM) {
}
