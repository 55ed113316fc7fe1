package io.orbitdc.core.catalog;

import java.util.List;
import java.util.OptionalDouble;

/**
 * An AI accelerator as a unit of compute that a satellite or a ground hall carries: a chip
 * (H100, TPU v6e), an embedded module (Jetson AGX Orin) or a whole rack (GB200 NVL72).
 *
 * <p>Figures are datasheet values at the vendor's TDP; {@code massKg} and {@code volumeM3} are
 * the share of a server (board, host, cold plate) that comes with one unit, for mass budgets.
 * Radiation fields are empty where nothing has been published for the part.
 *
 * @param gpuCount          accelerator chips in one unit (1 for a chip, 72 for an NVL72 rack); GPU-hours count chips
 * @param powerW            thermal design power of the unit
 * @param memoryBytes       high-bandwidth memory of the unit
 * @param bf16Flops         dense BF16 throughput, FLOP/s
 * @param int8Ops           dense INT8 throughput, OP/s
 * @param maxDieTemperatureK die (junction) temperature limit at which the part throttles
 * @param tidLimitRad       total ionizing dose the part tolerates, rad(Si), where published
 * @param radPerSdc         proton dose per silent data corruption, rad(Si) per event, where measured
 * @param radPerUecc        proton dose per uncorrectable memory error, rad(Si) per event, where measured
 * @param radPerCrash       proton dose per crash (SEFI), rad(Si) per event, where measured
 * @param sources           keys into docs/references.md
 */
public record Accelerator(String id, String name, String vendor, String kind, int gpuCount,
                          double powerW, double memoryBytes, double bf16Flops, double int8Ops,
                          double maxDieTemperatureK, OptionalDouble tidLimitRad,
                          double massKg, double volumeM3, OptionalDouble priceUsd,
                          OptionalDouble radPerSdc, OptionalDouble radPerUecc, OptionalDouble radPerCrash,
                          List<String> sources) {
    public Accelerator {
        sources = List.copyOf(sources);
    }
}
