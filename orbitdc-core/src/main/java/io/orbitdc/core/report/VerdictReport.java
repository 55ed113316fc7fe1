package io.orbitdc.core.report;

import io.orbitdc.core.footprint.Footprint;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The one-page answer for a scenario (docs/verdict.md). Bands are over the sample of the uncertain
 * inputs; the base values are the scenario as written.
 *
 * @param scenario              the scenario's name
 * @param ratio                 orbit/ground $ per GPU-hour: P10, P50, P90 over the sample
 * @param spaceUsdPerGpuHour    orbit $ per GPU-hour over the sample
 * @param groundUsdPerGpuHour   ground $ per GPU-hour over the sample
 * @param spaceUsdPerMwh        orbit $ per MWh of IT energy over the sample
 * @param groundUsdPerMwh       ground $ per MWh of IT energy over the sample
 * @param baseRatio             the ratio of the scenario as written ({@code orbitdc cost})
 * @param probabilityOrbitCheaper share of draws with a ratio below 1
 * @param flipLaunchUsdPerKg    the cost stage's crossover launch price, if any in its range
 * @param flipNote              how the crossover came out (why there is none)
 * @param baseLaunchUsdPerKg    the effective launch price of the scenario as written
 * @param drivers               the inputs with the largest first-order variance shares, largest first
 * @param estimator             how the shares were estimated
 * @param binding               the binding physical constraint from sizing
 * @param presets               the ratio under each published assumption set
 * @param footprint             carbon and water both sides, per kWh / MWh of IT energy
 * @param sampleMethod          how the sample was drawn
 * @param draws                 sample size
 * @param notes                 what a reader should know (assumptions left out, presets that failed)
 */
public record VerdictReport(String scenario, Band ratio, Band spaceUsdPerGpuHour, Band groundUsdPerGpuHour,
                            Band spaceUsdPerMwh, Band groundUsdPerMwh,
                            double baseRatio, double probabilityOrbitCheaper, OptionalDouble flipLaunchUsdPerKg,
                            String flipNote, double baseLaunchUsdPerKg, List<Driver> drivers,
                            String estimator, Binding binding, List<PresetRatio> presets, Footprint footprint,
                            String sampleMethod, int draws, List<String> notes) {

    public VerdictReport {
        drivers = List.copyOf(drivers);
        presets = List.copyOf(presets);
        notes = List.copyOf(notes);
    }

    /** P10 ≤ P50 ≤ P90 of one quantity over the sample. */
    public record Band(double p10, double p50, double p90) {
    }

    /** An input and its share of the ratio's variance (first-order index, see {@code estimator}). */
    public record Driver(String input, double share) {
    }

    /**
     * The binding budget of the primary design.
     *
     * @param constraint kebab-case kind, as {@code size --json}'s {@code binding.constraint}
     * @param violated   whether it is a hard limit exceeded
     * @param explanation what binds and by how much
     */
    public record Binding(String constraint, boolean violated, String explanation) {
    }

    /**
     * The orbit/ground ratio under one preset (empty with the reason in {@code error} when the
     * preset could not be applied to this scenario).
     */
    public record PresetRatio(String name, String title, List<String> sources, OptionalDouble ratio, String error) {
        public PresetRatio {
            sources = List.copyOf(sources);
        }
    }
}
