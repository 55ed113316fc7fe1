package io.orbitdc.core.units;

import java.util.Objects;

/**
 * A value in SI base units together with its dimension, e.g. 650000 of {@link Dimension#LENGTH} for
 * "650 km". Temperatures are absolute kelvin. The value may be any double, including non-finite ones,
 * but {@link QuantityParser} only ever produces finite values.
 */
public record Quantity(double valueSi, Dimension dimension) {

    public Quantity {
        Objects.requireNonNull(dimension, "dimension");
    }

    @Override
    public String toString() {
        return Double.isFinite(valueSi) ? QuantityFormatter.format(valueSi, dimension)
                : valueSi + " " + dimension.siUnit();
    }
}
