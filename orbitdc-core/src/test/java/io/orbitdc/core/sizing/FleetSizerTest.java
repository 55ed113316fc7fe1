package io.orbitdc.core.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/**
 * Fleet rounding: a target is a floor (never less than asked), and an overshoot of more than 10 %
 * is reported. Expected counts are hand calculations shown in the comments.
 */
class FleetSizerTest {

    /** One Starcloud-white-paper module: 45,700 H100 x 700 W x (1 + 0.25 host) = 39,987,500 W. */
    private static final double STARCLOUD_MODULE_IT_W = 45_700 * 700.0 * 1.25;

    @Test
    void fortyMegawattTargetOnA39point99MegawattSatelliteBuysASecondSatelliteAndSaysSo() {
        // 40e6 / 39,987,500 = 1.000313 -> ceil = 2 satellites = 79.975 MW, 99.9 % above the target
        FleetTarget target = new FleetTarget.ItPower(40e6);
        assertThat(FleetSizer.satellitesFor(target, 45_700, STARCLOUD_MODULE_IT_W)).isEqualTo(2);
        assertThat(FleetSizer.overshootWarning(target, 45_700, STARCLOUD_MODULE_IT_W)).hasValueSatisfying(w ->
                assertThat(w).contains("rounded up to 2").contains("100 % above").contains("39.99 MW"));
    }

    @Test
    void aTargetTheSatelliteMeetsGivesOneSatelliteAndNoWarning() {
        // 39.9e6 / 39,987,500 = 0.9978 -> 1 satellite, 0.2 % above the target
        FleetTarget target = new FleetTarget.ItPower(39.9e6);
        assertThat(FleetSizer.satellitesFor(target, 45_700, STARCLOUD_MODULE_IT_W)).isEqualTo(1);
        assertThat(FleetSizer.overshootWarning(target, 45_700, STARCLOUD_MODULE_IT_W)).isEmpty();
    }

    @Test
    void aTargetBelowOneSatelliteAdvisesFewerAcceleratorsNotAZeroTarget() {
        // 20e6 / 39,987,500 = 0.5 -> 1 satellite, 99.9 % above; 20e6 / (39,987,500 / 45,700 = 875 W) = 22,857.1 -> 22,858
        FleetTarget target = new FleetTarget.ItPower(20e6);
        assertThat(FleetSizer.overshootWarning(target, 45_700, STARCLOUD_MODULE_IT_W)).hasValueSatisfying(w ->
                assertThat(w).contains("below one satellite of 39.99 MW").contains("acceleratorsPerSatellite to about 22858")
                        .doesNotContain("0 satellite"));
    }

    @Test
    void largeFleetsRoundUpByLessThanTheWarningThreshold() {
        // 10,001 / 8 = 1,250.125 -> 1,251 satellites = 10,008 accelerators, 0.07 % above the target
        assertThat(FleetSizer.overshootWarning(new FleetTarget.Accelerators(10_001), 8, 2400.0)).isEmpty();
        // 9 / 8 -> 2 satellites = 16 accelerators, 78 % above the target
        assertThat(FleetSizer.overshootWarning(new FleetTarget.Accelerators(9), 8, 2400.0))
                .hasValueSatisfying(w -> assertThat(w).contains("2 satellites (16 accelerators, 78 % above"));
        // a satellite count is what the user asked for: nothing to report
        assertThat(FleetSizer.overshootWarning(new FleetTarget.Satellites(2), 8, 2400.0)).isEmpty();
    }

    @Property(tries = 500)
    void fleetIsTheSmallestCountThatMeetsTheTargetAndWarnsExactlyOnLargeOvershoot(
            @ForAll @DoubleRange(min = 1e3, max = 1e10) double targetW,
            @ForAll @DoubleRange(min = 100, max = 1e8) double perSatelliteW) {
        FleetTarget target = new FleetTarget.ItPower(targetW);
        int n = FleetSizer.satellitesFor(target, 1, perSatelliteW);
        // never below the target (up to the 1e-9 satellite guard against floating-point noise)
        assertThat(n * perSatelliteW).isGreaterThanOrEqualTo(targetW - 1e-9 * perSatelliteW);
        if (n > 1) {
            assertThat((n - 1) * perSatelliteW).isLessThan(targetW);
        }
        boolean large = n * perSatelliteW > targetW * (1 + FleetSizer.OVERSHOOT_WARNING_FRACTION);
        assertThat(FleetSizer.overshootWarning(target, 1, perSatelliteW).isPresent()).isEqualTo(large);
    }
}
