package io.orbitdc.core.sweep;

import java.util.Locale;
import java.util.Optional;

/** A verb a sweep runs at every point; its name prefixes the point's output columns. */
public enum Stage {
    SIZE, LAUNCH, COST, SIMULATE;

    /** The name in the sweep file and in column names: {@code size}, {@code cost}, ... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Stage> of(String key) {
        for (Stage s : values()) {
            if (s.key().equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
