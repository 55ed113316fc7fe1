package io.orbitdc.core.geometry.sky;

/**
 * Apparent visual magnitude of one satellite from reflected sunlight: V = V☉ − 2.5 log10(ρ A F / d²),
 * with ρ the albedo, A the reflecting area, d the range and F the phase law of the {@link BrightnessModel}
 * (ref: mccue-1971, hejduk-2011; the same form as boley-2026's eq. for their diffuse sphere).
 *
 * <p>Validity: sunlight only (no earthshine, no specular glints or flares, no atmospheric
 * extinction), a satellite whose size is negligible against the range. Attitude-free models like
 * these leave a scatter of about 0.6 mag against measured magnitudes (ref: oneweb-brightness-2026).
 *
 * @param model          reflection law
 * @param areaM2         reflecting area A (the sphere's cross-section, or the plate's area), m², positive
 * @param albedo         Bond-like diffuse albedo ρ in (0, 1]
 * @param sunMagnitude   the Sun's apparent V magnitude at 1 AU, V☉ (−26.74 by default)
 */
public record SatelliteBrightness(BrightnessModel model, double areaM2, double albedo, double sunMagnitude) {

    /** The Sun's apparent visual magnitude. ref: hejduk-2011 (V☉ = −26.74) */
    public static final double SUN_V_MAGNITUDE = -26.74;
    /** Faintest magnitude seen with the naked eye under a dark sky (the conventional limit). ref: boley-2026 */
    public static final double NAKED_EYE_LIMIT = 6.0;

    public SatelliteBrightness {
        if (model == null) {
            throw new IllegalArgumentException("a brightness model is required");
        }
        if (!(areaM2 > 0) || !Double.isFinite(areaM2)) {
            throw new IllegalArgumentException("reflecting area must be positive and finite, found " + areaM2 + " m2");
        }
        if (!(albedo > 0 && albedo <= 1)) {
            throw new IllegalArgumentException("albedo must lie in (0, 1], found " + albedo);
        }
        if (!Double.isFinite(sunMagnitude)) {
            throw new IllegalArgumentException("the Sun's magnitude must be finite, found " + sunMagnitude);
        }
    }

    /** A satellite of the given model, area and albedo lit by the Sun at V☉ = −26.74. */
    public static SatelliteBrightness of(BrightnessModel model, double areaM2, double albedo) {
        return new SatelliteBrightness(model, areaM2, albedo, SUN_V_MAGNITUDE);
    }

    /**
     * Diffuse-sphere magnitude at phase angle φ (Sun–satellite–observer angle, rad) and range d (m).
     * Valid for either model's area as a sphere; at φ = π nothing lit is seen (+∞).
     */
    public double sphereMagnitude(double phaseRad, double rangeM) {
        double f = 2.0 / (3.0 * Math.PI * Math.PI) * ((Math.PI - phaseRad) * Math.cos(phaseRad) + Math.sin(phaseRad));
        return fromFlux(f, rangeM);
    }

    /**
     * Flat-plate magnitude: cosines of the Sun's and the observer's angles from the plate's lit
     * normal, range d (m). Either cosine ≤ 0 (the lit face turned away) gives +∞.
     */
    public double plateMagnitude(double cosSun, double cosObserver, double rangeM) {
        if (!(cosSun > 0) || !(cosObserver > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        return fromFlux(cosSun * cosObserver / Math.PI, rangeM);
    }

    /**
     * Magnitude of a satellite at {@code sat} seen from {@code observer} with the Sun at {@code sun}
     * (positions in one Earth-centred frame, m); the plate's normal points to nadir (−sat). The
     * satellite is assumed lit: the caller tests the Earth's shadow.
     */
    public double magnitude(double[] sat, double[] sun, double[] observer) {
        double sx = sun[0] - sat[0];
        double sy = sun[1] - sat[1];
        double sz = sun[2] - sat[2];
        double ox = observer[0] - sat[0];
        double oy = observer[1] - sat[1];
        double oz = observer[2] - sat[2];
        double sNorm = Math.sqrt(sx * sx + sy * sy + sz * sz);
        double range = Math.sqrt(ox * ox + oy * oy + oz * oz);
        if (model == BrightnessModel.DIFFUSE_SPHERE) {
            double cosPhase = (sx * ox + sy * oy + sz * oz) / (sNorm * range);
            return sphereMagnitude(Math.acos(Math.max(-1, Math.min(1, cosPhase))), range);
        }
        double r = Math.sqrt(sat[0] * sat[0] + sat[1] * sat[1] + sat[2] * sat[2]);
        double cosSun = -(sat[0] * sx + sat[1] * sy + sat[2] * sz) / (r * sNorm);
        double cosObs = -(sat[0] * ox + sat[1] * oy + sat[2] * oz) / (r * range);
        return plateMagnitude(cosSun, cosObs, range);
    }

    /**
     * The characteristic magnitude (ref: mallama-2022-characteristic): seen at the zenith when the
     * Sun is 18° below the horizon (the end of astronomical twilight), at range = altitude h. The
     * Sun is then 108° from the zenith, so the phase angle is 72° and, for the nadir plate, the Sun
     * is 72° from the normal and the observer on it. +∞ when the satellite is in the Earth's shadow:
     * below h = R(1/cos 18° − 1) ≈ 328 km (spherical Earth of radius R, no refraction).
     *
     * @param altitudeM      h, m
     * @param earthRadiusM   R, m
     */
    public double characteristicMagnitude(double altitudeM, double earthRadiusM) {
        double sunDepression = Math.toRadians(TWILIGHT_SUN_DEPRESSION_DEG);
        if (altitudeM <= earthRadiusM * (1 / Math.cos(sunDepression) - 1)) {
            return Double.POSITIVE_INFINITY;
        }
        double phase = Math.PI / 2 - sunDepression;
        return model == BrightnessModel.DIFFUSE_SPHERE ? sphereMagnitude(phase, altitudeM)
                : plateMagnitude(Math.cos(phase), 1.0, altitudeM);
    }

    /** Depression of the Sun below the horizon at the end of astronomical twilight, deg (IAU convention). */
    public static final double TWILIGHT_SUN_DEPRESSION_DEG = 18.0;

    private double fromFlux(double phaseLaw, double rangeM) {
        if (!(phaseLaw > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        return sunMagnitude - 2.5 * Math.log10(albedo * areaM2 * phaseLaw / (rangeM * rangeM));
    }
}
