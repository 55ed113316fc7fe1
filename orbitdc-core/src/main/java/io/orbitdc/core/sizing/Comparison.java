package io.orbitdc.core.sizing;

/**
 * Comparison lines against two well-known spacecraft.
 *
 * <p>ISS arrays: "a bit over 200 kW" from ~2,500 m² (ref: taranis-2025), i.e. 80 W/m².
 * Starlink V2 mini: ~27 kW from ~740 kg, 36.5 W/kg (ref: mccalip-model presets, [S]).
 *
 * @param arrayAreaToIss           our array area / 2,500 m²
 * @param arrayOutputPerM2ToIss    our EOL output per m² / 80 W/m²
 * @param arrayPowerToIss          our EOL array output / 200 kW (how many ISS arrays)
 * @param specificPowerToStarlinkV2Mini our BOL array output per kg of satellite / 36.5 W/kg
 */
public record Comparison(double arrayAreaToIss, double arrayOutputPerM2ToIss, double arrayPowerToIss,
                         double specificPowerToStarlinkV2Mini) {
    /** ISS array power, W. ref: taranis-2025 */
    public static final double ISS_ARRAY_POWER_W = 200e3;
    /** ISS array area, m². ref: taranis-2025 */
    public static final double ISS_ARRAY_AREA_M2 = 2500.0;
    /** Starlink V2 mini power, W. ref: mccalip-model */
    public static final double STARLINK_V2_MINI_POWER_W = 27e3;
    /** Starlink V2 mini mass, kg. ref: mccalip-model */
    public static final double STARLINK_V2_MINI_MASS_KG = 740.0;

    public static Comparison of(SolarArraySizing array, MassBreakdown mass) {
        double issPerM2 = ISS_ARRAY_POWER_W / ISS_ARRAY_AREA_M2;
        double starlinkWPerKg = STARLINK_V2_MINI_POWER_W / STARLINK_V2_MINI_MASS_KG;
        return new Comparison(array.areaM2() / ISS_ARRAY_AREA_M2, array.eolOutputWPerM2() / issPerM2,
                array.requiredEolPowerW() / ISS_ARRAY_POWER_W, array.bolPowerW() / mass.totalKg() / starlinkWPerKg);
    }
}
