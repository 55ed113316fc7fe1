package io.orbitdc.core.twin;

/**
 * Shares the power the bus can supply in a step between the loads in priority order: the bus
 * first, thermal control second, compute last, so a power shortfall sheds compute before it
 * touches the heat pumps and the heat pumps before the avionics.
 *
 * <p>Validity: loads are continuously divisible (a compute load can run at part power); a real
 * bus sheds in discrete switches, which the scheduler expresses through the compute demand.
 */
public final class LoadShedding {
    private LoadShedding() {
    }

    /** The loads actually served when {@code suppliedW} (≥ 0) is available for {@code demand}. */
    public static LoadDemand allocate(double suppliedW, LoadDemand demand) {
        InputRange.nonNegative("supplied power (W)", suppliedW);
        double left = Math.min(suppliedW, demand.totalW());
        double bus = Math.min(left, demand.busW());
        left -= bus;
        double thermal = Math.min(left, demand.thermalControlW());
        left -= thermal;
        double compute = Math.min(left, demand.computeW());
        return new LoadDemand(bus, thermal, compute);
    }
}
