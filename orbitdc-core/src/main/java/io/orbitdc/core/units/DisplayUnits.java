package io.orbitdc.core.units;

import java.util.List;
import java.util.Map;

/**
 * The units {@link QuantityFormatter} writes for each named dimension, largest first. Scales are not
 * repeated here: they are read through {@link QuantityParser}, so writing and reading cannot disagree.
 */
final class DisplayUnits {

    /** A unit to write: its symbol and the SI value of one of it. */
    record Display(String symbol, double scale) { }

    private static final Map<Dimension, List<String>> SYMBOLS = Map.ofEntries(
            Map.entry(Dimension.LENGTH, List.of("km", "m", "mm", "um", "nm")),
            Map.entry(Dimension.MASS, List.of("kg", "g", "mg")),
            Map.entry(Dimension.DURATION, List.of("yr", "d", "h", "min", "s", "ms", "us", "ns")),
            Map.entry(Dimension.ANGLE, List.of("deg")),
            Map.entry(Dimension.DATA, List.of("TB", "GB", "MB", "kB", "B", "bit")),
            Map.entry(Dimension.MONEY, List.of("BUSD", "MUSD", "USD")),
            Map.entry(Dimension.OPERATIONS, List.of("FLOP")),
            Map.entry(Dimension.DOSE, List.of("Gy", "mGy")),
            Map.entry(Dimension.AREA, List.of("km2", "m2", "mm2")),
            Map.entry(Dimension.VOLUME, List.of("m3", "L", "mL")),
            Map.entry(Dimension.RATE, List.of("GHz", "MHz", "kHz", "Hz", "/d", "/yr", "%/yr")),
            Map.entry(Dimension.VELOCITY, List.of("km/s", "m/s")),
            Map.entry(Dimension.ACCELERATION, List.of("m/s2")),
            Map.entry(Dimension.FORCE, List.of("kN", "N")),
            Map.entry(Dimension.PRESSURE, List.of("MPa", "kPa", "Pa")),
            Map.entry(Dimension.ENERGY, List.of("TWh", "GWh", "MWh", "kWh", "Wh", "J")),
            Map.entry(Dimension.POWER, List.of("TW", "GW", "MW", "kW", "W", "mW", "uW")),
            Map.entry(Dimension.SPECIFIC_POWER, List.of("W/kg")),
            Map.entry(Dimension.SPECIFIC_ENERGY, List.of("Wh/kg")),
            Map.entry(Dimension.AREAL_DENSITY, List.of("kg/m2")),
            Map.entry(Dimension.DENSITY, List.of("kg/m3")),
            Map.entry(Dimension.IRRADIANCE, List.of("W/m2")),
            Map.entry(Dimension.THERMAL_RESISTANCE, List.of("K/W")),
            Map.entry(Dimension.DATA_RATE, List.of("Tbps", "Gbps", "Mbps", "kbps", "bps")),
            Map.entry(Dimension.PRICE_PER_MASS, List.of("USD/kg")),
            Map.entry(Dimension.PRICE_PER_ENERGY, List.of("USD/kWh")),
            Map.entry(Dimension.PRICE_PER_POWER, List.of("USD/W")),
            Map.entry(Dimension.OPERATIONS_RATE, List.of("EFLOPS", "PFLOPS", "TFLOPS", "GFLOPS", "FLOPS")),
            Map.entry(Dimension.DOSE_RATE, List.of("Gy/yr")));

    private static final Map<Dimension, List<Display>> DISPLAYS = scaled();

    private DisplayUnits() {
    }

    private static Map<Dimension, List<Display>> scaled() {
        QuantityParser parser = new QuantityParser();
        Map<Dimension, List<Display>> out = new java.util.HashMap<>();
        SYMBOLS.forEach((d, symbols) -> out.put(d, symbols.stream()
                .map(s -> new Display(s, parser.parse("1 " + s, d)))
                .toList()));
        return Map.copyOf(out);
    }

    /**
     * The unit to write |valueSi| in: the largest one that gives a number of at least 1; for zero the
     * unit of scale 1 (or the first); for dimensions without a list, the SI unit expression.
     */
    static Display choose(double valueSi, Dimension d) {
        List<Display> list = DISPLAYS.get(d);
        if (list == null) {
            return new Display(d.siUnit(), 1.0);
        }
        double magnitude = Math.abs(valueSi);
        if (magnitude == 0.0) {
            return list.stream().filter(u -> u.scale() == 1.0).findFirst().orElse(list.get(0));
        }
        for (Display u : list) {
            if (magnitude >= u.scale() * (1 - 1e-13)) {
                return u;
            }
        }
        return list.get(list.size() - 1);
    }
}
