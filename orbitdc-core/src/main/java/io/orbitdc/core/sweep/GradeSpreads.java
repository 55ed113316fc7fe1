package io.orbitdc.core.sweep;

import io.orbitdc.core.catalog.Confidence;
import java.util.EnumMap;
import java.util.Map;

/**
 * The default relative spread of a catalog value by its confidence grade (docs/sweeps.md says why):
 * P (primary source) ±5 %, S (secondary report) ±15 %, D (derived by arithmetic) ±30 %,
 * U (unverified or estimate) ±50 %, each the half-width of a 90 % interval of a lognormal about the
 * catalog value. A sweep file may change any of them ({@code random.grades}).
 */
public record GradeSpreads(Map<Confidence, Double> spreads) {

    /** The standard normal quantile of 95 %: a 90 % two-sided interval is ±Z90 sigma. */
    static final double Z90 = 1.6448536269514722;

    public GradeSpreads {
        spreads = Map.copyOf(spreads);
    }

    public static GradeSpreads defaults() {
        Map<Confidence, Double> m = new EnumMap<>(Confidence.class);
        m.put(Confidence.PRIMARY, 0.05);
        m.put(Confidence.SECONDARY, 0.15);
        m.put(Confidence.DERIVED, 0.30);
        m.put(Confidence.UNVERIFIED, 0.50);
        return new GradeSpreads(m);
    }

    public double of(Confidence grade) {
        return spreads.get(grade);
    }

    public GradeSpreads with(Confidence grade, double spread) {
        Map<Confidence, Double> m = new EnumMap<>(spreads);
        m.put(grade, spread);
        return new GradeSpreads(m);
    }
}
