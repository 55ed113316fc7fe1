package io.orbitdc.core.units;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Regular expressions (ECMA-262 and java.util.regex alike) for the quantity texts the scenario
 * grammar accepts for one dimension, generated from the same symbol table {@link QuantityParser}
 * reads, for the JSON Schema an editor checks scenario files with.
 *
 * <p>The pattern covers the unit forms scenario files write: one symbol with an exponent
 * ({@code km}, {@code m2}, {@code m^3}), a quotient of two ({@code W/m2}, {@code USD/kWh},
 * {@code %/K}), a reciprocal ({@code /K}) and a product of two ({@code kg*m^-3}, {@code N m}), each
 * with the prefixes its symbol takes and exponents up to 3. Longer chains ({@code kg m/s2}) are read
 * by the parser but not matched here: the schema is an editor's first check, {@code orbitdc
 * validate} the complete one. Immutable; no state.
 */
public final class UnitPattern {

    private static final int MAX_EXPONENT = 3;
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /** The number grammar of {@link NumberLiteral}: sign, digits with single '_' separators, fraction, exponent. */
    public static final String NUMBER =
            "[+\\-−]?(?:\\d(?:_?\\d)*(?:\\.(?:\\d(?:_?\\d)*)?)?|\\.\\d(?:_?\\d)*)(?:[eE][+\\-−]?\\d+)?";

    private static final UnitSymbols SYMBOLS = new UnitSymbols();

    private UnitPattern() {
    }

    /**
     * A whole-string pattern for a quantity of {@code dimension}: a number, then a unit of that
     * dimension; with {@code unitOptional} a bare number (read in SI) also matches.
     */
    public static String quantity(Dimension dimension, boolean unitOptional) {
        String unit = unit(dimension);
        if (unit.isEmpty()) {
            return "^\\s*" + NUMBER + "\\s*$";
        }
        return "^\\s*" + NUMBER + "(?:\\s*(?:" + unit + "))" + (unitOptional ? "?" : "") + "\\s*$";
    }

    /** An alternation of the unit expressions of {@code dimension}; empty when the table has none. */
    public static String unit(Dimension dimension) {
        Map<Dimension, String> whole = tokens(true);
        Set<String> forms = new LinkedHashSet<>();
        for (Map.Entry<Dimension, String> a : whole.entrySet()) {
            for (int ea = 1; ea <= MAX_EXPONENT; ea++) {
                // C and F stand only alone with exponent 1, as the parser reads them
                String token = ea == 1 ? a.getValue() : COMPOUND.get(a.getKey());
                boolean squaredPercent = ea > 1 && a.getKey().equals(Dimension.DIMENSIONLESS);
                if (token != null && !squaredPercent && a.getKey().pow(ea).equals(dimension)) {
                    forms.add(token + exponent(ea));
                }
            }
        }
        if (!dimension.equals(Dimension.DIMENSIONLESS)) {
            compounds(dimension, forms);
        }
        return forms.stream().map(f -> "(?:" + f + ")").collect(Collectors.joining("|"));
    }

    /** Quotients, products and reciprocals of two symbols of different dimensions ({@code W/m2}, {@code N m}, {@code %/K}). */
    private static void compounds(Dimension dimension, Set<String> forms) {
        String sep = "(?:\\s*[*·⋅]\\s*|\\s+)";
        String over = "\\s*/\\s*";
        for (Map.Entry<Dimension, String> a : COMPOUND.entrySet()) {
            for (Map.Entry<Dimension, String> b : COMPOUND.entrySet()) {
                if (a.getKey().equals(b.getKey()) || b.getKey().equals(Dimension.DIMENSIONLESS)) {
                    continue;
                }
                for (int ea = 1; ea <= MAX_EXPONENT; ea++) {
                    for (int eb = -MAX_EXPONENT; eb <= MAX_EXPONENT; eb++) {
                        if (eb == 0 || !a.getKey().pow(ea).times(b.getKey().pow(eb)).equals(dimension)) {
                            continue;
                        }
                        if (a.getKey().equals(Dimension.DIMENSIONLESS)) {
                            // "%/K", or just "/K"
                            if (ea == 1 && eb < 0) {
                                forms.add("(?:" + a.getValue() + ")?" + over + b.getValue() + exponent(-eb));
                            }
                            continue;
                        }
                        if (eb < 0) {
                            forms.add(a.getValue() + exponent(ea) + over + b.getValue() + exponent(-eb));
                        }
                        forms.add(a.getValue() + exponent(ea) + sep + b.getValue() + exponent(eb));
                    }
                }
            }
        }
    }

    /** Symbols that may stand inside a compound unit: all but the offset temperature scales. */
    private static final Map<Dimension, String> COMPOUND = tokens(false);

    /** Per dimension, one alternation of every symbol with the prefixes it takes, longest first. */
    private static Map<Dimension, String> tokens(boolean withOffsetScales) {
        Map<Dimension, Map<List<String>, List<String>>> byDimension = new TreeMap<>(Comparator.comparing(Dimension::toString));
        for (UnitSymbols.Spelling s : SYMBOLS.spellings()) {
            if (s.offset() && !withOffsetScales) {
                continue;
            }
            byDimension.computeIfAbsent(s.dimension(), d -> new TreeMap<>(Comparator.comparing(List::toString)))
                    .computeIfAbsent(s.prefixes(), p -> new ArrayList<>()).add(s.symbol());
        }
        Map<Dimension, String> out = new TreeMap<>(Comparator.comparing(Dimension::toString));
        byDimension.forEach((d, groups) -> {
            List<String> parts = new ArrayList<>();
            groups.forEach((prefixes, symbols) -> {
                String syms = alternation(symbols);
                parts.add(prefixes.isEmpty() ? syms : "(?:" + alternation(prefixes) + ")?" + syms);
            });
            out.put(d, "(?:" + String.join("|", parts) + ")");
        });
        return Collections.unmodifiableMap(out);
    }

    private static String alternation(List<String> words) {
        return words.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(UnitPattern::escape).collect(Collectors.joining("|", "(?:", ")"));
    }

    private static String escape(String literal) {
        StringBuilder out = new StringBuilder();
        for (char c : literal.toCharArray()) {
            if ("\\^$.|?*+()[]{}/".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** How an exponent may be written: {@code 2}, {@code ^2}, {@code ^+2}, {@code ²}; negative with '-', '−' or '⁻'. */
    private static String exponent(int e) {
        if (e == 1) {
            return "";
        }
        String digits = Integer.toString(Math.abs(e));
        String sup = Character.toString(SUPERSCRIPTS.charAt(Math.abs(e)));
        if (e > 0) {
            return "(?:\\^\\+?" + digits + "|" + digits + "|" + sup + ")";
        }
        return "(?:\\^?[\\-−]" + digits + "|⁻" + sup + ")";
    }
}
