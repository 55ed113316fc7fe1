package io.orbitdc.core.sizing;

import java.util.Objects;

/**
 * Net heat rejection of a flat radiator at a uniform temperature, and the area and mass needed
 * for a waste-heat load:
 * q_net = sides·ε·σ·(T⁴ − T_sink⁴) − α·S·F_sun − α·a·S·F_albedo − ε·F_IR·σ·T_earth⁴.
 * ref: forethought-2026 appendix E; gilmore-2002 ch. 2 (environmental loads)
 *
 * <p>Validity: isothermal plate (fin efficiency 1), steady state, orbit-average loads. A real
 * radiator with fin efficiency below 1 and a temperature drop along the fluid loop needs more
 * area.
 *
 * @param spec        the radiator
 * @param environment its environment
 */
public record Radiator(RadiatorSpec spec, RadiatorEnvironment environment) {
    public Radiator {
        Objects.requireNonNull(spec, "radiator spec");
        Objects.requireNonNull(environment, "radiator environment");
    }

    public double emittedFluxWPerM2() {
        double t = spec.temperatureK();
        double s = environment.sinkTemperatureK();
        return spec.sides() * spec.emissivity() * SpaceEnvironment.STEFAN_BOLTZMANN * (t * t * t * t - s * s * s * s);
    }

    public double absorbedFluxWPerM2() {
        return environment.absorbedFluxWPerM2(spec.absorptivity(), spec.emissivity());
    }

    public double netFluxWPerM2() {
        return emittedFluxWPerM2() - absorbedFluxWPerM2();
    }

    /** Area and mass to reject {@code wasteHeatW}; fails when the plate absorbs as much as it emits. */
    public RadiatorSizing size(double wasteHeatW) {
        Bounds.nonNegative("waste heat (W)", wasteHeatW);
        double emitted = emittedFluxWPerM2();
        double absorbed = absorbedFluxWPerM2();
        double net = emitted - absorbed;
        if (net <= 0.0) {
            throw new SizingInputException(String.format(
                    "radiator at %.1f K cannot reject heat: it emits %.1f W/m² but absorbs %.1f W/m²; "
                            + "expected a hotter radiator or a lower absorbed flux", spec.temperatureK(), emitted, absorbed));
        }
        double area = wasteHeatW / net;
        return new RadiatorSizing(wasteHeatW, spec.temperatureK(), emitted, absorbed, net, area, area * spec.arealMassKgPerM2(), environment);
    }
}
