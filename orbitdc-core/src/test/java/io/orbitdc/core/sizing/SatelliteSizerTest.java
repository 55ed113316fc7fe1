package io.orbitdc.core.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The whole chain on realistic designs, checked against physics and published figures. */
class SatelliteSizerTest {

    @Test
    void suncatcherLikeSatelliteCloses() {
        SizingInput in = SizingFixtures.suncatcherLike();
        SizingResult r = SatelliteSizer.size(in);

        // orbit: SSO at 650 km (97.98°, brief) with seasonal eclipses of ~20 min (reference §5.9 [D]), tolerance as in
        // OrbitGeometryTest
        assertThat(Math.toDegrees(r.orbit().orbit().inclinationRad())).isCloseTo(97.98, within(0.02));
        assertThat(r.orbit().worstEclipseS() / 60.0).isBetween(15.0, 23.0);

        // loads: 8 × 200 W × 1.5 = 2,400 W IT; bus 200 W + 5 % of IT
        assertThat(r.power().itLoadW()).isCloseTo(2400.0, within(1e-9));
        assertThat(r.power().busLoadW()).isCloseTo(320.0, within(1e-9));

        // energy per orbit: what the array delivers in daylight covers the loads over the whole orbit, with the path
        // losses bounded by X_d (daylight) and X_e (eclipse): load·T ≤ P_sa·T_d and P_sa between load/X_d and load·T/(T_d·X_e)
        double load = r.power().totalLoadW();
        double period = r.orbit().periodS();
        double daylight = r.orbit().daylightS();
        assertThat(r.power().requiredArrayPowerW() * daylight).isGreaterThan(load * period);
        assertThat(r.power().requiredArrayPowerW()).isBetween(load / 0.80, load * period / (daylight * 0.60));
        assertThat(r.solarArray().areaM2() * r.solarArray().eolOutputWPerM2())
                .isCloseTo(r.power().requiredArrayPowerW(), within(1e-6));
        // battery stores the worst eclipse at the allowed DoD
        assertThat(r.battery().capacityJ() * 0.3 * 0.95).isCloseTo(load * r.orbit().worstEclipseS(), within(1e-3));

        // thermal: the radiator rejects more than the IT load (bus and conversion losses) at ~830–960 W/m² for a 45 °C
        // two-sided AZ-93 plate edge-on to the Sun (Forethought's sun-facing 830 W/m² is the lower bound)
        assertThat(r.power().wasteHeatW()).isGreaterThan(load).isLessThan(r.power().requiredArrayPowerW() + 1e-6);
        assertThat(r.radiator().netFluxWPerM2()).isBetween(830.0, 1000.0);
        assertThat(r.dieTemperature().exceedsLimit()).isFalse();

        // radiation (regression; validation in RadiationTest and SuncatcherRadiationValidationTest): 650 km SSO behind
        // 10 mm interpolates the SPENVIS table between 500 km (140 rad/yr) and 700 km (360 rad/yr); the catalog's
        // 2 krad HBM limit is met at the central dose but not at the high end of the factor-2 band
        assertThat(r.radiation().doseRadPerYear()).isBetween(140.0, 360.0);
        assertThat(r.radiation().yearsToDoseLimit().getAsDouble())
                .isCloseTo(2000.0 / r.radiation().doseRadPerYear(), within(1e-9));
        assertThat(r.radiation().yearsToDoseLimitBand().low()).isLessThan(5.0);
        assertThat(r.radiation().tidLimit().isDefault()).isFalse();

        // mass: the parts add up, and structure (15 %) and propulsion (5 %) are fractions of the total, so by hand
        // total = (compute + power + radiator + shielding + bus) / 0.80 (MassBudgetTest checks the fractions)
        var m = r.mass();
        assertThat(m.computeKg() + m.powerKg() + m.radiatorKg() + m.shieldingKg() + m.busFixedKg() + m.structureKg()
                + m.propulsionKg()).isCloseTo(m.totalKg(), within(1e-6));
        assertThat((m.computeKg() + m.powerKg() + m.radiatorKg() + m.shieldingKg() + m.busFixedKg()) / 0.80)
                .isCloseTo(m.totalKg(), within(1e-6));
        // plausibility only (catches a unit slip, no more): specific power in the range of flown and proposed buses
        // (Starlink V2 mini 36.5 W/kg, Google's reference 49 W/kg, SpaceX's 100 W/kg design point; reference §5.3);
        // no published design carries this payload, so no tighter reference exists
        assertThat(r.itSpecificPowerWPerKg()).isBetween(5.0, 100.0);
        assertThat(r.comparison().specificPowerToStarlinkV2Mini()).isBetween(0.2, 3.0);
        // regression guard (measured at this commit: 2,400 W of IT on 228.4 kg; moves only when a sizing model
        // or a fixture figure changes, and then docs/models/satellite-sizing.md must be re-read): 1 %
        assertThat(r.itSpecificPowerWPerKg()).isCloseTo(10.51, within(0.11));

        // fleet: 81 satellites (suncatcher-2025), 648 chips
        assertThat(r.fleet().satellites()).isEqualTo(81);
        assertThat(r.fleet().accelerators()).isEqualTo(648);
        assertThat(r.fleet().massKg()).isCloseTo(81 * m.totalKg(), within(1e-6));

        // a part with every figure published and a closed design: no violation; one warning, the dose band's high end
        assertThat(r.binding().violation()).isFalse();
        assertThat(r.warnings()).singleElement().asString().contains("high end of the dose band");
    }

