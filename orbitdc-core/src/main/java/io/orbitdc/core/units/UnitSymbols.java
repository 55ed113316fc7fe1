package io.orbitdc.core.units;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table of unit symbols the scenario grammar accepts, with their SI scale factors and the prefixes
 * each allows. A symbol may have two meanings ({@code rad}: angle or dose; {@code g}: gram or standard
 * gravity); the first listed meaning is the default when the expected dimension does not decide.
 * Symbols are case-sensitive. An exact table entry always wins over a prefix reading, so {@code min} is
 * a minute, {@code Pa} a pascal and {@code nmi} a nautical mile. Immutable and thread-safe.
 */
final class UnitSymbols {

    private record Meaning(Unit unit, UnitPrefixes prefixes) { }

    // ref: bipm-si-brochure-2019 tables 4, 7, 8 (SI units, prefixes, minute, hour, day, degree, litre, tonne)
    private static final double DAY_S = 86_400.0;
    // ref: iau-2012-b2 (astronomical unit, exact); iau-julian-year (Julian year = 365.25 d)
    private static final double JULIAN_YEAR_S = 365.25 * DAY_S;
    private static final double AU_M = 149_597_870_700.0;
    // ref: cgpm-1901-standard-gravity
    private static final double STANDARD_GRAVITY_M_PER_S2 = 9.80665;
    // ref: nist-sp811-2008 appendix B (foot, statute mile, nautical mile, avoirdupois pound, rad = 0.01 Gy)
    private static final double FOOT_M = 0.3048;
    private static final double MILE_M = 1609.344;
    private static final double NAUTICAL_MILE_M = 1852.0;
    private static final double POUND_KG = 0.45359237;
    private static final double RAD_DOSE_GY = 0.01;
    private static final double CELSIUS_OFFSET_K = 273.15;
    private static final double FAHRENHEIT_SCALE = 5.0 / 9.0;
    private static final double FAHRENHEIT_OFFSET_K = 459.67 * 5.0 / 9.0;
    private static final double DEGREE_RAD = Math.PI / 180.0;

    private final Map<String, List<Meaning>> table;

    UnitSymbols() {
        Map<String, List<Meaning>> t = new LinkedHashMap<>();
        Dimension ops = Dimension.OPERATIONS;
        add(t, UnitPrefixes.METRIC, Dimension.LENGTH, 1.0, "m");
        add(t, UnitPrefixes.NONE, Dimension.LENGTH, FOOT_M, "ft");
        add(t, UnitPrefixes.NONE, Dimension.LENGTH, MILE_M, "mi");
        add(t, UnitPrefixes.NONE, Dimension.LENGTH, NAUTICAL_MILE_M, "nmi");
        add(t, UnitPrefixes.NONE, Dimension.LENGTH, AU_M, "au", "AU");
        add(t, UnitPrefixes.METRIC, Dimension.MASS, 1e-3, "g");
        add(t, UnitPrefixes.NONE, Dimension.ACCELERATION, STANDARD_GRAVITY_M_PER_S2, "g"); // second meaning
        add(t, UnitPrefixes.NONE, Dimension.ACCELERATION, STANDARD_GRAVITY_M_PER_S2, "g0");
        add(t, UnitPrefixes.NONE, Dimension.MASS, 1000.0, "t");
        add(t, UnitPrefixes.NONE, Dimension.MASS, POUND_KG, "lb");
        add(t, UnitPrefixes.METRIC, Dimension.DURATION, 1.0, "s");
        add(t, UnitPrefixes.NONE, Dimension.DURATION, 60.0, "min");
        add(t, UnitPrefixes.NONE, Dimension.DURATION, 3600.0, "h", "hr", "hour", "hours");
        add(t, UnitPrefixes.NONE, Dimension.DURATION, DAY_S, "d", "day", "days");
        add(t, UnitPrefixes.NONE, Dimension.DURATION, 7 * DAY_S, "wk", "week", "weeks");
        add(t, UnitPrefixes.NONE, Dimension.DURATION, JULIAN_YEAR_S, "yr", "year", "years");
        add(t, UnitPrefixes.METRIC, Dimension.TEMPERATURE, 1.0, "K");
        for (String c : List.of("C", "°C", "degC")) {
            put(t, new Unit(c, 1.0, CELSIUS_OFFSET_K, Dimension.TEMPERATURE), UnitPrefixes.NONE);
        }
        for (String f : List.of("F", "°F", "degF")) {
            put(t, new Unit(f, FAHRENHEIT_SCALE, FAHRENHEIT_OFFSET_K, Dimension.TEMPERATURE), UnitPrefixes.NONE);
        }
        add(t, UnitPrefixes.METRIC, Dimension.ANGLE, 1.0, "rad");
        add(t, UnitPrefixes.METRIC, Dimension.DOSE, RAD_DOSE_GY, "rad"); // second meaning
        add(t, UnitPrefixes.NONE, Dimension.ANGLE, DEGREE_RAD, "deg", "°", "degree", "degrees");
        add(t, UnitPrefixes.NONE, Dimension.ANGLE, DEGREE_RAD / 60.0, "arcmin");
        add(t, UnitPrefixes.NONE, Dimension.ANGLE, DEGREE_RAD / 3600.0, "arcsec");
        add(t, UnitPrefixes.METRIC, Dimension.DOSE, 1.0, "Gy", "Gy(Si)");
        add(t, UnitPrefixes.METRIC, Dimension.DOSE, RAD_DOSE_GY, "rad(Si)");
        add(t, UnitPrefixes.METRIC, Dimension.POWER, 1.0, "W");
        add(t, UnitPrefixes.METRIC, Dimension.ENERGY, 1.0, "J");
        add(t, UnitPrefixes.METRIC, Dimension.ENERGY, 3600.0, "Wh");
        add(t, UnitPrefixes.METRIC, Dimension.FREQUENCY, 1.0, "Hz");
        add(t, UnitPrefixes.METRIC, Dimension.FORCE, 1.0, "N");
        add(t, UnitPrefixes.METRIC, Dimension.PRESSURE, 1.0, "Pa");
        add(t, UnitPrefixes.METRIC, Dimension.PRESSURE, 1e5, "bar");
        add(t, UnitPrefixes.METRIC, Dimension.VOLUME, 1e-3, "L");
        add(t, UnitPrefixes.DATA, Dimension.DATA, 1.0, "bit", "b");
        add(t, UnitPrefixes.DATA, Dimension.DATA, 8.0, "B");
        add(t, UnitPrefixes.DATA, Dimension.DATA_RATE, 1.0, "bps");
        add(t, UnitPrefixes.NONE, Dimension.MONEY, 1.0, "USD", "$");
        add(t, UnitPrefixes.NONE, Dimension.MONEY, 1e3, "kUSD");
        add(t, UnitPrefixes.NONE, Dimension.MONEY, 1e6, "MUSD");
        add(t, UnitPrefixes.NONE, Dimension.MONEY, 1e9, "BUSD");
        add(t, UnitPrefixes.LARGE, ops, 1.0, "op", "FLOP");
        add(t, UnitPrefixes.LARGE, Dimension.OPERATIONS_RATE, 1.0, "OPS", "FLOPS");
        add(t, UnitPrefixes.NONE, Dimension.DIMENSIONLESS, 0.01, "%");
        add(t, UnitPrefixes.NONE, Dimension.DIMENSIONLESS, 1e-6, "ppm");
        Map<String, List<Meaning>> frozen = new LinkedHashMap<>();
        t.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.table = Map.copyOf(frozen);
    }

