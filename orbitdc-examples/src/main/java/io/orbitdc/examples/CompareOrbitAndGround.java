package io.orbitdc.examples;

import io.orbitdc.core.report.CostReport;
import io.orbitdc.core.economics.CostComparison;
import io.orbitdc.core.study.CostStage;
import io.orbitdc.core.study.Study;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Costs a design in orbit and on the ground with the {@link Study} API — what {@code orbitdc cost}
 * does — and prints the answer, the launch price at which orbit would break even (if any) and
 * the three inputs that move the ratio most.
 *
 * <p>Run: {@code java -cp ... io.orbitdc.examples.CompareOrbitAndGround scenarios/starcloud-40mw.yaml}
 */
public final class CompareOrbitAndGround {

    private CompareOrbitAndGround() {
    }

    public static void main(String[] args) {
        run(Path.of(args.length > 0 ? args[0] : "scenarios/starcloud-40mw.yaml"), System.out);
    }

    static CostComparison run(Path scenario, PrintStream out) {
        CostReport report = Study.load(scenario).cost();
        CostComparison c = report.comparison();
        out.printf(Locale.ROOT, "orbit $%.2f vs ground $%.2f per GPU-hour: ratio %.2f%n", c.space().usdPerGpuHour(),
                c.ground().usdPerGpuHour(), c.spaceToGroundRatio());
        out.println(c.crossover().launchUsdPerKg().isPresent()
                ? String.format(Locale.ROOT, "orbit breaks even at $%.0f/kg of launch", c.crossover().launchUsdPerKg().getAsDouble())
                : "no break-even launch price: " + c.crossover().note());
        c.sensitivity().stream().limit(3).forEach(bar -> out.println("driver: " + bar));
        return c;
    }
}
