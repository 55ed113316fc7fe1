package io.orbitdc.core.verdict;

import io.orbitdc.core.economics.CostStudyInputs;

/**
 * The cost inputs the verdict treats as uncertain, each drawn around the scenario's own value
 * over a documented spread (docs/verdict.md): log-uniform between base/k and base·k for the
 * inputs that are quoted as multiples (launch price, platform cost, failure rate, electricity),
 * uniform otherwise. A draw {@code u} in [0, 1) maps to a value; {@link #apply} puts it into the
 * study. Mission life and discount rate are choices, not uncertainties, and stay at the scenario's.
 */
public enum UncertainInput {
    /** ×/÷3: Citi's bull $33 / base $100 / bear $300 per kg for the same vehicle era. ref: citi-launch-2025 */
    LAUNCH_PRICE("launch price", "USD/kg", 3.0) {
        @Override
        double base(CostStudyInputs in) {
            return in.space().launchTotalUsd().isPresent()
                    ? in.space().launchTotalUsd().getAsDouble() / in.space().fleetMassKg()
                    : in.space().launchUsdPerKg();
        }

        @Override
        CostStudyInputs apply(CostStudyInputs in, double v) {
            return in.with(in.space().withLaunchPrice(v), in.ground());
        }
    },
    /** ±30 %, both sides: reported H100 prices span ~$25-40k. ref: gpu-price-estimates-2026 */
    ACCELERATOR_PRICE("accelerator price", "USD", 0.30) {
        @Override
        double base(CostStudyInputs in) {
            return in.space().acceleratorPriceUsd();
        }

        @Override
        CostStudyInputs apply(CostStudyInputs in, double v) {
            return in.with(in.space().withAcceleratorPrice(v), in.ground().withAcceleratorPrice(v));
        }
    },
    /** ×/÷2: the tornado's $25-100/W around SemiAnalysis' ~$49/W. ref: semianalysis-2026 */
    SATELLITE_COST("satellite platform cost", "USD/W", 2.0) {
        @Override
        double base(CostStudyInputs in) {
            return in.space().satelliteCostUsdPerW();
        }

        @Override
        CostStudyInputs apply(CostStudyInputs in, double v) {
            return in.with(in.space().withSatelliteCostPerW(v), in.ground());
        }
    },
    /** ×/÷3: 3 %/yr to BCG's 30 %/yr band around Meta's 9 %/yr. ref: forethought-2026, bcg-2026 */
    FAILURE_RATE("accelerator failure rate in orbit", "/yr", 3.0) {
        @Override
        double base(CostStudyInputs in) {
            return in.space().acceleratorFailureRate();
        }

        @Override
        CostStudyInputs apply(CostStudyInputs in, double v) {
            return in.with(in.space().withAcceleratorFailureRate(v), in.ground());
        }
    },
    /** −25 % to base: an unrepaired fleet delivers at most its nameplate; losses are one-sided. */
    DELIVERED_FRACTION("delivered compute in orbit", "fraction", 0.25) {
        @Override
        double base(CostStudyInputs in) {
            return in.space().deliveredFraction();
        }

        @Override
        double value(double base, double u) {
            return base * (1.0 - spread() * (1.0 - u));
        }

        @Override
        CostStudyInputs apply(CostStudyInputs in, double v) {
            return in.with(in.space().withDeliveredFraction(v), in.ground());
        }
    },
    /** ×/÷1.5: Starcloud's $40/MWh to $90/MWh around $60/MWh. ref: starcloud-wp, eia-industrial-2026 */
    ELECTRICITY_PRICE("electricity price", "USD/MWh", 1.5) {
        @Override
        double base(CostStudyInputs in) {
            return in.ground().electricityUsdPerMwh();
        }

        @Override
        CostStudyInputs apply(CostStudyInputs in, double v) {
            return in.with(in.space(), in.ground().withElectricityPrice(v));
        }
    },
    /** Overhead (PUE − 1) ±50 %: Google's 1.10 to the industry's 1.56. ref: google-env-2024, uptime-pue-2024 */
    PUE("ground PUE", "", 0.5) {
        @Override
        double base(CostStudyInputs in) {
            return in.ground().pue();
        }

        @Override
        double value(double base, double u) {
            return 1.0 + (base - 1.0) * (1.0 + spread() * (2.0 * u - 1.0));
        }

        @Override
        CostStudyInputs apply(CostStudyInputs in, double v) {
            return in.with(in.space(), in.ground().withPue(v));
        }
    },
    /** ±33 %: $10/W conventional to $20/W AI-optimised around $15/W. ref: dc-capex-2025 */
    FACILITY_CAPEX("ground facility capex", "USD/W", 0.33) {
        @Override
        double base(CostStudyInputs in) {
            return in.ground().facilityCapexUsdPerW();
        }

        @Override
        CostStudyInputs apply(CostStudyInputs in, double v) {
            return in.with(in.space(), in.ground().withFacilityCapex(v));
        }
    },
    /** 0 (on-site generation) to twice the site's wait. ref: lbnl-queue-2025 */
    TIME_TO_POWER("ground time to power", "yr", 1.0) {
        @Override
        double base(CostStudyInputs in) {
            return in.ground().timeToPowerYears();
        }

        @Override
        CostStudyInputs apply(CostStudyInputs in, double v) {
            return in.with(in.space(), in.ground().withTimeToPower(v));
        }
    };

    private final String label;
    private final String unit;
    private final double spread;

    UncertainInput(String label, String unit, double spread) {
        this.label = label;
        this.unit = unit;
        this.spread = spread;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    /** k of a log-uniform ×/÷k spread, or the relative half-width of a uniform one. */
    public double spread() {
        return spread;
    }

    /** Whether the value is log-uniform between base/k and base·k (else uniform). */
    public boolean logUniform() {
        return spread > 1.0;
    }

    /** The scenario's value of this input. */
    abstract double base(CostStudyInputs in);

    /** The value at quantile {@code u} in [0, 1) of this input's distribution around {@code base}. */
    double value(double base, double u) {
        if (logUniform()) {
            return base * Math.pow(spread, 2.0 * u - 1.0);
        }
        return Math.max(0.0, base * (1.0 + spread * (2.0 * u - 1.0)));
    }

    /** {@code in} with this input at {@code v}. */
    abstract CostStudyInputs apply(CostStudyInputs in, double v);
}
