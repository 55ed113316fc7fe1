package io.orbitdc.core.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.orbitdc.core.scenario.Overrides;
import io.orbitdc.core.twin.TwinSummary;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code satellite.doseCase} carries the size report's dose band into the twin (and so into
 * {@code cost --with-twin}): the twin's single events scale with the dose it flies.
 */
class DoseCaseTest {

    private static TwinSummary.Radiation fly(String doseCase) {
        Study study = Study.load(Path.of("..", "scenarios", "suncatcher-like.yaml"),
                Overrides.parse(List.of("satellite.doseCase=" + doseCase, "duration=12 h")));
        return study.simulate(SimulateOptions.of(2)).twin().summary().radiation();
    }

    @Test
    void theHighEndOfTheBandDrawsAboutFourTimesTheEventsOfTheLowEnd() {
        TwinSummary.Radiation low = fly("low");
        TwinSummary.Radiation central = fly("central");
        TwinSummary.Radiation high = fly("high");
        // dose accumulates linearly: the band's ends are central/2 and 2 x central (radiation-dose.md)
        assertThat(low.maxDoseRad()).isCloseTo(central.maxDoseRad() / 2, within(1e-9 * central.maxDoseRad()));
        assertThat(high.maxDoseRad()).isCloseTo(central.maxDoseRad() * 2, within(1e-9 * central.maxDoseRad()));
        // SDC are Poisson draws at a rate proportional to dose: by hand, 5,184 TPUs x 17.2 SDC per
        // chip-year (central) x 0.5 d / 365.25 d = 122 expected, so low ~61, high ~244. The ratio
        // high/low is 4 with sigma 4 x sqrt(1/61 + 1/244) = 0.57: 4 sigma gives [1.7, 6.3].
        assertThat(low.sdc()).isLessThan(central.sdc());
        assertThat(central.sdc()).isLessThan(high.sdc());
        assertThat((double) high.sdc() / low.sdc()).isBetween(1.7, 6.3);
        assertThat((double) central.sdc()).isCloseTo(122.0, within(4 * Math.sqrt(122.0)));
    }
}
