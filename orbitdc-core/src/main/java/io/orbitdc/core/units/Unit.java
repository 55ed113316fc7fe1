package io.orbitdc.core.units;

/**
 * One meaning of a unit symbol: {@code valueSi = value * scale + offset}. Only the absolute
 * temperature scales (C, F) have a non-zero offset; they are accepted only as a whole expression.
 */
record Unit(String symbol, double scale, double offset, Dimension dimension) {

    static Unit of(String symbol, double scale, Dimension dimension) {
        return new Unit(symbol, scale, 0.0, dimension);
    }

    boolean hasOffset() {
        return offset != 0.0;
    }

    Unit withPrefix(String prefix, double factor) {
        return new Unit(prefix + symbol, scale * factor, offset, dimension);
    }
}
