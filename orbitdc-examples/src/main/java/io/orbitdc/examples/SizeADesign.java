package io.orbitdc.examples;

import io.orbitdc.core.sizing.SizingResult;
import io.orbitdc.core.report.SizingReport;
import io.orbitdc.core.study.Study;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Sizes a design from a scenario file with the {@link Study} API — what {@code orbitdc size} does —
 * and prints the budgets an engineer looks at first: which constraint binds, the satellite's mass
 * split, and the fleet.
 *
 * <p>Run: {@code java -cp ... io.orbitdc.examples.SizeADesign scenarios/suncatcher-like.yaml}
 */
public final class SizeADesign {

    private SizeADesign() {
    }

    public static void main(String[] args) {
        run(Path.of(args.length > 0 ? args[0] : "scenarios/suncatcher-like.yaml"), System.out);
    }

    static SizingResult run(Path scenario, PrintStream out) {
        SizingReport report = Study.load(scenario).size();
        SizingResult r = report.primary().result();
        out.printf(Locale.ROOT, "%s: %d satellites, %,d accelerators, %.2f MW of IT%n", report.scenario().name(),
                r.fleet().satellites(), r.fleet().accelerators(), r.fleet().itPowerW() / 1e6);
        out.printf(Locale.ROOT, "binding constraint: %s%s%n", r.binding().kind(),
                r.binding().violation() ? " (violated)" : "");
        out.printf(Locale.ROOT, "satellite %.0f kg: array %.0f, battery %.0f, radiators %.0f, compute %.0f, structure %.0f%n",
                r.mass().totalKg(), r.mass().solarArrayKg(), r.mass().batteryKg(), r.mass().radiatorKg(),
                r.mass().computeKg(), r.mass().structureKg());
        out.printf(Locale.ROOT, "%.1f W of IT per kg; radiation %.0f rad/yr (band %.0f-%.0f)%n", r.itSpecificPowerWPerKg(),
                r.radiation().dose().central(), r.radiation().dose().low(), r.radiation().dose().high());
        return r;
    }
}
