package io.orbitdc.core.economics;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;

/**
 * The launch price at which orbit and ground cost the same per GPU-hour: the root of
 * space(p) − ground over a price range, found with a bracketing Brent solver (Hipparchus). If
 * the difference does not change sign in the range the answer is "none in range", with the
 * reason (orbit dearer even with free launch, or cheaper even at the top of the range).
 *
 * @param launchUsdPerKg the crossover price, if it lies in the range
 * @param note           how the answer came about
 */
public record Crossover(OptionalDouble launchUsdPerKg, double lowUsdPerKg, double highUsdPerKg, String note) {

    /** Default search range: free launch to the Space Shuttle's ~$65,000/kg. ref: csis-launch-costs */
    public static final double LOW = 0.0;
    public static final double HIGH = 70_000.0;

    /**
     * The root of {@code spaceMinusGround} (the orbit/ground ratio minus one) in [low, high]; the
     * note of a "none" answer gives the ratio at the end of the range where it was decided.
     */
    static Crossover find(DoubleUnaryOperator spaceMinusGround, double low, double high) {
        double atLow = spaceMinusGround.applyAsDouble(low);
        double atHigh = spaceMinusGround.applyAsDouble(high);
        if (atLow > 0) {
            return new Crossover(OptionalDouble.empty(), low, high, String.format(Locale.ROOT,
                    "none in range: orbit costs more than ground even at $%.0f/kg launch (%.2fx ground there)", low,
                    1 + atLow));
        }
        if (atHigh < 0) {
            return new Crossover(OptionalDouble.empty(), low, high, String.format(Locale.ROOT,
                    "none in range: orbit costs less than ground even at $%,.0f/kg launch (%.2fx ground there)", high,
                    1 + atHigh));
        }
        try {
            double root = new BracketingNthOrderBrentSolver(1e-6, 1e-9, 5)
                    .solve(200, spaceMinusGround::applyAsDouble, low, high);
            return new Crossover(OptionalDouble.of(root), low, high, String.format(Locale.ROOT,
                    "orbit and ground cost the same per GPU-hour at $%,.0f/kg launch", root));
        } catch (MathIllegalArgumentException | MathIllegalStateException e) {
            return new Crossover(OptionalDouble.empty(), low, high, "no crossover found: " + e.getMessage());
        }
    }
}
