package io.orbitdc.core.scenario;

import io.orbitdc.core.links.DownlinkTerminal;
import io.orbitdc.core.links.OpticalTerminal;
import java.util.Objects;

/**
 * Inter-satellite links and the ground downlink: the largest link distance and the lowest height a
 * link path may graze (the neighbour graph), the optical terminal that sets each link's capacity
 * and the RF downlink to the ground stations (docs/models/inter-satellite-links.md,
 * docs/models/downlink-budget.md).
 */
public record LinkSettings(double rangeM, double grazingHeightM, OpticalTerminal optical, DownlinkTerminal downlink) {

    public LinkSettings {
        Objects.requireNonNull(optical, "optical");
        Objects.requireNonNull(downlink, "downlink");
    }

    /** The graph settings with the default optical terminal and downlink. */
    public LinkSettings(double rangeM, double grazingHeightM) {
        this(rangeM, grazingHeightM, OpticalTerminal.suncatcherLike(), DownlinkTerminal.xBandDefault());
    }
}
