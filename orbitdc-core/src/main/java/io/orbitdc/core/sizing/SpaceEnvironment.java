package io.orbitdc.core.sizing;

/**
 * Reference values of the LEO thermal and solar environment used as defaults by the sizing
 * models. Each has a source key in docs/references/sizing.md; a scenario may override them.
 */
public final class SpaceEnvironment {
    /** Stefan–Boltzmann constant, W m⁻² K⁻⁴. ref: codata-2018 */
    public static final double STEFAN_BOLTZMANN = 5.670374419e-8;
    /** Total solar irradiance at 1 AU, W/m² (SORCE/TIM, solar minimum). ref: kopp-lean-2011 */
    public static final double SOLAR_CONSTANT_W_PER_M2 = 1360.8;
    /** Cosmic microwave background temperature, the deep-space sink, K. ref: fixsen-2009 */
    public static final double DEEP_SPACE_TEMPERATURE_K = 2.725;
    /** Bond albedo of the Earth used for radiator loads. ref: forethought-2026 appendix E */
    public static final double EARTH_ALBEDO = 0.30;
    /** Effective radiating temperature of the Earth for its infrared load, K. ref: forethought-2026 appendix E */
    public static final double EARTH_IR_TEMPERATURE_K = 253.0;
    /** Density of aluminium alloy used for shielding enclosures, kg/m³. ref: asm-aluminium-6061 */
    public static final double ALUMINIUM_DENSITY_KG_PER_M3 = 2700.0;

    private SpaceEnvironment() {
    }
}
