package io.orbitdc.core.sizing;

import io.orbitdc.core.catalog.Accelerator;
import io.orbitdc.core.orbit.OrbitSpec;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Everything the closed-form sizing needs, in SI units.
 *
 * @param orbit                   the orbit (mean elements; a·e at most {@link OrbitSpec#SIZING_MAX_RADIAL_EXCURSION_M})
 * @param missionLifeS            mission life, s (array degradation and dose accumulate over it)
 * @param accelerator             the compute unit carried
 * @param acceleratorsPerSatellite units per satellite, ≥ 1
 * @param itOverheadFraction      CPU, memory and network power on top of the accelerators' TDP, as a fraction
 * @param busPowerW               fixed bus load (avionics, ADCS, comms), W
 * @param busPowerFraction        bus load that scales with IT load (pumps, links), as a fraction of IT
 * @param solarArray              array parameters
 * @param powerSystem             path efficiencies
 * @param battery                 battery parameters
 * @param radiator                radiator parameters
 * @param thermalResistanceKPerW  die-to-radiator thermal resistance per accelerator, K/W
 * @param shieldingThicknessM     Al thickness of the compute enclosure, m (0.5–50 mm accepted; dose model calibrated 1–20 mm)
 * @param structureFraction       structure mass as a fraction of the satellite mass
 * @param propulsionFraction      propulsion (dry + propellant) as a fraction of the satellite mass
 * @param busMassKg               fixed bus mass (avionics, ADCS, comms, harness), kg
 * @param maxSatelliteMassKg      optional limit on the satellite mass (e.g. a launcher's capacity), kg
 * @param fleetTarget             what the fleet must provide
 */
public record SizingInput(OrbitSpec orbit, double missionLifeS, Accelerator accelerator, int acceleratorsPerSatellite,
                          double itOverheadFraction, double busPowerW, double busPowerFraction,
                          SolarArraySpec solarArray, PowerSystem powerSystem, BatterySpec battery, RadiatorSpec radiator,
                          double thermalResistanceKPerW, double shieldingThicknessM, double structureFraction,
                          double propulsionFraction, double busMassKg, OptionalDouble maxSatelliteMassKg,
                          FleetTarget fleetTarget) {
    public SizingInput {
        Objects.requireNonNull(orbit, "orbit");
        // the closed forms take the mean altitude; beyond this excursion the worst case (drag at
        // perigee) is no longer close to the mean (docs/models/eccentric-orbits.md)
        if (orbit.radialExcursionM() > OrbitSpec.SIZING_MAX_RADIAL_EXCURSION_M) {
            throw new SizingInputException(String.format(java.util.Locale.ROOT, "orbit eccentricity %s puts perigee and"
                    + " apogee %.1f km from the mean altitude; expected at most %.0f km, the near-circular orbits the"
                    + " sizing closed forms cover", Double.toString(orbit.eccentricity()), orbit.radialExcursionM() / 1000,
                    OrbitSpec.SIZING_MAX_RADIAL_EXCURSION_M / 1000));
        }
        Bounds.within("mission life (s)", missionLifeS, 1.0, 100.0 * 3.15576e7);
        Objects.requireNonNull(accelerator, "accelerator");
        Bounds.positive("accelerator " + accelerator.id() + " powerW", accelerator.powerW());
        Bounds.nonNegative("accelerator " + accelerator.id() + " massKg", accelerator.massKg());
        Bounds.nonNegative("accelerator " + accelerator.id() + " volumeM3", accelerator.volumeM3());
        Bounds.positive("accelerator " + accelerator.id() + " maxDieTemperatureK", accelerator.maxDieTemperatureK());
        if (acceleratorsPerSatellite < 1) {
            throw new SizingInputException("acceleratorsPerSatellite must be >= 1, found " + acceleratorsPerSatellite);
        }
        Bounds.within("IT overhead fraction", itOverheadFraction, 0.0, 10.0);
        Bounds.nonNegative("bus power (W)", busPowerW);
        Bounds.within("bus power fraction of IT", busPowerFraction, 0.0, 10.0);
        Objects.requireNonNull(solarArray, "solarArray");
        Objects.requireNonNull(powerSystem, "powerSystem");
        Objects.requireNonNull(battery, "battery");
        Objects.requireNonNull(radiator, "radiator");
        Bounds.within("thermal resistance (K/W)", thermalResistanceKPerW, 0.0, 100.0);
        Bounds.within("shielding thickness (m)", shieldingThicknessM, 0.5e-3, 50e-3);
        Bounds.within("structure mass fraction", structureFraction, 0.0, 0.8);
        Bounds.within("propulsion mass fraction", propulsionFraction, 0.0, 0.8);
        if (structureFraction + propulsionFraction >= 0.9) {
            throw new SizingInputException("structure + propulsion fractions must be < 0.9, found "
                    + (structureFraction + propulsionFraction));
        }
        Bounds.nonNegative("bus mass (kg)", busMassKg);
        Objects.requireNonNull(maxSatelliteMassKg, "maxSatelliteMassKg");
        maxSatelliteMassKg.ifPresent(v -> Bounds.positive("maximum satellite mass (kg)", v));
        Objects.requireNonNull(fleetTarget, "fleetTarget");
    }
}
