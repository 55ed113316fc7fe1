package io.orbitdc.core.geometry.sky;

/**
 * How a satellite reflects sunlight, both Lambertian (diffuse) forms of the photometry literature
 * (ref: mccue-1971, hejduk-2011): a sphere, whose brightness depends on the phase angle only, and
 * a flat plate facing nadir, whose brightness depends on the Sun's and the observer's angles from
 * its normal (the form Mallama fits to Starlink's nadir-facing bus; ref: mallama-2021-flat-panel).
 */
public enum BrightnessModel {
    /** Diffuse sphere of cross-section A: F(φ) = (2/3π²)[(π − φ) cos φ + sin φ]. */
    DIFFUSE_SPHERE("diffuse-sphere"),
    /** Diffuse flat plate of area A with its normal to nadir: F = cos θ_sun · cos θ_observer / π. */
    FLAT_PLATE("flat-plate");

    private final String id;

    BrightnessModel(String id) {
        this.id = id;
    }

    /** The scenario word. */
    public String id() {
        return id;
    }
}
