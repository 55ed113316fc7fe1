package io.orbitdc.core.sizing;

import io.orbitdc.core.catalog.Accelerator;
import io.orbitdc.core.orbit.OrbitSpec;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Realistic sizing inputs built from published figures, for tests. Figures tagged [U] are
 * estimates where nothing was published; they are test inputs, not validated values.
 */
public final class SizingFixtures {
    static final double YEAR_S = 3.15576e7;
    static final Instant EPOCH_2027 = Instant.parse("2027-01-01T00:00:00Z");

    private SizingFixtures() {
    }

    /**
     * TPU v6e (Trillium) chip. TDP undisclosed: 200 W is the upper end of the ~150–200 W
     * estimate [U]; die limit 358 K (85 °C) [U]; TID limit 2 krad(Si), where HBM showed its first
     * irregularities (suncatcher-2025); rad per SDC/UECC/SEFI 17 / 44 / 5000 (suncatcher-2025
     * §4.3); mass 3 kg and volume 5 L as its share of a server board [U].
     */
    public static Accelerator tpuV6e() {
        return new Accelerator("tpu-v6e", "TPU v6e (Trillium)", "Google", "chip", 1, 200.0, 32e9, 918e12, 1836e12,
                358.0, OptionalDouble.of(2000.0), 3.0, 0.005, OptionalDouble.empty(), OptionalDouble.of(17.0),
                OptionalDouble.of(44.0), OptionalDouble.of(5000.0), List.of("suncatcher-2025"));
    }

    /**
     * NVIDIA H100 SXM: 700 W TDP (NVIDIA datasheet); 80 GB HBM3; ~989 TFLOP/s dense BF16 and
     * ~1979 TOP/s dense INT8 (datasheet, sparsity halved). Max die ~87 °C = 360 K is a [U]
     * estimate. No published TID limit or per-rad event figures: exercises the defaults.
     * Mass 5 kg and volume 10 L per unit (module, cold plate, host share) are [U].
     */
    public static Accelerator h100() {
        return new Accelerator("h100-sxm", "H100 SXM", "NVIDIA", "chip", 1, 700.0, 80e9, 989e12, 1979e12,
                360.0, OptionalDouble.empty(), 5.0, 0.010, OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), List.of("nvidia-h100-datasheet"));
    }

    /**
     * Triple-junction array: 30 % BOL (Spectrolab XTJ 29.8 % mean, spectrolab-xtj), −0.22 %/K
     * (GaAs −0.2 %/°C class), rated at 301 K, operating at 333 K [U]; packing 0.85 and other
     * inherent losses 0.85 (SMAD's 0.77 nominal inherent degradation without its temperature
     * part, smad-1999 §11.4); sun-tracking; 0.5 %/yr and 100 W/kg (the DESIGN.md scenario example).
     */
    public static SolarArraySpec tripleJunctionArray() {
        return new SolarArraySpec(SpaceEnvironment.SOLAR_CONSTANT_W_PER_M2, 0.30, 0.85, -0.0022, 333.0, 301.0, 0.85,
                0.0, 0.005, OptionalDouble.of(100.0), OptionalDouble.empty());
    }

    /** Li-ion pack: 120 Wh/kg (Saft battery level), DoD 0.3 for LEO cycling, 95 % discharge efficiency [U]. */
    public static BatterySpec liIonBattery() {
        return new BatterySpec(120.0 * 3600.0, 0.3, 0.95);
    }

    /** Forethought-class radiator: AZ-93 (ε 0.92, α 0.09), two-sided, 3.6 kg/m² system, edge-on to the Sun. */
    public static RadiatorSpec forethoughtRadiator(double temperatureK) {
        return RadiatorSpec.of(temperatureK, 0.92, 0.09, 2, 3.6, RadiatorOrientation.EDGE_ON_TO_SUN);
    }

    /**
     * Suncatcher-like satellite: 650 km dawn–dusk SSO (LTAN 18:00), 8 TPU v6e chips, 5-year life,
     * 45 °C radiator, 10 mm Al, 81 satellites (suncatcher-2025). Overheads, bus figures and mass
     * fractions are [U] engineering guesses.
     */
    public static SizingInput suncatcherLike() {
        return new SizingInput(OrbitSpec.sunSynchronous(650e3, 18.0, EPOCH_2027), 5.0 * YEAR_S, tpuV6e(), 8,
                0.5, 200.0, 0.05, tripleJunctionArray(), PowerSystem.PEAK_POWER_TRACKING, liIonBattery(),
                forethoughtRadiator(318.15), 0.10, 10e-3, 0.15, 0.05, 50.0, OptionalDouble.empty(),
                new FleetTarget.Satellites(81));
    }

    /**
     * Starcloud-1-like satellite: one H100 at ~325 km, 11-month life, limited to its published
     * 60 kg. The inclination (53°) is [U]; the radiator at 40 °C, 0.05 K/W and 2 mm Al are [U].
     */
    public static SizingInput starcloudOneLike() {
        return new SizingInput(OrbitSpec.inclined(325e3, Math.toRadians(53.0), 0.0, EPOCH_2027), 11.0 / 12.0 * YEAR_S,
                h100(), 1, 0.3, 50.0, 0.0, tripleJunctionArray(), PowerSystem.PEAK_POWER_TRACKING, liIonBattery(),
                forethoughtRadiator(313.15), 0.05, 2e-3, 0.15, 0.0, 15.0, OptionalDouble.of(60.0),
                new FleetTarget.Satellites(1));
    }
}
