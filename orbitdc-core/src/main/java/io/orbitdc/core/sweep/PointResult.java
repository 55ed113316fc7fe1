package io.orbitdc.core.sweep;

import java.util.Optional;

/**
 * What one point gave: the point, its headline values in {@link Headline#of} order (a {@code Double},
 * a {@code String} or {@code null} where the verb reports none), or the located error that stopped it.
 */
public record PointResult(SweepPoint point, Object[] values, Optional<String> error) {

    public boolean ok() {
        return error.isEmpty();
    }
}
