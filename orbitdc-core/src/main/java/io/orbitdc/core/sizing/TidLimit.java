package io.orbitdc.core.sizing;

import io.orbitdc.core.catalog.Accelerator;

/**
 * The total-ionizing-dose limit a sizing checks an accelerator against: the catalog figure where
 * one is published, otherwise a graded default by kind of part, never "no limit".
 *
 * <p>Defaults (docs/models/radiation-dose.md §TID limits):
 * <ul>
 *   <li>gpu / tpu / rack (HBM-bearing commercial accelerators): 2 krad(Si), where the TPU v6e's
 *       HBM showed its first irregularities (ref: suncatcher-2025); the same test saw no hard
 *       failure to 15 krad on one chip, and NASA GPU tests report 6 krad without permanent failure
 *       (ref: forethought-2026 [U]). Grade D: an analogy from the one HBM part tested.</li>
 *   <li>soc (LPDDR edge modules): 22 krad(Si), the biased limit of Jetson AGX Xavier, the weaker
 *       of the two Jetson generations measured (ref: escies-jetson-orin-tid). Grade D.</li>
 * </ul>
 *
 * @param rad       the limit, rad(Si)
 * @param isDefault true when the part has no published limit and the default was used
 * @param basis     one line saying where the figure comes from
 */
public record TidLimit(double rad, boolean isDefault, String basis) {
    /** Default for HBM-bearing accelerators, rad(Si). ref: suncatcher-2025 (TPU v6e HBM, 2 krad) */
    public static final double HBM_ACCELERATOR_DEFAULT_RAD = 2000.0;
    /** Default for edge SoC modules, rad(Si). ref: escies-jetson-orin-tid (Xavier biased 22–24 krad) */
    public static final double SOC_DEFAULT_RAD = 22000.0;

    public TidLimit {
        Bounds.positive("TID limit (rad)", rad);
    }

    /** The catalog limit of a part, else the graded default for its kind. */
    public static TidLimit of(Accelerator accelerator) {
        if (accelerator.tidLimitRad().isPresent()) {
            return new TidLimit(accelerator.tidLimitRad().getAsDouble(), false, "catalog");
        }
        if ("soc".equals(accelerator.kind())) {
            return new TidLimit(SOC_DEFAULT_RAD, true,
                    "default for edge SoCs: Jetson AGX Xavier biased TID limit 22 krad(Si) (escies-jetson-orin-tid), grade D");
        }
        return new TidLimit(HBM_ACCELERATOR_DEFAULT_RAD, true,
                "default for HBM accelerators: first HBM irregularities of TPU v6e at 2 krad(Si) (suncatcher-2025;"
                        + " no hard failure to 15 krad), grade D");
    }
}
