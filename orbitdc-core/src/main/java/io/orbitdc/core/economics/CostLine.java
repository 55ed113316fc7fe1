package io.orbitdc.core.economics;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One line item of a cost breakdown, in nominal USD over the comparison horizon, with the
 * life over which it is recovered (for levelizing) and a short statement of its basis.
 *
 * <p>Immutable value with the accessors and equality of a record. The basis text may be given as
 * a formatter that runs only when {@link #basis()} is first read: a sweep costs thousands of
 * scenarios and prints none of these lines, and formatting them (locale-aware
 * {@code String.format} with grouping) was a third of a size + cost point.
 */
public final class CostLine {

    private final String name;
    private final double usd;
    private final double annualUsd;
    private final Supplier<String> formatter;
    /** The formatted basis once read; a benign race (every thread formats the same string). */
    private String basis;

    /**
     * @param name       the line's name
     * @param usd        nominal cost charged to the horizon (a capital item with a life longer than
     *                   the horizon is charged pro rata)
     * @param annualUsd  the levelized yearly cost of this line at the discount rate
     * @param basis      how the number was formed, e.g. "5,184 x $27,500"
     */
    public CostLine(String name, double usd, double annualUsd, String basis) {
        this(name, usd, annualUsd, basis, null);
    }

    /** As {@link #CostLine(String, double, double, String)}, the basis formatted when first read. */
    public CostLine(String name, double usd, double annualUsd, Supplier<String> basis) {
        this(name, usd, annualUsd, null, Objects.requireNonNull(basis, "basis"));
    }

    private CostLine(String name, double usd, double annualUsd, String basis, Supplier<String> formatter) {
        this.name = name;
        this.usd = usd;
        this.annualUsd = annualUsd;
        this.basis = basis;
        this.formatter = formatter;
    }

    public String name() {
        return name;
    }

    public double usd() {
        return usd;
    }

    public double annualUsd() {
        return annualUsd;
    }

    public String basis() {
        String b = basis;
        if (b == null && formatter != null) {
            b = formatter.get();
            basis = b;
        }
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CostLine l && Objects.equals(name, l.name) && Double.compare(usd, l.usd) == 0
                && Double.compare(annualUsd, l.annualUsd) == 0 && Objects.equals(basis(), l.basis());
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, usd, annualUsd, basis());
    }

    @Override
    public String toString() {
        return "CostLine[name=" + name + ", usd=" + usd + ", annualUsd=" + annualUsd + ", basis=" + basis() + "]";
    }
}
