package io.orbitdc.core.economics;

/**
 * Discounting: the capital recovery factor that turns a capital cost into a level yearly
 * payment over its life, and the annuity factor that turns a level yearly cost into a present
 * value. At a zero rate both reduce to straight-line arithmetic. ref: grant-ireson-1990 (engineering economy)
 *
 * <p>Validity: rate in [0, 1), lives in years above 0 (fractional lives are allowed).
 */
public record Financing(double discountRate) {

    public Financing {
        if (!(discountRate >= 0 && discountRate < 1)) {
            throw new IllegalArgumentException("discount rate " + discountRate + " out of range; expected [0, 1)");
        }
    }

    /** CRF = r(1+r)^n / ((1+r)^n − 1); 1/n at r = 0. */
    public double capitalRecoveryFactor(double lifeYears) {
        requirePositive(lifeYears);
        if (discountRate == 0) {
            return 1.0 / lifeYears;
        }
        double g = Math.pow(1 + discountRate, lifeYears);
        return discountRate * g / (g - 1);
    }

    /** Present value of 1 USD a year for n years: (1 − (1+r)^−n) / r; n at r = 0. */
    public double annuityFactor(double years) {
        requirePositive(years);
        if (discountRate == 0) {
            return years;
        }
        return (1 - Math.pow(1 + discountRate, -years)) / discountRate;
    }

    private static void requirePositive(double years) {
        if (!(years > 0) || !Double.isFinite(years)) {
            throw new IllegalArgumentException("a life of " + years + " years; expected a positive number of years");
        }
    }
}
