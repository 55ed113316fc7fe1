package io.orbitdc.examples;

import io.orbitdc.core.scenario.Overrides;
import io.orbitdc.core.scenario.ScenarioDocument;
import io.orbitdc.core.scenario.ScenarioLoader;
import io.orbitdc.core.study.ShippedCatalogs;
import io.orbitdc.core.study.Study;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The orbit/ground cost ratio of a scenario at five launch prices, through the {@link Study} API with
 * {@link Overrides} (what {@code orbitdc cost FILE --set launch.pricePerKg=...} does, in one JVM):
 * the scenario file and the catalogs are read once, each price is one override.
 *
 * <p>Run: {@code java -cp ... io.orbitdc.examples.SweepLaunchPrice [scenarios/suncatcher-like.yaml]}
 */
public final class SweepLaunchPrice {

    private SweepLaunchPrice() {
    }

    /** The launch prices swept. */
    static final List<String> PRICES = List.of("20 USD/kg", "100 USD/kg", "500 USD/kg", "1500 USD/kg", "3600 USD/kg");

    public static void main(String[] args) {
        run(Path.of(args.length > 0 ? args[0] : "scenarios/suncatcher-like.yaml"), System.out);
    }

    /** @return the orbit/ground ratio at each of {@link #PRICES} */
    static double[] run(Path file, PrintStream out) {
        ShippedCatalogs catalogs = ShippedCatalogs.load();
        ScenarioDocument document = ScenarioLoader.read(file); // read once, bound once per price
        out.println("launch price    orbit/ground cost ratio (" + file.getFileName() + ")");
        double[] ratios = new double[PRICES.size()];
        for (int i = 0; i < PRICES.size(); i++) {
            Study study = Study.of(document, catalogs, Overrides.none().with("launch.pricePerKg", PRICES.get(i)));
            ratios[i] = study.cost().comparison().spaceToGroundRatio();
            out.printf(Locale.ROOT, "%-14s  %.3f%n", PRICES.get(i), ratios[i]);
        }
        return ratios;
    }
}
