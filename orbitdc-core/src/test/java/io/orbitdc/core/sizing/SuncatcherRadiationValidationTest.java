package io.orbitdc.core.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitdc.core.orbit.SunSynchronous;
import org.junit.jupiter.api.Test;

/**
 * The Suncatcher-like design against the radiation figures Google published (ref: suncatcher-2025
 * §2.3, §4.3; reference notes §1.4): ~150 rad(Si)/yr behind ~10 mm Al in SSO (altitude basis
 * unconfirmed: 550 or 650 km), first HBM irregularities at 2 krad(Si), and the proton-beam
 * cross-sections behind the per-rad event figures. None of these numbers is an input of the dose
 * model, which comes from the SPENVIS tables (RadiationTest).
 */
class SuncatcherRadiationValidationTest {

    /** The paper's conversion at 67 MeV: 1 rad(Si) ≈ 7.9e6 protons/cm² (ref: suncatcher-2025 §4.3). */
    private static final double PROTONS_PER_CM2_PER_RAD = 7.9e6;

    @Test
    void publishedAnnualDoseLiesInsideTheSizedBand() {
        // 150 rad/yr behind ~10 mm (suncatcher-2025 §2.3). Tolerance: the model's factor-2 band (AP-8/AE-8 spread, see
        // docs/models/radiation-dose.md); the central table value is ~2x the paper at 650 km because it carries a 95 %
        // solar-proton fluence and the worse solar phase; at 550 km it is ~1.2x.
        SizingResult r = SatelliteSizer.size(SizingFixtures.suncatcherLike());
        assertThat(r.radiation().dose().contains(150.0)).as("%s", r.radiation().dose()).isTrue();
        Band at550 = RadiationEnvironment.dose(550e3, 10e-3, SunSynchronous.circularInclinationRad(550e3));
        assertThat(at550.contains(150.0)).as("%s", at550).isTrue();
        // and the 5-year mission dose band holds the paper's 750 rad
        assertThat(r.radiation().missionDose().contains(750.0)).isTrue();
    }

    @Test
    void publishedHbmMarginLiesInsideTheSizedMarginBand() {
        // 2 krad(Si) first HBM irregularities / 750 rad over 5 years = 2.7x (reference notes §1.4 [D]); the sized
        // margin band (limit over mission dose, factor-2 dose band) must hold it
        SizingResult r = SatelliteSizer.size(SizingFixtures.suncatcherLike());
        assertThat(r.radiation().tidLimit().rad()).isEqualTo(2000.0);
        assertThat(r.radiation().tidMargin().contains(2000.0 / 750.0)).as("%s", r.radiation().tidMargin()).isTrue();
    }

    @Test
    void publishedEventRatesAt150RadPerYearLieInsideTheSizedRateBands() {
        // in-flight rates the paper's figures imply at 150 rad/yr (reference notes §1.4 [D]): SDC 7.5-10, HBM UECC 3.4,
        // SEFI 0.03 per chip-year. Tolerance: the rate bands of the sized design (dose band / rad per event)
        SizingResult r = SatelliteSizer.size(SizingFixtures.suncatcherLike());
        RadiationBudget rad = r.radiation();
        assertThat(rad.ratesLow().sdcPerYear()).isLessThanOrEqualTo(10.0);
        assertThat(rad.ratesHigh().sdcPerYear()).isGreaterThanOrEqualTo(7.5);
        assertThat(new Band(rad.ratesLow().ueccPerYear(), rad.rates().ueccPerYear(), rad.ratesHigh().ueccPerYear())
                .contains(3.4)).isTrue();
        assertThat(new Band(rad.ratesLow().crashesPerYear(), rad.rates().crashesPerYear(),
                rad.ratesHigh().crashesPerYear()).contains(0.03)).isTrue();
        assertThat(rad.rates().usedTpuDefaults()).isFalse();
    }

    @Test
    void radPerEventFiguresAgreeWithThePublishedCrossSections() {
        // rad per event = 1 / (σ × protons per cm² per rad); σ from suncatcher-2025 §4.3 (reference notes §1.4):
        // SDC σ 6-9e-9 cm²/chip -> 14.1-21.1 rad, contains the 17 rad used; tolerance: the published range itself.
        // HBM UECC σ ≈ 3e-9 -> 42.2 rad vs 44 used: ±10 % (σ printed to one significant figure).
        // SEFI σ ≈ 2e-11 -> 6,329 rad vs 5,000 used: ±30 % (σ printed to one significant figure, "~").
        var tpu = SizingFixtures.tpuV6e();
        double sdcFromLowSigma = 1.0 / (9e-9 * PROTONS_PER_CM2_PER_RAD);
        double sdcFromHighSigma = 1.0 / (6e-9 * PROTONS_PER_CM2_PER_RAD);
        assertThat(tpu.radPerSdc().getAsDouble()).isBetween(sdcFromLowSigma, sdcFromHighSigma);
        double uecc = 1.0 / (3e-9 * PROTONS_PER_CM2_PER_RAD);
        assertThat(tpu.radPerUecc().getAsDouble() / uecc).isBetween(0.9, 1.1);
        double sefi = 1.0 / (2e-11 * PROTONS_PER_CM2_PER_RAD);
        assertThat(tpu.radPerCrash().getAsDouble() / sefi).isBetween(0.7, 1.3);
    }
}
