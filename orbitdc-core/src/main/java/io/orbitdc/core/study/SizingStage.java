package io.orbitdc.core.study;

import io.orbitdc.core.report.SizingReport;
import io.orbitdc.core.scenario.SatelliteDesign;
import io.orbitdc.core.scenario.Scenario;
import io.orbitdc.core.scenario.Shell;
import io.orbitdc.core.scenario.SourceMap;
import io.orbitdc.core.scenario.schema.ScenarioSchema;
import io.orbitdc.core.sizing.FleetTarget;
import io.orbitdc.core.sizing.SatelliteSizer;
import io.orbitdc.core.sizing.SizingInput;
import io.orbitdc.core.sizing.SizingResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sizing stage: maps a scenario's satellite design and each shell's orbit onto the sizing
 * models' inputs and runs them. With a fleet target the first shell carries the whole fleet;
 * without one each shell is sized for the satellites it configures.
 *
 * <p>Every bad-input error of the sizing models is located at the scenario field it came from
 * (the group that was mapped when the model refused it), so {@code validate}, which runs this
 * stage, and every verb report it as {@code FILE:LINE:COL field: message}.
 *
 * <p>Eccentric orbits: the closed forms take one altitude, the mean one (a − Re). The scenario
 * admits orbits whose perigee and apogee lie within {@link io.orbitdc.core.scenario.schema.ScenarioSchema#MAX_RADIAL_EXCURSION_M}
 * of it, where the orbit-averaged drag and dose differ from the circular values by a few per cent
 * (docs/models/eccentric-orbits.md); geometry and the twin fly the real e and ω.
 */
public final class SizingStage {

    private SizingStage() {
    }

    /** Sizes every shell; a ground-only scenario or a value the models refuse is a located {@link io.orbitdc.core.InputException}. */
    public static SizingReport run(Scenario scenario) {
        SourceMap src = scenario.sources();
        SatelliteDesign design = scenario.satellite()
                .orElseThrow(() -> src.error("", "a ground-only scenario has no satellite to size; expected an orbit and a satellite"));
        List<SizingReport.ShellSizing> shells = new ArrayList<>();
        for (int i = 0; i < scenario.shells().size(); i++) {
            Shell shell = scenario.shells().get(i);
            boolean targeted = i == 0 && scenario.target().isPresent();
            boolean tle = shell.constellation().type() == io.orbitdc.core.scenario.ConstellationSpec.Type.TLE;
            if (targeted && tle) {
                // a TLE shell flies its file's element sets: a target would size a fleet geometry never flies
                throw src.error("target", "found a fleet target on a TLE shell; expected no target (the fleet is the"
                        + " file's element sets) or a single, cluster or walker first shell");
            }
            FleetTarget target = targeted ? scenario.target().get()
                    : new FleetTarget.Satellites(tle ? GeometryStage.tleFleetSize(scenario, i)
                            : shell.constellation().satellites());
            SizingInput in = input(scenario, src.shell(i), shell, design, target);
            // what the combined models refuse (a radiator that cannot reject its heat, a mass that
            // does not close) is a property of the satellite design, located at the part it names
            SizingResult result;
            try {
                result = SatelliteSizer.size(in);
            } catch (io.orbitdc.core.InputException e) {
                throw src.at(part(e.reason()), e);
            }
            int satellites = result.fleet().satellites();
            if (satellites > ScenarioSchema.MAX_SATELLITES) {
                throw src.error(targeted ? "target" : src.shell(i) + "constellation.satellites", String.format(Locale.ROOT,
                        "needs %,d satellites; expected a fleet of at most %,d (a smaller target, or more accelerators per satellite)",
                        satellites, ScenarioSchema.MAX_SATELLITES));
            }
            shells.add(new SizingReport.ShellSizing(shell, result));
        }
        return new SizingReport(scenario, shells);
    }

    /**
     * The satellite part a sizing model's message is about, by its first word ("radiator at 173 K
     * cannot reject heat" is the radiator's): the models name their subject first.
     */
    static String part(String reason) {
        String[] words = reason.toLowerCase(Locale.ROOT).split("[ (]", 3);
        String first = words[0];
        String two = words.length > 1 ? first + " " + words[1] : first;
        return switch (two) {
            case "mission life" -> "missionLife";
            case "orbit eccentricity" -> "orbit.eccentricity";
            case "it overhead" -> "satellite.itOverhead";
            case "thermal resistance" -> "satellite.thermalResistance";
            case "bus power" -> "satellite.bus";
            case "maximum satellite" -> "satellite.maxMass";
            case "die temperature" -> "satellite.accelerator";
            default -> switch (first) {
                case "radiator" -> "satellite.radiator";
                case "battery" -> "satellite.battery";
                case "solar", "array", "cell" -> "satellite.solarArray";
                case "shielding" -> "satellite.shielding";
                case "structure" -> "satellite.structureFraction";
                case "propulsion" -> "satellite.propulsionFraction";
                case "accelerator" -> "satellite.accelerator";
                case "acceleratorspersatellite" -> "satellite.acceleratorsPerSatellite";
                case "fleet" -> "target";
                default -> "satellite";
            };
        };
    }

    static SizingInput input(Scenario scenario, Shell shell, SatelliteDesign d, FleetTarget target) {
        return input(scenario, "", shell, d, target);
    }

    /** The sizing input of one shell, each part located at the scenario group it is mapped from. */
    private static SizingInput input(Scenario scenario, String shellPath, Shell shell, SatelliteDesign d,
                                     FleetTarget target) {
        SourceMap src = scenario.sources();
        try {
            return new SizingInput(shell.orbit(), scenario.missionLifeS(), d.accelerator(),
                    d.acceleratorsPerSatellite(), d.itOverhead(), d.bus().powerW(), d.bus().powerFraction(),
                    d.solarArray(), d.powerSystem(), d.battery(), d.radiator(), d.thermalResistanceKPerW(), d.shieldingM(),
                    d.structureFraction(), d.propulsionFraction(), d.bus().massKg(), d.maxMassKg(), target);
        } catch (io.orbitdc.core.InputException e) {
            throw src.at(part(e.reason()), e);
        }
    }
}
