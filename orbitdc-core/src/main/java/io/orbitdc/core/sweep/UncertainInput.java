package io.orbitdc.core.sweep;

import io.orbitdc.core.catalog.Confidence;

/**
 * One input a random design draws: the scenario path it overrides, its nominal value (in
 * {@code unit}, the unit its text is written in), the grade of the catalog row it comes from, the
 * relative spread (the 90 % interval is nominal ÷ (1+spread) … nominal × (1+spread)) and the
 * physical bounds the draw is clamped to (an emissivity stays ≤ 1, a PUE ≥ 1).
 */
public record UncertainInput(String path, double nominal, String unit, Confidence grade, double spread,
                             double min, double max, String source) {

    /** The column holding the drawn value: {@code draw.PATH}. */
    public String column() {
        return "draw." + path;
    }

    /** The value at standard normal quantile {@code z}: lognormal about the nominal, clamped to the bounds. */
    public double valueAt(double z) {
        double sigma = Math.log1p(spread) / GradeSpreads.Z90;
        return Math.min(max, Math.max(min, nominal * Math.exp(sigma * z)));
    }

    /** {@code value} as scenario text in this input's unit. */
    public String text(double value) {
        String n = Double.toString(value);
        return unit.isEmpty() ? n : n + " " + unit;
    }

    public UncertainInput withSpread(double newSpread) {
        return new UncertainInput(path, nominal, unit, grade, newSpread, min, max, source);
    }
}
