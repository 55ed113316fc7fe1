package io.orbitdc.core.sizing;

/**
 * Engineering estimate of the annual total ionizing dose, rad(Si), behind a spherical-equivalent
 * aluminium shield in a circular LEO orbit. NOT AP8/AE8 + SHIELDOSE-2 (nor AP9/AE9): a two-term
 * fit to a handful of published figures, good to a factor of ~2 inside its validity range.
 *
 * <pre>
 * D(h, t, i) = D_p(h)·(t / 10 mm)^(−k_p) + k_e(i)·D_e(h)·exp(−(t − 1 mm)/λ_e)
 * D_p(h) = 150 rad/yr · 10^((h − 550 km)/300 km)      trapped protons (×10 per 300 km, Forethought)
 * D_e(h) = 2090 rad/yr · 10^((h − 400 km)/300 km)     trapped electrons at 1 mm, 51.6° reference
 * k_e(i) = max(0.1, sin²(i') / sin²(51.6°)), i' = min(i, 180° − i)
 * k_p = 0.5, λ_e = 0.90 mm
 * </pre>
 * Calibration anchors (see docs/models/radiation-dose.md): ~150 rad/yr behind 10 mm at 550 km SSO
 * (ref: suncatcher-2025; altitude basis per forethought-2026 appendix A, [U]); 0.473 krad/yr at
 * 400 km/51.6° behind 2.54 mm (ref: pushinka-rad-example, [U]) and ~150 rad/yr at 400 km/52°
 * behind 4 mm (ref: mir-dose-1993, [U]) fix λ_e and D_e for the chosen k_p.
 * Checked against (not fitted): ~50 rad/yr at 400 km and ~1–2 krad/yr at 800 km behind 10 mm
 * (forethought-2026 appendix A, [U]).
 *
 * <p>Validity: altitude 300–1,200 km, shield 1–20 mm Al, solar-cycle average, no solar particle
 * events, no GCR heavy ions. To replace it, implement the same {@link #doseRadPerYear} from a
 * SPENVIS/OMERE/IRENE dose–depth table (AP8/AE8 or AP9/AE9 + SHIELDOSE-2) for the orbit.
 */
public final class RadiationEnvironment {
    /** Proton dose behind 10 mm Al at the 550 km reference altitude, rad/yr. ref: suncatcher-2025 */
    static final double PROTON_DOSE_AT_REFERENCE = 150.0;
    static final double PROTON_REFERENCE_ALTITUDE_M = 550e3;
    /** Altitude for a tenfold change in trapped-particle flux, m. ref: forethought-2026 */
    static final double DECADE_ALTITUDE_M = 300e3;
    /** Dose–depth exponent of the proton term (assumption, see the model page). */
    static final double PROTON_DEPTH_EXPONENT = 0.5;
    /** Electron dose behind 1 mm at 400 km, 51.6°, rad/yr (fitted to the ISS and Mir anchors). */
    static final double ELECTRON_DOSE_AT_REFERENCE = 2090.0;
    static final double ELECTRON_REFERENCE_ALTITUDE_M = 400e3;
    static final double ELECTRON_REFERENCE_INCLINATION_RAD = Math.toRadians(51.6);
    /** e-folding thickness of the electron dose, m (fitted). */
    static final double ELECTRON_E_FOLDING_M = 0.90e-3;
    static final double ELECTRON_MIN_INCLINATION_FACTOR = 0.1;

    /** Validity range of the fit. */
    public static final double MIN_ALTITUDE_M = 300e3;
    public static final double MAX_ALTITUDE_M = 1200e3;
    public static final double MIN_THICKNESS_M = 1e-3;
    public static final double MAX_THICKNESS_M = 20e-3;

    private RadiationEnvironment() {
    }

    /** Annual dose behind {@code thicknessM} of Al at an altitude and inclination, rad(Si)/yr. */
    public static double doseRadPerYear(double altitudeM, double thicknessM, double inclinationRad) {
        Bounds.within("altitude for the dose model (m)", altitudeM, 100e3, 3000e3);
        Bounds.within("shield thickness for the dose model (m)", thicknessM, 0.1e-3, 100e-3);
        Bounds.within("inclination (rad)", inclinationRad, 0.0, Math.PI);
        return protonDoseRadPerYear(altitudeM, thicknessM) + electronDoseRadPerYear(altitudeM, thicknessM, inclinationRad);
    }

    /** Trapped-proton term, rad/yr. */
    public static double protonDoseRadPerYear(double altitudeM, double thicknessM) {
        double altitudeScale = Math.pow(10.0, (altitudeM - PROTON_REFERENCE_ALTITUDE_M) / DECADE_ALTITUDE_M);
        return PROTON_DOSE_AT_REFERENCE * altitudeScale * Math.pow(thicknessM / 10e-3, -PROTON_DEPTH_EXPONENT);
    }

    /** Trapped-electron term, rad/yr. */
    public static double electronDoseRadPerYear(double altitudeM, double thicknessM, double inclinationRad) {
        double altitudeScale = Math.pow(10.0, (altitudeM - ELECTRON_REFERENCE_ALTITUDE_M) / DECADE_ALTITUDE_M);
        return inclinationFactor(inclinationRad) * ELECTRON_DOSE_AT_REFERENCE * altitudeScale
                * Math.exp(-(thicknessM - 1e-3) / ELECTRON_E_FOLDING_M);
    }

    /**
     * k_e(i): high-inclination orbits cross the outer-belt horns; the factor grows as sin² of
     * the inclination, normalised to the ISS orbit (heuristic, see the model page).
     */
    public static double inclinationFactor(double inclinationRad) {
        double effective = Math.min(inclinationRad, Math.PI - inclinationRad);
        double s = Math.sin(effective);
        double sRef = Math.sin(ELECTRON_REFERENCE_INCLINATION_RAD);
        return Math.max(ELECTRON_MIN_INCLINATION_FACTOR, s * s / (sRef * sRef));
    }

    /** Whether an altitude and thickness lie in the range the fit is calibrated for. */
    public static boolean withinValidity(double altitudeM, double thicknessM) {
        return altitudeM >= MIN_ALTITUDE_M && altitudeM <= MAX_ALTITUDE_M
                && thicknessM >= MIN_THICKNESS_M && thicknessM <= MAX_THICKNESS_M;
    }
}
