package io.orbitdc.core.sizing;

/**
 * The bus radiator: the satellite's second radiator, for the bus load and the power chain's
 * losses ({@link HeatLoads}). It uses the compute radiator's coating, faces and areal mass, at
 * 20 °C — inside both the Li-ion battery's operating range and the power electronics' baseplate
 * range (ref: gilmore-2002 ch. 1) — or at the compute radiator's temperature when that is
 * colder. It sits on a face of the bus that does not see the Sun (the usual place for
 * equipment radiators), so it takes the compute radiator's albedo and Earth-IR loads but no
 * direct sunlight; an absorbed-flux override of the scenario applies to it unchanged.
 *
 * <p>Validity: one isothermal plate for all bus equipment (a real bus splits it between a
 * battery radiator and electronics panels; the total area is what matters for mass).
 */
public final class BusRadiator {
    /** Design temperature of the bus radiator, K (20 °C). */
    public static final double TEMPERATURE_K = 293.15;

    private BusRadiator() {
    }

    /** The bus radiator of a satellite whose compute radiator is {@code compute}. */
    public static RadiatorSpec specFor(RadiatorSpec compute) {
        return compute.withTemperatureK(Math.min(TEMPERATURE_K, compute.temperatureK()));
    }

    /** The bus radiator's environment: the compute radiator's without direct sunlight. */
    public static RadiatorEnvironment environmentFor(RadiatorEnvironment compute) {
        return new RadiatorEnvironment(compute.solarConstantWPerM2(), 0.0, compute.albedo(),
                compute.albedoViewFactor(), compute.earthIrTemperatureK(), compute.irViewFactor(),
                compute.sinkTemperatureK(), compute.absorbedFluxOverrideWPerM2());
    }

    /**
     * Area and mass of the bus radiator rejecting {@code busHeatW}, for a compute radiator
     * {@code compute} in {@code computeEnvironment}.
     */
    public static RadiatorSizing size(RadiatorSpec compute, RadiatorEnvironment computeEnvironment, double busHeatW) {
        RadiatorSpec spec = specFor(compute);
        RadiatorEnvironment environment = environmentFor(computeEnvironment);
        Radiator radiator = new Radiator(spec, environment);
        if (busHeatW == 0.0) {
            return new RadiatorSizing(0.0, spec.temperatureK(), radiator.emittedFluxWPerM2(), radiator.absorbedFluxWPerM2(),
                    radiator.netFluxWPerM2(), 0.0, 0.0, environment);
        }
        if (radiator.netFluxWPerM2() <= 0.0) {
            throw new SizingInputException(String.format(java.util.Locale.ROOT,
                    "the bus radiator at %.1f K (for %.0f W of bus load and power-chain losses) cannot reject heat:"
                            + " it emits %.1f W/m² but absorbs %.1f W/m²; expected a radiator coating or orientation"
                            + " that absorbs less", spec.temperatureK(), busHeatW, radiator.emittedFluxWPerM2(),
                    radiator.absorbedFluxWPerM2()));
        }
        return radiator.size(busHeatW);
    }
}
