package io.orbitdc.core.units;

import java.util.List;

/**
 * Which prefixes a unit symbol accepts. Small prefixes on bits, bytes and operations are refused so
 * that e.g. {@code mb} is not silently read as a millibit.
 */
enum UnitPrefixes {
    /** No prefix at all (min, h, d, ft, USD, C ...). */
    NONE(List.of()),
    /** SI prefixes p n u µ μ m c k M G T P E. */
    METRIC(List.of("p", "n", "u", "µ", "μ", "m", "c", "k", "M", "G", "T", "P", "E")),
    /** Only multiples k M G T P E (operations). */
    LARGE(List.of("k", "M", "G", "T", "P", "E")),
    /** Multiples k..E plus the IEC binary prefixes Ki Mi Gi Ti Pi Ei (bits, bytes, bit rates). */
    DATA(List.of("Ki", "Mi", "Gi", "Ti", "Pi", "Ei", "k", "M", "G", "T", "P", "E"));

    private final List<String> symbols;

    UnitPrefixes(List<String> symbols) {
        this.symbols = symbols;
    }

    List<String> symbols() {
        return symbols;
    }

    boolean allows(String prefix) {
        return symbols.contains(prefix);
    }

    /** All prefix symbols any set knows, two-letter ones first so "Gi" is tried before "G". */
    static final List<String> ALL = List.of("Ki", "Mi", "Gi", "Ti", "Pi", "Ei",
            "p", "n", "u", "µ", "μ", "m", "c", "k", "M", "G", "T", "P", "E");

    // ref: bipm-si-brochure-2019 table 7 (SI prefixes); iec-80000-13-2008 (binary prefixes)
    static double factor(String prefix) {
        return switch (prefix) {
            case "p" -> 1e-12;
            case "n" -> 1e-9;
            case "u", "µ", "μ" -> 1e-6;
            case "m" -> 1e-3;
            case "c" -> 1e-2;
            case "k" -> 1e3;
            case "M" -> 1e6;
            case "G" -> 1e9;
            case "T" -> 1e12;
            case "P" -> 1e15;
            case "E" -> 1e18;
            case "Ki" -> 0x1p10;
            case "Mi" -> 0x1p20;
            case "Gi" -> 0x1p30;
            case "Ti" -> 0x1p40;
            case "Pi" -> 0x1p50;
            case "Ei" -> 0x1p60;
            default -> throw new IllegalArgumentException("not a prefix: " + prefix);
        };
    }
}