    private static void add(Map<String, List<Meaning>> t, UnitPrefixes prefixes, Dimension d, double scale,
                            String... symbols) {
        for (String s : symbols) {
            put(t, Unit.of(s, scale, d), prefixes);
        }
    }

    private static void put(Map<String, List<Meaning>> t, Unit unit, UnitPrefixes prefixes) {
        t.computeIfAbsent(unit.symbol(), k -> new ArrayList<>()).add(new Meaning(unit, prefixes));
    }

    /** Whether the text is a symbol of the table as written, without any prefix. */
    boolean isExact(String symbol) {
        return table.containsKey(symbol);
    }

    /**
     * All meanings of a symbol, default first; empty if the symbol is unknown. An exact entry wins;
     * otherwise the symbol is read as prefix + table symbol, if that symbol accepts that prefix.
     */
    List<Unit> resolve(String symbol) {
        List<Meaning> exact = table.get(symbol);
        if (exact != null) {
            return exact.stream().map(Meaning::unit).toList();
        }
        for (String prefix : UnitPrefixes.ALL) {
            if (symbol.length() <= prefix.length() || !symbol.startsWith(prefix)) {
                continue;
            }
            List<Meaning> base = table.get(symbol.substring(prefix.length()));
            if (base == null) {
                continue;
            }
            List<Unit> prefixed = base.stream()
                    .filter(m -> m.prefixes().allows(prefix))
                    .map(m -> m.unit().withPrefix(prefix, UnitPrefixes.factor(prefix)))
                    .toList();
            if (!prefixed.isEmpty()) {
                return prefixed;
            }
        }
        return List.of();
    }

    /** One way the table reads a symbol: its dimension and the prefixes it takes. */
    record Spelling(String symbol, Dimension dimension, List<String> prefixes, boolean offset) { }

    /** Every meaning of every symbol, in table order, for generating patterns (see {@link UnitPattern}). */
    List<Spelling> spellings() {
        List<Spelling> out = new ArrayList<>();
        table.forEach((symbol, meanings) -> meanings.forEach(
                m -> out.add(new Spelling(symbol, m.unit().dimension(), m.prefixes().symbols(), m.unit().hasOffset()))));
        return out;
    }

    /** Every symbol of the table as written (without prefixes), for documentation and tests. */
    List<String> symbols() {
        return List.copyOf(table.keySet());
    }
}
