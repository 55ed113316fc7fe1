package io.orbitdc.core.economics;

/**
 * What a terrestrial campus of the same compute costs is made of: hardware, facility, power,
 * water, backup and the wait for a grid connection. Money in USD, times in years.
 *
 * @param itPowerW               IT load (nameplate)
 * @param pue                    power usage effectiveness (facility power / IT power)
 * @param utilisation            average IT power drawn as a fraction of nameplate (energy bill)
 * @param availability           fraction of hours the hardware is in service (GPU-hours)
 * @param electricityUsdPerMwh   electricity price
 * @param facilityCapexUsdPerW   building, electrical and mechanical plant per W of IT load
 * @param backupCapexUsdPerW     backup generation and storage per W of IT load
 * @param waterM3PerMwh          cooling water per MWh of IT energy
 * @param waterUsdPerM3          water price
 * @param timeToPowerYears       wait for the grid interconnection; the facility's capital is idle meanwhile
 * @param hardwareLifeYears      depreciation life of the IT hardware (refresh period)
 * @param facilityLifeYears      life of the facility
 * @param sparesFraction         spare and repair stock as a fraction of IT hardware
 * @param horizonYears           comparison horizon (the orbital mission life)
 */
public record GroundCostInputs(long accelerators, int gpusPerUnit, double acceleratorPriceUsd, double itPowerW,
                               double pue, double utilisation, double availability, double electricityUsdPerMwh,
                               double facilityCapexUsdPerW, double backupCapexUsdPerW, double waterM3PerMwh,
                               double waterUsdPerM3, double timeToPowerYears, double hardwareLifeYears,
                               double facilityLifeYears, double sparesFraction, double horizonYears) {

    public GroundCostInputs {
        if (accelerators < 1 || gpusPerUnit < 1 || !(itPowerW > 0)) {
            throw new IllegalArgumentException("a ground campus needs accelerators and IT power; found " + accelerators
                    + " units and " + itPowerW + " W");
        }
        if (!(pue >= 1)) {
            throw new IllegalArgumentException("PUE " + pue + "; expected at least 1");
        }
        if (!(utilisation > 0 && utilisation <= 1) || !(availability > 0 && availability <= 1)) {
            throw new IllegalArgumentException("utilisation " + utilisation + " and availability " + availability
                    + "; expected fractions in (0, 1]");
        }
        if (!(hardwareLifeYears > 0) || !(facilityLifeYears > 0) || !(horizonYears > 0) || !(timeToPowerYears >= 0)) {
            throw new IllegalArgumentException("lives and horizon must be positive years, time to power at least 0");
        }
    }

    public GroundCostInputs withAcceleratorPrice(double v) {
        return new GroundCostInputs(accelerators, gpusPerUnit, v, itPowerW, pue, utilisation, availability, electricityUsdPerMwh, facilityCapexUsdPerW, backupCapexUsdPerW, waterM3PerMwh, waterUsdPerM3, timeToPowerYears, hardwareLifeYears, facilityLifeYears, sparesFraction, horizonYears);
    }

    public GroundCostInputs withPue(double v) {
        return new GroundCostInputs(accelerators, gpusPerUnit, acceleratorPriceUsd, itPowerW, v, utilisation, availability, electricityUsdPerMwh, facilityCapexUsdPerW, backupCapexUsdPerW, waterM3PerMwh, waterUsdPerM3, timeToPowerYears, hardwareLifeYears, facilityLifeYears, sparesFraction, horizonYears);
    }

    public GroundCostInputs withElectricityPrice(double v) {
        return new GroundCostInputs(accelerators, gpusPerUnit, acceleratorPriceUsd, itPowerW, pue, utilisation, availability, v, facilityCapexUsdPerW, backupCapexUsdPerW, waterM3PerMwh, waterUsdPerM3, timeToPowerYears, hardwareLifeYears, facilityLifeYears, sparesFraction, horizonYears);
    }

    public GroundCostInputs withFacilityCapex(double v) {
        return new GroundCostInputs(accelerators, gpusPerUnit, acceleratorPriceUsd, itPowerW, pue, utilisation, availability, electricityUsdPerMwh, v, backupCapexUsdPerW, waterM3PerMwh, waterUsdPerM3, timeToPowerYears, hardwareLifeYears, facilityLifeYears, sparesFraction, horizonYears);
    }

    public GroundCostInputs withTimeToPower(double v) {
        return new GroundCostInputs(accelerators, gpusPerUnit, acceleratorPriceUsd, itPowerW, pue, utilisation, availability, electricityUsdPerMwh, facilityCapexUsdPerW, backupCapexUsdPerW, waterM3PerMwh, waterUsdPerM3, v, hardwareLifeYears, facilityLifeYears, sparesFraction, horizonYears);
    }

    public GroundCostInputs withHorizon(double v) {
        return new GroundCostInputs(accelerators, gpusPerUnit, acceleratorPriceUsd, itPowerW, pue, utilisation, availability, electricityUsdPerMwh, facilityCapexUsdPerW, backupCapexUsdPerW, waterM3PerMwh, waterUsdPerM3, timeToPowerYears, hardwareLifeYears, facilityLifeYears, sparesFraction, v);
    }

    public long gpus() {
        return accelerators * gpusPerUnit;
    }
}
