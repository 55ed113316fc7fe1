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
        double[] served = new double[3];
        allocate(suppliedW, demand.busW(), demand.thermalControlW(), demand.computeW(), served);
        return new LoadDemand(served[0], served[1], served[2]);
    }

    /**
     * As {@link #allocate(double, LoadDemand)} for inputs known to be finite and ≥ 0, writing
     * the bus, thermal-control and compute power served into served[0..2] (the twin's per-step
     * path, which allocates nothing).
     */
    static void allocate(double suppliedW, double busW, double thermalControlW, double computeW, double[] served) {
        double left = Math.min(suppliedW, busW + thermalControlW + computeW);
        double bus = Math.min(left, busW);
        left -= bus;
        double thermal = Math.min(left, thermalControlW);
        left -= thermal;
        served[0] = bus;
        served[1] = thermal;
        served[2] = Math.min(left, computeW);
    }
}
