package io.orbitdc.core.study;

import io.orbitdc.core.scenario.Scenario;
import io.orbitdc.core.scenario.ScenarioCatalogs;
import io.orbitdc.core.scenario.ScenarioLoader;
import java.nio.file.Path;

/**
 * Loads scenario files against one set of catalogs (read once; nothing mutable): what
 * {@link Study} and this package's tests use. Not an entry point: front ends call {@link Study}.
 */
final class Pipeline {

    private final ScenarioCatalogs catalogs;

    Pipeline(ScenarioCatalogs catalogs) {
        this.catalogs = catalogs;
    }

    /** A pipeline over the catalogs shipped on the classpath. */
    static Pipeline standard() {
        return new Pipeline(ShippedCatalogs.load());
    }

    ScenarioCatalogs catalogs() {
        return catalogs;
    }

    Scenario load(Path file) {
        return new ScenarioLoader(catalogs).load(file);
    }

    /** {@code file} with {@code overrides} applied before binding (errors about them name {@code --set PATH}). */
    Scenario load(Path file, io.orbitdc.core.scenario.Overrides overrides) {
        return new ScenarioLoader(catalogs).load(file, overrides);
    }
}
