package io.orbitdc.core.twin;

/**
 * Power the loads of one satellite ask for during a step, W at the bus, in shedding priority
 * order: the bus (avionics, attitude control, communications) first, thermal control second,
 * compute last.
 */
public record LoadDemand(double busW, double thermalControlW, double computeW) {
    public LoadDemand {
        InputRange.nonNegative("bus load (W)", busW);
        InputRange.nonNegative("thermal-control load (W)", thermalControlW);
        InputRange.nonNegative("compute load (W)", computeW);
    }

    public double totalW() {
        return busW + thermalControlW + computeW;
    }
}
