package io.orbitdc.core.study;

import io.orbitdc.core.scenario.Scenario;
import io.orbitdc.core.scenario.ScenarioCatalogs;
import io.orbitdc.core.scenario.ScenarioLoader;
import java.nio.file.Path;

/**
 * The one entry point front ends call: load a scenario, then run the stages on it. Holds the
 * catalogs (read once) and nothing mutable.
 */
public final class Pipeline {

    private final ScenarioCatalogs catalogs;

    public Pipeline(ScenarioCatalogs catalogs) {
        this.catalogs = catalogs;
    }

    /** A pipeline over the catalogs shipped on the classpath. */
    public static Pipeline standard() {
        return new Pipeline(ShippedCatalogs.load());
    }

    public ScenarioCatalogs catalogs() {
        return catalogs;
    }

    public Scenario load(Path file) {
        return new ScenarioLoader(catalogs).load(file);
    }

    /** {@code file} with {@code overrides} applied before binding (errors about them name {@code --set PATH}). */
    public Scenario load(Path file, io.orbitdc.core.scenario.Overrides overrides) {
        return new ScenarioLoader(catalogs).load(file, overrides);
    }
}
