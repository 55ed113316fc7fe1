package io.orbitdc.core.economics;

/**
 * Spares flown so that failing hardware that cannot be repaired still delivers its nameplate on
 * average over the mission: with failures at a constant rate λ, the surviving fraction averaged
 * over a life L is (1 − e^(−λL)) / (λL), and the spares needed are its inverse minus one. The
 * inverse itself, λL / (1 − e^(−λL)), is Turyshev's lifetime penalty (ref: turyshev-2026: 1.2707
 * at λ = 0.1/yr over 5 years).
 *
 * <p>At λ = 9 %/yr (Meta's Llama 3 H100 cluster, ref: forethought-2026) over 5 years this is 24 %,
 * close to SemiAnalysis' 20 % spares in orbit (ref: semianalysis-2026).
 */
public final class SpareAllowance {

    private SpareAllowance() {
    }

    /** Spares as a fraction of the units flown, for failures at {@code failureRatePerYear} over {@code years}. */
    public static double fraction(double failureRatePerYear, double years) {
        double x = failureRatePerYear * years;
        if (x < 1e-9) {
            return x / 2;
        }
        double meanSurviving = (1 - Math.exp(-x)) / x;
        return 1 / meanSurviving - 1;
    }
}
