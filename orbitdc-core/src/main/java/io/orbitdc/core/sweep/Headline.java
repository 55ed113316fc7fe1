package io.orbitdc.core.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * One output column of the {@code points} table: the stage that produces it, the path of the value
 * in that verb's JSON document ({@code spaceToGroundRatio}, {@code fleet.massKg}) and whether it is
 * a number or a text. The column is {@code STAGE.PATH} ({@code cost.spaceToGroundRatio}); the JSON
 * key already names the unit where it is not obvious ({@code massKg}, {@code usdPerGpuHour}).
 */
public record Headline(Stage stage, String path, boolean text) {

    public String column() {
        return stage.key() + "." + path;
    }

    /** The headline outputs of each stage, in column order (a fixed list: the table is typed before the first point runs). */
    public static List<Headline> of(List<Stage> stages) {
        List<Headline> out = new ArrayList<>();
        for (Stage s : stages) {
            switch (s) {
                case SIZE -> {
                    num(out, s, "satellite.massKg", "satellite.itPowerW", "satellite.specificPowerWPerKg",
                            "satellite.solarArray.areaM2", "satellite.radiator.areaM2", "satellite.battery.massKg",
                            "satellite.dieTemperatureC", "fleet.satellites", "fleet.accelerators", "fleet.itPowerW",
                            "fleet.massKg", "fleet.radiatorAreaM2", "radiation.tidMargin");
                    out.add(new Headline(s, "binding.constraint", true));
                }
                case LAUNCH -> num(out, s, "totals.launches", "totals.costUsd", "totals.daysToFullCapacity",
                        "headline.costUsd", "headline.daysToFullCapacity", "monteCarlo.costUsd.p10", "monteCarlo.costUsd.p90");
                case COST -> num(out, s, "spaceToGroundRatio", "space.usdPerGpuHour", "ground.usdPerGpuHour",
                        "space.usdPerMwh", "ground.usdPerMwh", "space.npvUsd", "ground.npvUsd", "space.effectiveLaunchUsdPerKg",
                        "space.deliveredFraction", "crossover.launchUsdPerKg");
                case SIMULATE -> num(out, s, "compute.goodputFraction", "compute.pricedDeliveredFraction",
                        "compute.lostToEclipseFraction", "compute.lostToThrottlingFraction", "thermal.maxDieC",
                        "thermal.throttledHours", "battery.minSoc", "energy.shedJ", "radiation.sdc",
                        "failures.satellitesLost", "training.goodput", "inference.p99S", "downlink.bytesPerDay");
                default -> throw new IllegalStateException(s.toString());
            }
        }
        return List.copyOf(out);
    }

    private static void num(List<Headline> out, Stage s, String... paths) {
        for (String p : paths) {
            out.add(new Headline(s, p, false));
        }
    }
}
