package io.orbitdc.core.units;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Writes an SI value as text a person would write in a scenario file, e.g. 650000 m as "650 km",
 * 318.15 K as "45 C", 1e9 bit/s as "1 Gbps". The number has at most {@value #DIGITS} significant digits,
 * so {@link QuantityParser} reads the text back within 1e-9 relative (about 1e-13 in practice) for
 * magnitudes between 1e-200 and 1e200 (temperatures: Celsius from 0.1 K up, kelvin below, so that the 273.15 K offset never eats the value).
 * Plain notation for 1e-4 &le; |number| &lt; 1e15, otherwise e-notation ("2.5e-13 kg/m3").
 */
public final class QuantityFormatter {

    static final int DIGITS = 14;
    private static final double CELSIUS_OFFSET_K = 273.15;
    private static final double CELSIUS_FROM_K = 0.1;

    private QuantityFormatter() {
    }

    /**
     * @throws IllegalArgumentException if the value is NaN or infinite
     */
    public static String format(double valueSi, Dimension d) {
        Objects.requireNonNull(d, "dimension");
        if (!Double.isFinite(valueSi)) {
            throw new IllegalArgumentException("cannot write " + valueSi + " as " + d.describe()
                    + "; only finite values have a text form");
        }
        if (d.equals(Dimension.TEMPERATURE) && valueSi >= CELSIUS_FROM_K) {
            return number(valueSi - CELSIUS_OFFSET_K) + " C";
        }
        DisplayUnits.Display unit = DisplayUnits.choose(valueSi, d);
        String n = number(valueSi / unit.scale());
        if (unit.symbol().isEmpty()) {
            return n;
        }
        return n + " " + unit.symbol();
    }

    /** A number rounded to {@value #DIGITS} significant digits without trailing zeros. */
    static String number(double x) {
        if (x == 0.0) {
            return "0";
        }
        BigDecimal bd = new BigDecimal(x).round(new MathContext(DIGITS, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        int exp10 = bd.precision() - bd.scale() - 1;
        if (exp10 >= -4 && exp10 < 15) {
            return bd.toPlainString();
        }
        return bd.movePointLeft(exp10).toPlainString() + "e" + exp10;
    }
}
