package io.orbitdc.core.units;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads quantities written in scenario files, such as {@code 650 km}, {@code 45 C}, {@code 0.04 USD/kWh}
 * or {@code 150 rad/yr}, into SI values. Grammar: {@code <number> [<unit-expression>]}, see
 * {@link NumberLiteral}, {@link UnitExpression} and docs/models/units.md. A bare number is taken in SI
 * units of the expected dimension (kelvin for a temperature). The symbols {@code rad} (angle or dose) and
 * {@code g} (gram or standard gravity) are resolved to the meaning that gives the expected dimension;
 * without an expectation, angle and gram. Absolute temperature scales (C, °C, degC, F, °F, degF) are
 * accepted only as the whole unit, never inside a compound unit.
 *
 * <p>Every failure, for any string including null, is a {@link QuantityFormatException}. Inputs longer
 * than {@value #MAX_LENGTH} characters are refused at once. Immutable, thread-safe, cheap to construct.
 */
public final class QuantityParser {

    /** Longer texts are never a quantity in a scenario file; refusing them keeps parsing bounded. */
    public static final int MAX_LENGTH = 200;
    /** Beyond this many ambiguous symbols only the default meanings are tried. */
    private static final int MAX_AMBIGUOUS = 8;

    private final UnitSymbols symbols = new UnitSymbols();

    public QuantityParser() {
        // the symbol table is built per instance; it is small and immutable
    }

    /**
     * Parses a quantity that must have the expected dimension and returns its SI value.
     *
     * @throws QuantityFormatException if the text is not a finite quantity of that dimension
     * @throws NullPointerException    if expected is null (a programming error, not bad input)
     */
    public double parse(String text, Dimension expected) {
        Objects.requireNonNull(expected, "expected dimension");
        Rejection rejection = Rejection.of(text, expected);
        Quantity q = read(text, expected, rejection);
        if (!q.dimension().equals(expected)) {
            throw rejection.wrongDimension(q.dimension());
        }
        return q.valueSi();
    }

    /** Parses a quantity of any dimension; the dimension comes from the unit, a bare number is dimensionless. */
    public Quantity parse(String text) {
        return read(text, null, Rejection.of(text, null));
    }

    private Quantity read(String text, Dimension expected, Rejection rejection) {
        if (text == null || text.length() > MAX_LENGTH) {
            throw rejection.notValid();
        }
        String trimmed = trim(text);
        NumberLiteral number = NumberLiteral.scan(trimmed);
        if (!number.found()) {
            throw rejection.notValid();
        }
        String unitText = trimmed.substring(number.end());
        if (unitText.isEmpty()) {
            if (!Double.isFinite(number.value())) {
                throw rejection.notFinite();
            }
            return new Quantity(number.value(), expected == null ? Dimension.DIMENSIONLESS : expected);
        }
        boolean attached = !UnitExpression.isSpace(unitText.charAt(0));
        List<UnitExpression.Factor> factors = UnitExpression.parse(unitText, symbols, rejection);
        if (!Double.isFinite(number.value())) {
            throw rejection.notFinite();
        }
        List<List<Unit>> meanings = new ArrayList<>();
        for (UnitExpression.Factor f : factors) {
            List<Unit> units = symbols.resolve(f.symbol());
            if (units.isEmpty()) {
                // "65O km": a letter glued to the digits with more units after it is a broken number
                boolean brokenNumber = attached && f == factors.get(0) && factors.size() > 1;
                throw brokenNumber ? rejection.notValid() : rejection.unknownUnit(f.symbol());
            }
            meanings.add(units);
        }
        return combine(number.value(), factors, meanings, expected, rejection);
    }

    private static Quantity combine(double number, List<UnitExpression.Factor> factors, List<List<Unit>> meanings,
                                    Dimension expected, Rejection rejection) {
        List<Unit> chosen = choose(factors, meanings, expected);
        Unit single = chosen.get(0);
        if (chosen.size() == 1 && factors.get(0).exponent() == 1 && single.hasOffset()) {
            return finite(number * single.scale() + single.offset(), single.dimension(), rejection);
        }
        double value = number;
        for (int i = 0; i < chosen.size(); i++) {
            Unit u = chosen.get(i);
            if (u.hasOffset()) {
                throw rejection.temperatureScaleInCompound(u.symbol());
            }
            value *= Math.pow(u.scale(), factors.get(i).exponent());
        }
        return finite(value, dimensionOf(factors, chosen), rejection);
    }

    /**
     * Picks one meaning per factor: the first combination (defaults first) whose dimension is the
     * expected one, else all defaults.
     */
    private static List<Unit> choose(List<UnitExpression.Factor> factors, List<List<Unit>> meanings,
                                     Dimension expected) {
        List<Unit> defaults = meanings.stream().map(m -> m.get(0)).toList();
        long ambiguous = meanings.stream().filter(m -> m.size() > 1).count();
        if (expected == null || ambiguous == 0 || ambiguous > MAX_AMBIGUOUS) {
            return defaults;
        }
        int combinations = 1;
        for (List<Unit> m : meanings) {
            combinations *= m.size();
        }
        for (int c = 0; c < combinations; c++) {
            List<Unit> pick = new ArrayList<>();
            int rest = c;
            for (List<Unit> m : meanings) {
                pick.add(m.get(rest % m.size()));
                rest /= m.size();
            }
            if (dimensionOf(factors, pick).equals(expected)) {
                return pick;
            }
        }
        return defaults;
    }

    private static Dimension dimensionOf(List<UnitExpression.Factor> factors, List<Unit> units) {
        Dimension d = Dimension.DIMENSIONLESS;
        for (int i = 0; i < units.size(); i++) {
            d = d.times(units.get(i).dimension().pow(factors.get(i).exponent()));
        }
        return d;
    }

    private static Quantity finite(double valueSi, Dimension d, Rejection rejection) {
        if (!Double.isFinite(valueSi)) {
            throw rejection.notFinite();
        }
        return new Quantity(valueSi, d);
    }

    /** Whether {@code text} is a plain number with no unit, which {@link #parse} reads in SI. */
    public static boolean isBareNumber(String text) {
        if (text == null) {
            return false;
        }
        String t = trim(text);
        NumberLiteral number = NumberLiteral.scan(t);
        return number.found() && number.end() == t.length();
    }

    private static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && UnitExpression.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && UnitExpression.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }
}
