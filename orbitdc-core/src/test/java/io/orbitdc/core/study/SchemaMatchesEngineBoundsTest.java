package io.orbitdc.core.study;

import io.orbitdc.core.InputException;
import io.orbitdc.core.scenario.ScenarioLoader;
import io.orbitdc.core.scenario.schema.Bound;
import io.orbitdc.core.scenario.schema.FieldSpec;
import io.orbitdc.core.scenario.schema.FieldType;
import io.orbitdc.core.scenario.schema.ObjectSchema;
import io.orbitdc.core.scenario.schema.ScenarioSchema;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One source of limits: every value the schema admits for a satellite or orbit field at the edge of
 * its bound, the sizing and geometry models admit too, so {@code validate}'s field-level message is
 * the one a user sees. Only closures that involve several fields (a radiator too cold for its
 * environment, a perigee under 160 km) may still refuse an edge value, and they are located errors
 * of {@code validate} as well. Regression check over the schema, not a physics validation.
 */
class SchemaMatchesEngineBoundsTest {
    @Test
    void theEnginesAdmitEveryEdgeValueTheSchemaAdmits() {
        java.util.List<String> mismatches = new java.util.ArrayList<>();
        Map<String, ObjectSchema> groups = new java.util.LinkedHashMap<>();
        groups.put("satellite", ScenarioSchema.SATELLITE);
        groups.put("satellite.solarArray", ScenarioSchema.SOLAR_ARRAY);
        groups.put("satellite.radiator", ScenarioSchema.RADIATOR);
        groups.put("satellite.battery", ScenarioSchema.BATTERY);
        groups.put("satellite.bus", ScenarioSchema.BUS);
        groups.put("satellite.powerSystem", ScenarioSchema.POWER_SYSTEM);
        groups.put("orbit", ScenarioSchema.ORBIT);
        ScenarioLoader loader = new ScenarioLoader(ShippedCatalogs.load());
        for (var g : groups.entrySet()) {
            for (FieldSpec f : g.getValue().fields()) {
                Bound b = f.bound();
                if (b == null || f.type() instanceof FieldType.Whole || f.name().equals("inclination")) {
                    continue;
                }
                for (double v : new double[] {b.min(), b.max()}) {
                    if (!Double.isFinite(v)) {
                        continue;
                    }
                    double w = v == b.min() ? (b.minInclusive() ? v : v + Math.max(1e-9, Math.abs(v) * 1e-6))
                            : (b.maxInclusive() ? v : v - Math.max(1e-9, Math.abs(v) * 1e-6));
                    String value = Double.toString(w);
                    String yaml = "orbitdc: 1\nduration: 1 h\norbit: { altitude: 650 km, inclination: 53 deg }\nsatellite: { accelerator: nvidia-h100-sxm, acceleratorsPerSatellite: 4 }\n";
                    String path = g.getKey().isEmpty() ? f.name() : g.getKey() + "." + f.name();
                    yaml = set(yaml, path, value);
                    try {
                        var s = loader.parse("x.yaml", yaml, Path.of("."));
                        ScenarioCheck.run(s);
                    } catch (InputException e) {
                        // a range the engine checks itself is phrased "must be"; closures are not
                        if (e.getMessage().contains("must be")) {
                            mismatches.add(path + " = " + value + ": " + e.getMessage());
                        }
                    }
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(mismatches).isEmpty();
    }

    private static String set(String yaml, String path, String value) {
        String[] p = path.split("\\.");
        if (p.length == 1) {
            return yaml.replaceFirst("(?m)^" + p[0] + ":.*\n", "") + p[0] + ": " + value + "\n";
        }
        if (p[0].equals("orbit")) {
            return yaml.replace("orbit: { altitude: 650 km, inclination: 53 deg }", p[1].equals("altitude") ? "orbit: { altitude: " + value + ", inclination: 53 deg }"
                    : "orbit: { altitude: 650 km, inclination: 53 deg, " + p[1] + ": " + value + " }");
        }
        String inner = p.length == 2 ? p[1] + ": " + value : p[1] + ": { " + p[2] + ": " + value + " }";
        if (p.length == 2 && p[1].equals("acceleratorsPerSatellite")) {
            return yaml.replace("acceleratorsPerSatellite: 4", "acceleratorsPerSatellite: " + (int) Double.parseDouble(value));
        }
        return yaml.replace("acceleratorsPerSatellite: 4 }", "acceleratorsPerSatellite: 4, " + inner + " }");
    }
}
