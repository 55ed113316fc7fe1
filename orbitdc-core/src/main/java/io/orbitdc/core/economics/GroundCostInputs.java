package io.orbitdc.core.economics;

import java.util.OptionalDouble;

/**
 * What a terrestrial campus of the same compute costs is made of: hardware, facility, power,
 * water, backup, operations and the wait for a grid connection. Money in USD, times in years.
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
 * @param hardwareLifeOverrideYears economic life of the IT hardware; empty = the horizon, i.e. the same
 *                               concept as in orbit (one accelerator generation, retired with the mission)
 * @param facilityLifeYears      life of the facility
 * @param sparesFraction         spare and repair stock as a fraction of IT hardware
 * @param operationsFraction     staff, maintenance and site costs per year as a fraction of the capital
 *                               (hardware, facility, backup)
 * @param horizonYears           comparison horizon (the orbital mission life)
 */
public record GroundCostInputs(long accelerators, int gpusPerUnit, double acceleratorPriceUsd, double itPowerW,
                               double pue, double utilisation, double availability, double electricityUsdPerMwh,
                               double facilityCapexUsdPerW, double backupCapexUsdPerW, double waterM3PerMwh,
                               double waterUsdPerM3, double timeToPowerYears, OptionalDouble hardwareLifeOverrideYears,
                               double facilityLifeYears, double sparesFraction, double operationsFraction,
                               double horizonYears) {

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
        if (hardwareLifeOverrideYears.isPresent() && !(hardwareLifeOverrideYears.getAsDouble() > 0)) {
            throw new IllegalArgumentException("hardware life " + hardwareLifeOverrideYears.getAsDouble()
                    + " yr; expected a positive life");
        }
        if (!(facilityLifeYears > 0) || !(horizonYears > 0) || !(timeToPowerYears >= 0) || !(operationsFraction >= 0)) {
            throw new IllegalArgumentException("lives and horizon must be positive years, time to power and"
                    + " operations at least 0");
        }
    }

    /** The hardware's economic life: the override, or the horizon (the same concept as in orbit). */
    public double hardwareLifeYears() {
        return hardwareLifeOverrideYears.orElse(horizonYears);
    }

    public GroundCostInputs withAcceleratorPrice(double v) {
        return new GroundCostInputs(accelerators, gpusPerUnit, v, itPowerW, pue, utilisation, availability, electricityUsdPerMwh, facilityCapexUsdPerW, backupCapexUsdPerW, waterM3PerMwh, waterUsdPerM3, timeToPowerYears, hardwareLifeOverrideYears, facilityLifeYears, sparesFraction, operationsFraction, horizonYears);
    }

    public GroundCostInputs withItPower(double v) {
        return new GroundCostInputs(accelerators, gpusPerUnit, acceleratorPriceUsd, v, pue, utilisation, availability, electricityUsdPerMwh, facilityCapexUsdPerW, backupCapexUsdPerW, waterM3PerMwh, waterUsdPerM3, timeToPowerYears, hardwareLifeOverrideYears, facilityLifeYears, sparesFraction, operationsFraction, horizonYears);
    }

    public GroundCostInputs withPue(double v) {
        return new GroundCostInputs(accelerators, gpusPerUnit, acceleratorPriceUsd, itPowerW, v, utilisation, availability, electricityUsdPerMwh, facilityCapexUsdPerW, backupCapexUsdPerW, waterM3PerMwh, waterUsdPerM3, timeToPowerYears, hardwareLifeOverrideYears, facilityLifeYears, sparesFraction, operationsFraction, horizonYears);
    }

    public GroundCostInputs withElectricityPrice(double v) {
        return new GroundCostInputs(accelerators, gpusPerUnit, acceleratorPriceUsd, itPowerW, pue, utilisation, availability, v, facilityCapexUsdPerW, backupCapexUsdPerW, waterM3PerMwh, waterUsdPerM3, timeToPowerYears, hardwareLifeOverrideYears, facilityLifeYears, sparesFraction, operationsFraction, horizonYears);
    }

    public GroundCostInputs withFacilityCapex(double v) {
        return new GroundCostInputs(accelerators, gpusPerUnit, acceleratorPriceUsd, itPowerW, pue, utilisation, availability, electricityUsdPerMwh, v, backupCapexUsdPerW, waterM3PerMwh, waterUsdPerM3, timeToPowerYears, hardwareLifeOverrideYears, facilityLifeYears, sparesFraction, operationsFraction, horizonYears);
    }

    public GroundCostInputs withTimeToPower(double v) {
        return new GroundCostInputs(accelerators, gpusPerUnit, acceleratorPriceUsd, itPowerW, pue, utilisation, availability, electricityUsdPerMwh, facilityCapexUsdPerW, backupCapexUsdPerW, waterM3PerMwh, waterUsdPerM3, v, hardwareLifeOverrideYears, facilityLifeYears, sparesFraction, operationsFraction, horizonYears);
    }

    public GroundCostInputs withHorizon(double v) {
        return new GroundCostInputs(accelerators, gpusPerUnit, acceleratorPriceUsd, itPowerW, pue, utilisation, availability, electricityUsdPerMwh, facilityCapexUsdPerW, backupCapexUsdPerW, waterM3PerMwh, waterUsdPerM3, timeToPowerYears, hardwareLifeOverrideYears, facilityLifeYears, sparesFraction, operationsFraction, v);
    }

    /** The same campus with its hardware life set explicitly. */
    public GroundCostInputs withHardwareLife(double years) {
        return new GroundCostInputs(accelerators, gpusPerUnit, acceleratorPriceUsd, itPowerW, pue, utilisation,
                availability, electricityUsdPerMwh, facilityCapexUsdPerW, backupCapexUsdPerW, waterM3PerMwh, waterUsdPerM3,
                timeToPowerYears, OptionalDouble.of(years), facilityLifeYears, sparesFraction, operationsFraction,
                horizonYears);
    }

    public long gpus() {
        return accelerators * gpusPerUnit;
    }
}
