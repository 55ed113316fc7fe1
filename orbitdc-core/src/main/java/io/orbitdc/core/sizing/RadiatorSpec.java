package io.orbitdc.core.sizing;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Parameters of a flat radiator for sizing. The overrides replace the view factors (or the whole
 * absorbed flux) that otherwise follow from the orientation and the orbit.
 *
 * @param temperatureK          radiating surface temperature, K
 * @param emissivity            infrared emissivity ε, (0, 1]
 * @param absorptivity          solar absorptivity α, [0, 1]
 * @param sides                 radiating faces, 1 or 2
 * @param arealMassKgPerM2      radiator system mass per m² of plate (panel, plumbing), kg/m²
 * @param orientation           how the plate is held
 * @param sunFraction           override of F_sun, [0, 1]
 * @param irViewFactor          override of F_IR summed over the radiating faces, [0, 2]
 * @param albedoViewFactor      override of F_albedo summed over the radiating faces, [0, 2]
 * @param absorbedFluxWPerM2    override of the whole absorbed flux per m² of plate, W/m² (e.g. Starcloud's 137)
 */
public record RadiatorSpec(double temperatureK, double emissivity, double absorptivity, int sides,
                           double arealMassKgPerM2, RadiatorOrientation orientation, OptionalDouble sunFraction,
                           OptionalDouble irViewFactor, OptionalDouble albedoViewFactor,
                           OptionalDouble absorbedFluxWPerM2) {
    public RadiatorSpec {
        Bounds.within("radiator temperature (K)", temperatureK, 150.0, 600.0);
        Bounds.fraction("radiator emissivity", emissivity);
        Bounds.within("radiator solar absorptivity", absorptivity, 0.0, 1.0);
        if (sides != 1 && sides != 2) {
            throw new SizingInputException("radiator sides must be 1 or 2, found " + sides);
        }
        Bounds.positive("radiator areal mass (kg/m²)", arealMassKgPerM2);
        Objects.requireNonNull(orientation, "radiator orientation");
        Objects.requireNonNull(sunFraction, "sunFraction");
        Objects.requireNonNull(irViewFactor, "irViewFactor");
        Objects.requireNonNull(albedoViewFactor, "albedoViewFactor");
        Objects.requireNonNull(absorbedFluxWPerM2, "absorbedFluxWPerM2");
        sunFraction.ifPresent(v -> Bounds.within("radiator sun fraction F_sun", v, 0.0, 1.0));
        irViewFactor.ifPresent(v -> Bounds.within("radiator Earth IR view factor", v, 0.0, 2.0));
        albedoViewFactor.ifPresent(v -> Bounds.within("radiator albedo view factor", v, 0.0, 2.0));
        absorbedFluxWPerM2.ifPresent(v -> Bounds.nonNegative("radiator absorbed flux (W/m²)", v));
    }

    /** A radiator without overrides. */
    public static RadiatorSpec of(double temperatureK, double emissivity, double absorptivity, int sides,
                                  double arealMassKgPerM2, RadiatorOrientation orientation) {
        return new RadiatorSpec(temperatureK, emissivity, absorptivity, sides, arealMassKgPerM2, orientation,
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    }

    /** The same radiator at another temperature. */
    public RadiatorSpec withTemperatureK(double newTemperatureK) {
        return new RadiatorSpec(newTemperatureK, emissivity, absorptivity, sides, arealMassKgPerM2, orientation,
                sunFraction, irViewFactor, albedoViewFactor, absorbedFluxWPerM2);
    }
}
