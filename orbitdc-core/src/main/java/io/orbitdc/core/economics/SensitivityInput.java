package io.orbitdc.core.economics;

/**
 * The inputs the tornado varies, each over a documented range (low, high), applied to both
 * sides where the input is shared (accelerator price, horizon). Ranges and their sources are in
 * docs/models/economics.md.
 */
public enum SensitivityInput {
    /** Falcon 9 today (~$3,600/kg, ref: suncatcher-2025) to a 50x-reused Starship (~$32/kg, ref: forethought-2026). */
    LAUNCH_PRICE("launch price", "USD/kg", 32, 3600) {
        @Override
        CostStudyInputs apply(CostStudyInputs in, double v) {
            return in.with(in.space().withLaunchPrice(v), in.ground());
        }
    },
    /** ±30 % around the catalog price, both sides (reported H100 prices span ~$25-40k). ref: gpu-price-estimates-2026 */
    ACCELERATOR_PRICE("accelerator price", "x catalog", 0.7, 1.3) {
        @Override
        CostStudyInputs apply(CostStudyInputs in, double v) {
            return in.with(in.space().withAcceleratorPrice(in.space().acceleratorPriceUsd() * v),
                    in.ground().withAcceleratorPrice(in.ground().acceleratorPriceUsd() * v));
        }
    },
    /** Satellite platform cost per W of IT: half to twice the SemiAnalysis-derived default. ref: semianalysis-2026 */
    SATELLITE_COST("satellite platform cost", "USD/W", 25, 100) {
        @Override
        CostStudyInputs apply(CostStudyInputs in, double v) {
            return in.with(in.space().withSatelliteCostPerW(v), in.ground());
        }
    },
    /** Accelerator failures in orbit: 3 %/yr to BCG's 30 %/yr swing band. ref: forethought-2026, bcg-2026 */
    FAILURE_RATE("accelerator failure rate in orbit", "/yr", 0.03, 0.30) {
        @Override
        CostStudyInputs apply(CostStudyInputs in, double v) {
            return in.with(in.space().withAcceleratorFailureRate(v), in.ground());
        }
    },
    /** Mission life (and horizon): 3 to 10 years. ref: suncatcher-2025 (5 yr), starcloud-wp (10 yr) */
    MISSION_LIFE("mission life", "yr", 3, 10) {
        @Override
        CostStudyInputs apply(CostStudyInputs in, double v) {
            return in.with(in.space().withMissionYears(v), in.ground().withHorizon(v));
        }
    },
    /** Delivered fraction of nameplate compute in orbit: 0.6 to 1. */
    DELIVERED_FRACTION("delivered compute in orbit", "fraction", 0.6, 1.0) {
        @Override
        CostStudyInputs apply(CostStudyInputs in, double v) {
            return in.with(in.space().withDeliveredFraction(v), in.ground());
        }
    },
    /** Electricity: Starcloud's $40/MWh to $120/MWh. ref: starcloud-wp, eia-industrial-2026 */
    ELECTRICITY_PRICE("electricity price", "USD/MWh", 40, 120) {
        @Override
        CostStudyInputs apply(CostStudyInputs in, double v) {
            return in.with(in.space(), in.ground().withElectricityPrice(v));
        }
    },
    /** PUE: Google's fleet 1.10 to the industry average 1.56. ref: google-env-2024, uptime-pue-2024 */
    PUE("ground PUE", "", 1.10, 1.56) {
        @Override
        CostStudyInputs apply(CostStudyInputs in, double v) {
            return in.with(in.space(), in.ground().withPue(v));
        }
    },
    /** Facility capex: $10/W conventional to $20/W AI-optimised. ref: dc-capex-2025 */
    FACILITY_CAPEX("ground facility capex", "USD/W", 10, 20) {
        @Override
        CostStudyInputs apply(CostStudyInputs in, double v) {
            return in.with(in.space(), in.ground().withFacilityCapex(v));
        }
    },
    /** Time to grid power: none (on-site generation) to 5 years (interconnection queue). ref: lbnl-queue-2025 */
    TIME_TO_POWER("ground time to power", "yr", 0, 5) {
        @Override
        CostStudyInputs apply(CostStudyInputs in, double v) {
            return in.with(in.space(), in.ground().withTimeToPower(v));
        }
    },
    /** Discount rate: 4 % to 12 %. */
    DISCOUNT_RATE("discount rate", "/yr", 0.04, 0.12) {
        @Override
        CostStudyInputs apply(CostStudyInputs in, double v) {
            return in.withDiscountRate(v);
        }
    };

    private final String label;
    private final String unit;
    private final double low;
    private final double high;

    SensitivityInput(String label, String unit, double low, double high) {
        this.label = label;
        this.unit = unit;
        this.low = low;
        this.high = high;
    }

    abstract CostStudyInputs apply(CostStudyInputs in, double value);

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    public double low() {
        return low;
    }

    public double high() {
        return high;
    }
}
