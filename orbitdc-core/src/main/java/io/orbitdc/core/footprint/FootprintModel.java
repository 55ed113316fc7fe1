package io.orbitdc.core.footprint;

/**
 * Life-cycle carbon and water per kWh of IT energy, both sides (docs/models/carbon-water.md).
 *
 * <p>Orbit: {@code (m_launched e_launch + m_platform e_platform + n_chips e_chip) / E_IT}; operation
 * is solar (0 g/kWh); re-entry (alumina, NOx) is not counted in CO2e (no agreed CO2e factor,
 * ref: dirty-bits-2025) and is named in the report. Water in orbit: launch water only (none
 * published). Ground: {@code I_grid PUE + n_chips e_chip / E_IT}; water is the site's WUE per kWh
 * of IT energy. Facility construction is left out of both sides (the orbital platform's is in
 * {@code e_platform}; a building's embodied carbon is a few g/kWh over its life and not sourced
 * here). Validity: averages over the mission; no hourly grid profile.
 */
public final class FootprintModel {

    private static final double G_PER_KG = 1000.0;
    private static final double KWH_PER_MWH = 1000.0;

    private final FootprintFactors factors;

    public FootprintModel(FootprintFactors factors) {
        this.factors = factors;
    }

    public Footprint footprint(OrbitFootprintInputs orbit, GroundFootprintInputs ground) {
        return new Footprint(space(orbit), ground(ground));
    }

    Footprint.Side space(OrbitFootprintInputs in) {
        double launch = in.launchedMassKg() * factors.launchKgCo2ePerKg() * G_PER_KG / in.itEnergyKwh();
        double manufacturing = (in.platformMassKg() * factors.platformKgCo2ePerKg()
                + in.chips() * factors.acceleratorKgCo2ePerChip()) * G_PER_KG / in.itEnergyKwh();
        double water = in.launchedMassKg() * factors.launchWaterLitresPerKg() / in.itEnergyKwh() * KWH_PER_MWH;
        return new Footprint.Side(launch + manufacturing, 0.0, launch, manufacturing, water);
    }

    Footprint.Side ground(GroundFootprintInputs in) {
        double operational = in.gridGCo2ePerKwh() * in.pue();
        double manufacturing = in.chips() * factors.acceleratorKgCo2ePerChip() * G_PER_KG / in.itEnergyKwh();
        return new Footprint.Side(operational + manufacturing, operational, 0.0, manufacturing,
                in.waterLitresPerKwhIt() * KWH_PER_MWH);
    }
}
