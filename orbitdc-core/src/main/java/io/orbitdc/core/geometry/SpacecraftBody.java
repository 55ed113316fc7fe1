package io.orbitdc.core.geometry;

/**
 * Physical properties of a satellite that matter for drag and solar pressure: mass (kg), drag
 * reference area (m²), drag coefficient, solar-pressure area (m²) and reflectivity coefficient
 * Cr (1 = absorbing, 2 = mirror). Validity: cannonball (isotropic) model.
 */
public record SpacecraftBody(double massKg, double dragAreaM2, double dragCoefficient, double srpAreaM2,
        double reflectivityCoefficient) {

    public SpacecraftBody {
        if (!(massKg > 0) || !(dragAreaM2 > 0) || !(dragCoefficient > 0) || !(srpAreaM2 >= 0)
                || !(reflectivityCoefficient >= 1.0 && reflectivityCoefficient <= 2.0)) {
            throw new IllegalArgumentException("spacecraft body out of range: mass " + massKg + " kg, drag area "
                    + dragAreaM2 + " m², Cd " + dragCoefficient + ", SRP area " + srpAreaM2 + " m², Cr "
                    + reflectivityCoefficient + "; expected positive mass, areas and Cd, and 1 ≤ Cr ≤ 2");
        }
    }

    /**
     * A generic 500 kg LEO bus with 5 m² cross-section, Cd 2.2 (free-molecular flat plate, ref:
     * vallado-2013 §8.6.2) and Cr 1.3. Placeholder until a scenario supplies its own body.
     */
    public static SpacecraftBody generic() {
        return new SpacecraftBody(500.0, 5.0, 2.2, 5.0, 1.3);
    }

    /** Ballistic coefficient m/(Cd·A), kg/m². */
    public double ballisticCoefficientKgPerM2() {
        return massKg / (dragCoefficient * dragAreaM2);
    }
}
