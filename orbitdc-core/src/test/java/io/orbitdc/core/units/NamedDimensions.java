package io.orbitdc.core.units;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/** All public static Dimension constants of {@link Dimension}, found by reflection so none is forgotten. */
final class NamedDimensions {

    private NamedDimensions() {
    }

    static List<Dimension> all() {
        List<Dimension> out = new ArrayList<>();
        for (Field f : Dimension.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Dimension.class) {
                try {
                    out.add((Dimension) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out;
    }
}
