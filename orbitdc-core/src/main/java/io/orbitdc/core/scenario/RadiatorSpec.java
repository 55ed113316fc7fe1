package io.orbitdc.core.scenario;

import java.util.OptionalDouble;

/**
 * The radiator as designed. Optional overrides replace the environment terms that otherwise
 * follow from the orientation and altitude.
 *
 * @param orientation edge-on, sun-facing or nadir
 */
public record RadiatorSpec(String coatingId, double temperatureK, double emissivity, double absorptivity,
                           double arealMassKgPerM2, int sides, String orientation, OptionalDouble sunFactor,
                           OptionalDouble earthViewFactor, OptionalDouble albedoViewFactor,
                           OptionalDouble absorbedFluxWPerM2) {
}
