package io.orbitdc.core.units;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The one way numbers are written in text reports (never in JSON or CSV, which keep full
 * precision): thousands separators, three significant figures unless a quantity asks for fixed
 * decimals, an SI prefix chosen so the number reads between 1 and 999 (a mass as kg below 10 t
 * and as t above), a percentage with a space before '%', and counts with their noun in the
 * singular or plural ("1 satellite", "81 satellites"). Locale-independent (ROOT: ',' groups,
 * '.' decimals). A non-finite value is written "n/a". Stateless.
 */
public final class HumanFormat {

    private static final String NOT_AVAILABLE = "n/a";
    private static final int SIGNIFICANT = 3;
    /** Masses up to this are written in kg, above it in tonnes. */
    private static final double TONNES_FROM_KG = 10_000;

    private HumanFormat() {
    }

    /** {@code n} and its noun: "1 satellite", "0 satellites", "5,184 accelerators"; plural by adding 's'. */
    public static String count(long n, String singular) {
        return count(n, singular, singular + "s");
    }

    /** {@code n} and its noun, with an irregular plural ("1 battery", "2 batteries"). */
    public static String count(long n, String singular, String plural) {
        return grouped(n) + " " + (n == 1 ? singular : plural);
    }

    /** A whole number with thousands separators: "1,625". */
    public static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** {@code v} with {@code decimals} fixed decimals and thousands separators: "1,381,252.1"; "-0.0" is written "0.0". */
    public static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return NOT_AVAILABLE;
        }
        String s = String.format(Locale.ROOT, "%,." + decimals + "f", v);
        return s.startsWith("-") && s.chars().noneMatch(c -> c >= '1' && c <= '9') ? s.substring(1) : s;
    }

    /**
     * Three significant figures with thousands separators: 8,672 (numbers below a million keep
     * their integer digits), 49.8, 0.00249; zero is "0"; a million and above, and below 1e-4, in
     * e-notation (1.13e11, 4.11e23).
     */
    public static String significant(double v) {
        if (!Double.isFinite(v)) {
            return NOT_AVAILABLE;
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e6 || a < 1e-4) {
            BigDecimal bd = new BigDecimal(v).round(new MathContext(SIGNIFICANT, RoundingMode.HALF_EVEN));
            int exp = bd.precision() - bd.scale() - 1;
            return bd.movePointLeft(exp).stripTrailingZeros().toPlainString() + "e" + exp;
        }
        int decimals = Math.max(0, SIGNIFICANT - 1 - (int) Math.floor(Math.log10(a)));
        // 99.96 rounds to 100.0 at one decimal: take the decimals of the rounded magnitude
        double rounded = BigDecimal.valueOf(a).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
        decimals = Math.max(0, SIGNIFICANT - 1 - (int) Math.floor(Math.log10(rounded)));
        return fixed(v, decimals);
    }

    /** A fraction as a percentage: "99.6 %", "0.25 %" below one percent, "0 %" for zero. */
    public static String percent(double fraction) {
        if (!Double.isFinite(fraction)) {
            return NOT_AVAILABLE;
        }
        double p = 100 * fraction;
        if (p == 0) {
            return "0 %";
        }
        int decimals = Math.abs(p) < 1 ? 2 : 1;
        if (p != 100 && Math.abs(Math.abs(p) - 100) < 0.05) {
            decimals = 2; // 99.96 % is not "100.0 %": a share next to its losses must not round them away
        }
        return fixed(p, decimals) + " %";
    }

    /** A mass: "27 kg", "2,117 kg", "3,260 t" (kg up to 10 t, tonnes above, both with separators). */
    public static String mass(double kg) {
        if (!Double.isFinite(kg)) {
            return NOT_AVAILABLE;
        }
        return Math.abs(kg) >= TONNES_FROM_KG ? significantWhole(kg / 1000) + " t" : significantWhole(kg) + " kg";
    }

    /** A power with an SI prefix: "945 W", "2.17 MW", "1.2 GW". */
    public static String power(double watts) {
        return prefixed(watts, "W");
    }

    /** An energy in watt-hours with an SI prefix: "620 Wh", "49.8 MWh". */
    public static String energy(double joules) {
        return prefixed(joules / 3600, "Wh");
    }

    /** An area: "6.2 m2", "10,466 m2", "1.2 km2" (from 1 km2). */
    public static String area(double m2) {
        if (!Double.isFinite(m2)) {
            return NOT_AVAILABLE;
        }
        return Math.abs(m2) >= 1e6 ? significant(m2 / 1e6) + " km2" : significantWhole(m2) + " m2";
    }

    /** Three significant figures, but never rounding away integer digits shown with separators (2,117, not 2,120). */
    private static String significantWhole(double v) {
        return Math.abs(v) >= 100 ? fixed(v, 0) : significant(v);
    }

    private static final String[] PREFIXES = {"", "k", "M", "G", "T", "P", "E"};

    private static String prefixed(double v, String unit) {
        if (!Double.isFinite(v)) {
            return NOT_AVAILABLE;
        }
        int i = 0;
        double scaled = v;
        // 999.6 W reads 1.00 kW, not 1,000 W
        while (i < PREFIXES.length - 1 && Math.abs(scaled) >= 999.5) {
            scaled /= 1000;
            i++;
        }
        return significant(scaled) + " " + PREFIXES[i] + unit;
    }
}
