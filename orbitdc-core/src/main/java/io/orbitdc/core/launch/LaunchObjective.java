package io.orbitdc.core.launch;

import java.util.Locale;

/** What the planner minimises first: total launch cost, or days until the whole fleet is launched. Ties go to the other. */
public enum LaunchObjective {
    COST, TIME;

    /** Parses a scenario value ({@code cost} or {@code time}, any case). */
    public static LaunchObjective parse(String text) {
        String key = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        for (LaunchObjective o : values()) {
            if (o.name().equals(key)) {
                return o;
            }
        }
        throw new IllegalArgumentException("launch objective '" + text + "' is not one of cost, time");
    }
}