    @Test
    void starcloudOneLikeSatelliteCannotCarryAFullTimeH100In60Kg() {
        SizingResult r = SatelliteSizer.size(SizingFixtures.starcloudOneLike());
        // 325 km at 53° reaches β ≈ 0: eclipse ≈ 40 % of a ~91 min orbit (EclipseGeometry), tolerance 1 min
        assertThat(r.orbit().periodS() / 60.0).isCloseTo(91.0, within(0.5));
        assertThat(r.orbit().worstEclipseS() / 60.0).isCloseTo(
                EclipseGeometry.eclipseFraction(325e3, 0.0) * r.orbit().periodS() / 60.0, within(1.0));
        // running the 700 W GPU continuously through 36-min eclipses needs more than the published 60 kg
        // (starcloud-1 figures [S]), consistent with the [U] report that it could not run 24/7: the point of the test
        assertThat(r.mass().totalKg()).isGreaterThan(60.0);
        // plausibility (no tighter reference): at most twice the flown mass, i.e. the same class of microsatellite;
        // regression guard on the measured 81.5 kg (array 22.8 + battery 17.1 kg carry the eclipse), 1 %
        assertThat(r.mass().totalKg()).isLessThanOrEqualTo(120.0).isCloseTo(81.50, within(0.82));
        assertThat(r.binding().kind()).isEqualTo(BindingConstraint.Kind.SATELLITE_MASS);
        assertThat(r.binding().violation()).isTrue();
        // warnings: the mass violation first, then the dose table extrapolated below 500 km, the default TID limit
        // and the TPU stand-in figures
        assertThat(r.warnings()).hasSize(4);
        assertThat(r.warnings().get(0)).contains("mass").contains("60.0 kg");
        assertThat(r.warnings().get(1)).contains("dose table extrapolated");
        assertThat(r.warnings()).anyMatch(w -> w.contains("TPU v6e"));
        assertThat(r.warnings()).anyMatch(w -> w.contains("no published TID limit") && w.contains("2000 rad(Si) assumed"));
        // no published limit is not a pass: the graded 2 krad HBM default stands in
        assertThat(r.radiation().tidLimit().isDefault()).isTrue();
        assertThat(r.radiation().yearsToDoseLimit()).isPresent();
    }

    @Test
    void hotDieIsTheBindingViolationAndTheFirstWarning() {
        SizingInput base = SizingFixtures.starcloudOneLike();
        SizingInput hot = new SizingInput(base.orbit(), base.missionLifeS(), base.accelerator(), 1,
                base.itOverheadFraction(), base.busPowerW(), base.busPowerFraction(), base.solarArray(),
                base.powerSystem(), base.battery(), base.radiator(), 0.2, 0.8e-3, base.structureFraction(),
                base.propulsionFraction(), base.busMassKg(), OptionalDouble.of(500.0), base.fleetTarget());
        SizingResult r = SatelliteSizer.size(hot);
        // 313.15 K + 0.2 K/W × 700 W = 453 K > 360 K
        assertThat(r.dieTemperature().dieTemperatureK()).isCloseTo(453.15, within(1e-9));
        assertThat(r.binding().kind()).isEqualTo(BindingConstraint.Kind.DIE_TEMPERATURE);
        assertThat(r.warnings().get(0)).contains("die temperature");
        // 0.8 mm (and 325 km) is outside the dose table's 2–20 mm, 500–2,000 km range: a model-validity warning
        // before the assumptions
        assertThat(r.warnings().get(1)).contains("dose table extrapolated");
    }

    @Test
    void tenThousandH100sNeedTenThousandSingleGpuSatellites() {
        SizingInput base = SizingFixtures.starcloudOneLike();
        SizingInput fleet = new SizingInput(base.orbit(), base.missionLifeS(), base.accelerator(), 4,
                base.itOverheadFraction(), base.busPowerW(), base.busPowerFraction(), base.solarArray(),
                base.powerSystem(), base.battery(), base.radiator(), base.thermalResistanceKPerW(),
                base.shieldingThicknessM(), base.structureFraction(), base.propulsionFraction(), base.busMassKg(),
                OptionalDouble.empty(), new FleetTarget.Accelerators(10_000));
        SizingResult r = SatelliteSizer.size(fleet);
        assertThat(r.fleet().satellites()).isEqualTo(2500);
        assertThat(r.fleet().accelerators()).isEqualTo(10_000);
        assertThat(r.fleet().itPowerW()).isCloseTo(10_000 * 700.0 * 1.3, within(1e-3));
    }

    @Test
    void badInputNamesTheFieldAndTheExpectedRange() {
        SizingInput base = SizingFixtures.suncatcherLike();
        assertThatThrownBy(() -> new SizingInput(base.orbit(), base.missionLifeS(), base.accelerator(), 0,
                base.itOverheadFraction(), base.busPowerW(), base.busPowerFraction(), base.solarArray(),
                base.powerSystem(), base.battery(), base.radiator(), base.thermalResistanceKPerW(),
                base.shieldingThicknessM(), base.structureFraction(), base.propulsionFraction(), base.busMassKg(),
                base.maxSatelliteMassKg(), base.fleetTarget()))
                .isInstanceOf(SizingInputException.class)
                .hasMessage("acceleratorsPerSatellite must be >= 1, found 0");
        assertThatThrownBy(() -> new SizingInput(base.orbit(), base.missionLifeS(), base.accelerator(), 8,
                base.itOverheadFraction(), base.busPowerW(), base.busPowerFraction(), base.solarArray(),
                base.powerSystem(), base.battery(), base.radiator(), base.thermalResistanceKPerW(),
                Double.NaN, base.structureFraction(), base.propulsionFraction(), base.busMassKg(),
                base.maxSatelliteMassKg(), base.fleetTarget()))
                .isInstanceOf(SizingInputException.class)
                .hasMessageContaining("shielding thickness").hasMessageContaining("NaN");
    }
}
