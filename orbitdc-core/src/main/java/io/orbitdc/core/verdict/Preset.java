package io.orbitdc.core.verdict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A published set of assumptions, shipped as a resource ({@code verdict/presets/NAME.set}) and
 * applied to the user's scenario as {@code --set PATH=VALUE} overrides, so that the verdict can
 * say how the answer changes under each camp's numbers.
 *
 * @param name      short id ({@code suncatcher})
 * @param title     one line saying what it assumes
 * @param sources   reference keys (docs/references.md)
 * @param overrides {@code PATH=VALUE} strings, in file order
 */
public record Preset(String name, String title, List<String> sources, List<String> overrides) {

    /** The presets shipped, in the order the verdict reports them. */
    public static final List<String> SHIPPED = List.of("suncatcher", "starcloud", "forethought", "semianalysis");

    public Preset {
        sources = List.copyOf(sources);
        overrides = List.copyOf(overrides);
    }

    /** Every shipped preset, in {@link #SHIPPED} order. */
    public static List<Preset> shipped() {
        List<Preset> out = new ArrayList<>();
        for (String name : SHIPPED) {
            out.add(load(name));
        }
        return out;
    }

    /** The shipped preset {@code name}. */
    public static Preset load(String name) {
        String resource = "verdict/presets/" + name + ".set";
        try (InputStream in = Preset.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no shipped preset '" + name + "'; expected one of " + SHIPPED);
            }
            return parse(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses {@code name:}, {@code title:}, {@code source:} (';'-separated) and repeated {@code set:} lines; '#' starts a comment line. */
    static Preset parse(String resource, List<String> lines) {
        String name = null;
        String title = null;
        List<String> sources = List.of();
        List<String> sets = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException(resource + ":" + (i + 1) + ": expected 'key: value'");
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "name" -> name = value;
                case "title" -> title = value;
                case "source" -> sources = List.of(value.split(";"));
                case "set" -> {
                    if (value.indexOf('=') <= 0) {
                        throw new IllegalStateException(resource + ":" + (i + 1) + ": expected 'set: PATH=VALUE'");
                    }
                    sets.add(value);
                }
                default -> throw new IllegalStateException(resource + ":" + (i + 1) + ": unknown key '" + key + "'");
            }
        }
        if (name == null || title == null || sets.isEmpty()) {
            throw new IllegalStateException(resource + ": a preset needs name, title and at least one set line");
        }
        return new Preset(name, title, sources, sets);
    }
}
