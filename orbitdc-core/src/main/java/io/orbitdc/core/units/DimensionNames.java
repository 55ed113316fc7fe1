package io.orbitdc.core.units;

import java.util.Map;

/**
 * Human words and example inputs for the named dimensions, used in error messages; any other
 * dimension is described by its SI unit expression (e.g. "a quantity in m5").
 */
final class DimensionNames {

    private record Name(String description, String example) { }

    private static final String[] BASE_SYMBOLS = {"m", "kg", "s", "K", "rad", "bit", "USD", "op", "Gy"};

    private static final Map<Dimension, Name> NAMES = Map.ofEntries(
            Map.entry(Dimension.DIMENSIONLESS, new Name("a dimensionless number", "0.5")),
            Map.entry(Dimension.LENGTH, new Name("a length", "650 km")),
            Map.entry(Dimension.MASS, new Name("a mass", "1500 kg")),
            Map.entry(Dimension.DURATION, new Name("a duration", "365 d")),
            Map.entry(Dimension.TEMPERATURE, new Name("a temperature", "45 C")),
            Map.entry(Dimension.ANGLE, new Name("an angle", "97.9 deg")),
            Map.entry(Dimension.DATA, new Name("an amount of data", "80 GiB")),
            Map.entry(Dimension.MONEY, new Name("an amount of money", "2.5 MUSD")),
            Map.entry(Dimension.OPERATIONS, new Name("a number of operations", "1e24 FLOP")),
            Map.entry(Dimension.DOSE, new Name("an absorbed dose", "15 krad")),
            Map.entry(Dimension.AREA, new Name("an area", "120 m2")),
            Map.entry(Dimension.VOLUME, new Name("a volume", "2 m3")),
            Map.entry(Dimension.RATE, new Name("a rate or frequency", "0.5 %/yr")),
            Map.entry(Dimension.VELOCITY, new Name("a velocity", "7.5 km/s")),
            Map.entry(Dimension.ACCELERATION, new Name("an acceleration", "10 g")),
            Map.entry(Dimension.FORCE, new Name("a force", "20 N")),
            Map.entry(Dimension.PRESSURE, new Name("a pressure", "1 bar")),
            Map.entry(Dimension.ENERGY, new Name("an energy", "5 kWh")),
            Map.entry(Dimension.POWER, new Name("a power", "700 W")),
            Map.entry(Dimension.SPECIFIC_POWER, new Name("a specific power", "100 W/kg")),
            Map.entry(Dimension.SPECIFIC_ENERGY, new Name("a specific energy", "120 Wh/kg")),
            Map.entry(Dimension.AREAL_DENSITY, new Name("an areal density", "3.6 kg/m2")),
            Map.entry(Dimension.DENSITY, new Name("a density", "2.5e-13 kg/m3")),
            Map.entry(Dimension.IRRADIANCE, new Name("an irradiance", "1361 W/m2")),
            Map.entry(Dimension.THERMAL_RESISTANCE, new Name("a thermal resistance", "0.03 K/W")),
            Map.entry(Dimension.DATA_RATE, new Name("a data rate", "1 Gbps")),
            Map.entry(Dimension.PRICE_PER_MASS, new Name("a price per mass", "3600 USD/kg")),
            Map.entry(Dimension.PRICE_PER_ENERGY, new Name("a price per energy", "0.04 USD/kWh")),
            Map.entry(Dimension.PRICE_PER_POWER, new Name("a price per power", "2 USD/W")),
            Map.entry(Dimension.OPERATIONS_RATE, new Name("an operations rate", "989 TFLOPS")),
            Map.entry(Dimension.DOSE_RATE, new Name("a dose rate", "150 rad/yr")));

    private DimensionNames() {
    }

    static String describe(Dimension d) {
        Name name = NAMES.get(d);
        return name != null ? name.description() : "a quantity in " + siUnit(d);
    }

    static String example(Dimension d) {
        Name name = NAMES.get(d);
        return name != null ? name.example() : "1 " + siUnit(d);
    }

    /**
     * The SI unit expression: positive exponents first joined by '*', then '/' and the negative ones
     * joined by '*' (our grammar puts everything after the first '/' in the denominator). A pure
     * denominator is written with a leading '/', e.g. "/s".
     */
    static String siUnit(Dimension d) {
        int[] e = d.exponents();
        StringBuilder numerator = new StringBuilder();
        StringBuilder denominator = new StringBuilder();
        for (int i = 0; i < e.length; i++) {
            if (e[i] == 0) {
                continue;
            }
            StringBuilder target = e[i] > 0 ? numerator : denominator;
            if (target.length() > 0) {
                target.append('*');
            }
            target.append(BASE_SYMBOLS[i]);
            int magnitude = Math.abs(e[i]);
            if (magnitude != 1) {
                target.append('^').append(magnitude);
            }
        }
        return denominator.length() == 0 ? numerator.toString() : numerator + "/" + denominator;
    }
}
