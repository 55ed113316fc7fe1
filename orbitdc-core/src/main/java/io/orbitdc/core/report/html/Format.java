package io.orbitdc.core.report.html;

import java.util.Locale;

/** How the report prints a figure: a few significant digits, thousands separated, unit after a space. */
final class Format {

    private Format() {
    }

    /** {@code v} with {@code decimals} decimals and thousands separators, "n/a" when not finite. */
    static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }

    /** US dollars: "$1.23" below $100, "$1,234" below a million, "$1.23 M", "$1.23 B" above. */
    static String usd(double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        if (a >= 1e9) {
            return "$" + fixed(v / 1e9, 2) + " B";
        }
        if (a >= 1e6) {
            return "$" + fixed(v / 1e6, 2) + " M";
        }
        return "$" + fixed(v, a >= 100 ? 0 : 2);
    }

    /** {@code v} to 3 significant digits, plain (no exponent, no trailing zeros): axis ranges, inputs. */
    static String compact(double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** A fraction as a percentage with one decimal. */
    static String percent(double fraction) {
        return fixed(100 * fraction, 1) + " %";
    }
}
