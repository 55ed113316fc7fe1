package io.orbitdc.core.sizing;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The radiative environment of a radiator plate: sink temperature and the Sun, albedo and Earth
 * infrared loads, expressed as view factors summed over the radiating faces.
 *
 * @param solarConstantWPerM2   S, W/m²
 * @param sunFraction           F_sun: fraction of S that falls on the plate, [0, 1]
 * @param albedo                Earth albedo a
 * @param albedoViewFactor      F_albedo, summed over faces
 * @param earthIrTemperatureK   effective Earth temperature for its IR emission, K
 * @param irViewFactor          F_IR, summed over faces
 * @param sinkTemperatureK      deep-space sink, K
 * @param absorbedFluxOverrideWPerM2 when present, replaces the three absorbed terms, W/m²
 */
public record RadiatorEnvironment(double solarConstantWPerM2, double sunFraction, double albedo,
                                  double albedoViewFactor, double earthIrTemperatureK, double irViewFactor,
                                  double sinkTemperatureK, OptionalDouble absorbedFluxOverrideWPerM2) {
    /**
     * Albedo view factor as a fraction of the IR view factor: only part of the Earth in view is
     * sunlit. Forethought Appendix E uses F_alb = 0.25 with F_IR = 0.5. ref: forethought-2026 appendix E
     */
    public static final double ALBEDO_TO_IR_VIEW_RATIO = 0.5;

    public RadiatorEnvironment {
        Bounds.within("solar constant (W/m²)", solarConstantWPerM2, 1000.0, 1500.0);
        Bounds.within("sun fraction F_sun", sunFraction, 0.0, 1.0);
        Bounds.within("Earth albedo", albedo, 0.0, 1.0);
        Bounds.within("albedo view factor", albedoViewFactor, 0.0, 2.0);
        Bounds.within("Earth IR temperature (K)", earthIrTemperatureK, 0.0, 400.0);
        Bounds.within("Earth IR view factor", irViewFactor, 0.0, 2.0);
        Bounds.within("sink temperature (K)", sinkTemperatureK, 0.0, 400.0);
        Objects.requireNonNull(absorbedFluxOverrideWPerM2, "absorbedFluxOverrideWPerM2");
        absorbedFluxOverrideWPerM2.ifPresent(v -> Bounds.nonNegative("absorbed flux override (W/m²)", v));
    }

    /**
     * Environment of a radiator at an altitude, from its orientation (overrides in the spec win).
     *
     * @param minAbsBetaRad smallest |β| of the year, for the Sun on a NADIR plate's upper face
     */
    public static RadiatorEnvironment forOrbit(RadiatorSpec spec, double altitudeM, double minAbsBetaRad,
                                               double solarConstantWPerM2) {
        // exhaustive over the enum: a new orientation does not compile until it has a model here
        double sun = switch (spec.orientation()) {
            case EDGE_ON_TO_SUN -> 0.0;
            case SUN_FACING -> 1.0;
            // the upper face's incidence over an orbit is cos β cos u; averaged over the lit half: cos β / π
            case NADIR -> Math.cos(minAbsBetaRad) / Math.PI;
        };
        double ir = switch (spec.orientation()) {
            case EDGE_ON_TO_SUN, SUN_FACING -> spec.sides() * EarthViewFactor.verticalPlate(altitudeM);
            case NADIR -> spec.sides() == 2 ? EarthViewFactor.nadirPlate(altitudeM) : 0.0;
        };
        return new RadiatorEnvironment(solarConstantWPerM2, spec.sunFraction().orElse(sun),
                SpaceEnvironment.EARTH_ALBEDO, spec.albedoViewFactor().orElse(ir * ALBEDO_TO_IR_VIEW_RATIO),
                SpaceEnvironment.EARTH_IR_TEMPERATURE_K, spec.irViewFactor().orElse(ir),
                SpaceEnvironment.DEEP_SPACE_TEMPERATURE_K, spec.absorbedFluxWPerM2());
    }

    /** Direct solar load α·S·F_sun, W/m². */
    public double solarLoadWPerM2(double absorptivity) {
        return absorptivity * solarConstantWPerM2 * sunFraction;
    }

    /** Albedo load α·a·S·F_albedo, W/m². */
    public double albedoLoadWPerM2(double absorptivity) {
        return absorptivity * albedo * solarConstantWPerM2 * albedoViewFactor;
    }

    /** Earth infrared load ε·F_IR·σ·T_earth⁴ (Kirchhoff: IR absorptivity = ε), W/m². */
    public double earthIrLoadWPerM2(double emissivity) {
        double t2 = earthIrTemperatureK * earthIrTemperatureK;
        return emissivity * irViewFactor * SpaceEnvironment.STEFAN_BOLTZMANN * t2 * t2;
    }

    /** Total absorbed flux per m² of plate: the override, or the sum of the three loads, W/m². */
    public double absorbedFluxWPerM2(double absorptivity, double emissivity) {
        if (absorbedFluxOverrideWPerM2.isPresent()) {
            return absorbedFluxOverrideWPerM2.getAsDouble();
        }
        return solarLoadWPerM2(absorptivity) + albedoLoadWPerM2(absorptivity) + earthIrLoadWPerM2(emissivity);
    }
}
