package io.orbitdc.core.economics;

/**
 * What a GPU-hour rents for, so that a computed cost per GPU-hour can be read against the market:
 * a cost below the low end of the rental range is suspicious (rentals carry margin on top of
 * cost), one far above the high end means the campus is dearer than renting. Rentals are prices,
 * not costs, so "sane" means the same order, not equality.
 *
 * <p>Accelerators differ in throughput, so the comparison is made per H100-equivalent hour: the
 * cost per chip-hour × (H100 dense BF16 ÷ the chip's dense BF16).
 *
 * @param reference   what was rented
 * @param lowUsdPerGpuHour    cheapest on-demand listing
 * @param medianUsdPerGpuHour median on-demand listing
 * @param highUsdPerGpuHour   dearest on-demand listing
 * @param source      reference key (docs/references/economics.md)
 */
public record RentalMarket(String reference, double lowUsdPerGpuHour, double medianUsdPerGpuHour,
                           double highUsdPerGpuHour, String source) {

    /** H100 SXM dense BF16, the unit of an H100-equivalent hour. ref: nvidia-h100-datasheet (1,979 sparse halved) */
    public static final double H100_BF16_FLOPS = 989e12;

    /**
     * H100 on-demand rental, 2026: $1.99–5.00 per GPU-hour across providers (mercatus-gpu-pricing-2026),
     * median ≈ $2.95 over 37 providers (aimultiple-gpu-index-2026).
     */
    public static final RentalMarket H100_ON_DEMAND_2026 = new RentalMarket("H100 on-demand rental, 2026", 1.99, 2.95,
            5.00, "gpu-rental-2026");

    /** A cost per chip-hour as a cost per H100-equivalent hour (by dense BF16); NaN if the chip's rate is unknown. */
    public static double perH100EquivalentHour(double usdPerChipHour, double chipBf16Flops) {
        return chipBf16Flops > 0 ? usdPerChipHour * H100_BF16_FLOPS / chipBf16Flops : Double.NaN;
    }

    /** Where a cost per H100-equivalent hour lies: "below", "within" or "above" the rental range. */
    public String position(double usdPerH100Hour) {
        if (!Double.isFinite(usdPerH100Hour)) {
            return "unknown";
        }
        return usdPerH100Hour < lowUsdPerGpuHour ? "below" : usdPerH100Hour > highUsdPerGpuHour ? "above" : "within";
    }
}
