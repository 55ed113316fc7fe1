package io.orbitdc.core.sizing;

import org.orekit.utils.Constants;

/**
 * Output per square metre and size of a planar solar array:
 * p = S·η·PF·(1 + c·(T_op − T_ref))·I_d·cos θ at beginning of life, times (1 − d)^years at end
 * of life. ref: smad-1999 §11.4 (array sizing steps)
 *
 * <p>Validity: planar arrays in Earth orbit at 1 AU; the Sun at a fixed worst-case incidence θ;
 * degradation compounded per Julian year.
 *
 * @param spec the array parameters
 */
public record SolarArray(SolarArraySpec spec) {
    /** Output per m² at beginning of life, W/m². */
    public double bolOutputWPerM2() {
        double temperatureFactor = 1.0 + spec.temperatureCoefficientPerK()
                * (spec.operatingTemperatureK() - spec.referenceTemperatureK());
        return spec.solarConstantWPerM2() * spec.efficiencyBol() * spec.packingFactor() * temperatureFactor
                * spec.inherentLossFactor() * Math.cos(spec.sunIncidenceRad());
    }

    /** Fraction of BOL output left after {@code lifeS} seconds. */
    public double lifeDegradationFactor(double lifeS) {
        Bounds.nonNegative("mission life (s)", lifeS);
        return Math.pow(1.0 - spec.degradationPerYear(), lifeS / Constants.JULIAN_YEAR);
    }

    /** Output of an array of {@code areaM2} after {@code lifeS} seconds, W. */
    public double outputW(double areaM2, double lifeS) {
        Bounds.nonNegative("array area (m²)", areaM2);
        return areaM2 * bolOutputWPerM2() * lifeDegradationFactor(lifeS);
    }

    /** Size the array to deliver {@code requiredEolPowerW} at the end of a life of {@code lifeS}. */
    public SolarArraySizing size(double requiredEolPowerW, double lifeS) {
        Bounds.nonNegative("required array power (W)", requiredEolPowerW);
        double bol = bolOutputWPerM2();
        double degradation = lifeDegradationFactor(lifeS);
        double eol = bol * degradation;
        double area = requiredEolPowerW / eol;
        double bolPower = area * bol;
        double mass = spec.specificPowerWPerKg().isPresent()
                ? bolPower / spec.specificPowerWPerKg().getAsDouble()
                : area * spec.arealDensityKgPerM2().getAsDouble();
        return new SolarArraySizing(requiredEolPowerW, area, bol, eol, degradation, bolPower, mass);
    }
}
