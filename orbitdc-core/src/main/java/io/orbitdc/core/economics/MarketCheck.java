package io.orbitdc.core.economics;

import io.orbitdc.core.catalog.Accelerator;

/**
 * A cost per GPU-hour beside what the market rents one for.
 *
 * @param market                  the rental range
 * @param usdPerH100EquivalentHour the ground cost per chip-hour scaled to an H100's dense BF16
 * @param position                "below", "within" or "above" the range
 */
public record MarketCheck(RentalMarket market, double usdPerH100EquivalentHour, String position) {
    public static MarketCheck of(CostSide ground, Accelerator acc) {
        RentalMarket m = RentalMarket.H100_ON_DEMAND_2026;
        double perH100 = RentalMarket.perH100EquivalentHour(ground.usdPerGpuHour(), acc.bf16Flops() / acc.gpuCount());
        return new MarketCheck(m, perH100, m.position(perH100));
    }
}
