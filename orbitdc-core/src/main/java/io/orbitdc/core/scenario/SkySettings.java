package io.orbitdc.core.scenario;

import io.orbitdc.core.geometry.sky.BrightnessModel;
import io.orbitdc.core.geometry.sky.SkyObserver;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The scenario's {@code sky:} section: how a satellite reflects sunlight and whose night sky is
 * counted (docs/models/sky-brightness.md).
 *
 * @param model     reflection law
 * @param areaM2    reflecting area per satellite, m²; empty: the sized solar array plus radiator area
 * @param albedo    diffuse albedo
 * @param observers places whose naked-eye count is reported
 */
public record SkySettings(BrightnessModel model, OptionalDouble areaM2, double albedo, List<SkyObserver> observers) {

    /** Default albedo: Boley & Ross's value for an orbital data-center satellite. ref: boley-2026 */
    public static final double DEFAULT_ALBEDO = 0.2;

    public SkySettings {
        observers = List.copyOf(observers);
    }

    /**
     * The default observers: the equator, the Vera C. Rubin Observatory on Cerro Pachón (−30.24°,
     * −70.74°; ref: boley-2026 counts for observatory latitudes) and a northern mid-latitude (50° N).
     */
    public static List<SkyObserver> defaultObservers() {
        return List.of(new SkyObserver("equator", 0.0, 0.0),
                new SkyObserver("Cerro Pachon (Rubin)", Math.toRadians(-30.24), Math.toRadians(-70.74)),
                new SkyObserver("50N", Math.toRadians(50.0), 0.0));
    }

    /** A diffuse sphere of the sized area, albedo 0.2, the default observers. */
    public static SkySettings defaults() {
        return new SkySettings(BrightnessModel.DIFFUSE_SPHERE, OptionalDouble.empty(), DEFAULT_ALBEDO, defaultObservers());
    }
}
