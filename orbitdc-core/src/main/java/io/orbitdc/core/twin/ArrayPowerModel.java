package io.orbitdc.core.twin;

import io.orbitdc.core.sizing.SolarArray;
import io.orbitdc.core.sizing.SolarArraySpec;
import java.util.Objects;

/**
 * Electrical output of a planar solar array over one step:
 * P = p_BOL · A · cos θ · f_sun · (1 − d)^(t / 1 yr) · (1 + c·(T_cell − T_ref)),
 * with p_BOL = S·η·PF·I_d the beginning-of-life output per m² at normal incidence and the rating
 * temperature. ref: smad-1999 §11.4 (array sizing steps, same factors as the sizing model)
 *
 * <p>Validity: 1 AU, a planar array, degradation compounded per Julian year as in
 * {@link SolarArray#lifeDegradationFactor}; the cell temperature is the spec's operating
 * temperature unless the caller passes one; a temperature factor that would go negative is
 * reported as bad input, never clipped silently.
 *
 * @param spec   the array (cells, packing, losses, degradation, temperature coefficient)
 * @param areaM2 array area, m² (≥ 0)
 */
public record ArrayPowerModel(SolarArraySpec spec, double areaM2) {
    public ArrayPowerModel {
        Objects.requireNonNull(spec, "solar array spec");
        InputRange.nonNegative("array area (m²)", areaM2);
    }

    /** Output per m² at normal incidence, beginning of life, rating temperature, W/m². */
    public double bolWPerM2() {
        return spec.solarConstantWPerM2() * spec.efficiencyBol() * spec.packingFactor() * spec.inherentLossFactor();
    }

    /** Fraction of BOL output left after {@code elapsedS}. */
    public double degradationFactor(double elapsedS) {
        return new SolarArray(spec).lifeDegradationFactor(elapsedS);
    }

    /** 1 + c·(T_cell − T_ref) at a cell temperature, K. */
    public double temperatureFactor(double cellTemperatureK) {
        InputRange.within("cell temperature (K)", cellTemperatureK, 100.0, 500.0);
        double f = 1.0 + spec.temperatureCoefficientPerK() * (cellTemperatureK - spec.referenceTemperatureK());
        if (f <= 0.0) {
            throw new TwinInputException("cell temperature " + cellTemperatureK + " K leaves no array output (factor "
                    + f + "); expected a temperature where 1 + c·(T − T_ref) > 0");
        }
        return f;
    }

    /** Output at the spec's operating cell temperature, W. */
    public double outputW(double cosIncidence, double sunlitFraction, double elapsedS) {
        return outputW(cosIncidence, sunlitFraction, elapsedS, spec.operatingTemperatureK());
    }

    /** Output at a given cell temperature, W. */
    public double outputW(double cosIncidence, double sunlitFraction, double elapsedS, double cellTemperatureK) {
        InputRange.within("array cosine of incidence", cosIncidence, 0.0, 1.0);
        InputRange.within("sunlit fraction", sunlitFraction, 0.0, 1.0);
        InputRange.nonNegative("elapsed time (s)", elapsedS);
        return bolWPerM2() * areaM2 * cosIncidence * sunlitFraction * degradationFactor(elapsedS)
                * temperatureFactor(cellTemperatureK);
    }

    /** This array at its operating cell temperature, stepped by one twin ({@link StepOutput}). */
    StepOutput stepOutput() {
        return new StepOutput(bolWPerM2() * areaM2, new SolarArray(spec), temperatureFactor(spec.operatingTemperatureK()));
    }

    /**
     * {@link #outputW(double, double, double)} for a twin that asks every step: the BOL output of
     * the whole area and the temperature factor at the operating temperature are fixed, so they
     * are computed (and checked) once. Same factors in the same order, so the same numbers; the
     * timeline's incidence and sunlit fraction are still checked, as they come from outside.
     */
    static final class StepOutput {
        private final double bolW;
        private final SolarArray solar;
        private final double temperatureFactor;

        private StepOutput(double bolW, SolarArray solar, double temperatureFactor) {
            this.bolW = bolW;
            this.solar = solar;
            this.temperatureFactor = temperatureFactor;
        }

        double outputW(double cosIncidence, double sunlitFraction, double elapsedS) {
            if (!(cosIncidence >= 0.0 && cosIncidence <= 1.0 && sunlitFraction >= 0.0 && sunlitFraction <= 1.0)) {
                InputRange.within("array cosine of incidence", cosIncidence, 0.0, 1.0);
                InputRange.within("sunlit fraction", sunlitFraction, 0.0, 1.0);
            }
            return bolW * cosIncidence * sunlitFraction * solar.lifeDegradationFactor(elapsedS) * temperatureFactor;
        }
    }
}
