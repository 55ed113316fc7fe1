package io.orbitdc.core.scaleout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The scale-out engines on the classpath ({@link ServiceLoader}); none unless a module such as orbitdc-spark is there. */
public final class ScaleOutEngines {

    private ScaleOutEngines() {
    }

    /** The engine called {@code name}, if its module is on the classpath. */
    public static Optional<ScaleOutEngine> find(String name) {
        for (ScaleOutEngine e : ServiceLoader.load(ScaleOutEngine.class, ScaleOutEngines.class.getClassLoader())) {
            if (e.name().equals(name)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The names of the engines on the classpath, in discovery order. */
    public static List<String> names() {
        List<String> out = new ArrayList<>();
        ServiceLoader.load(ScaleOutEngine.class, ScaleOutEngines.class.getClassLoader()).forEach(e -> out.add(e.name()));
        return out;
    }
}
