package io.orbitdc.core.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitdc.core.report.JsonOutput;
import io.orbitdc.core.report.VerdictJson;
import io.orbitdc.core.scenario.Overrides;
import io.orbitdc.core.study.Study;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The default sample through the sweep engine: graded catalog inputs re-sized per draw, plus the cost inputs. */
class SweepEngineSamplerTest {

    private static final Path SUNCATCHER = Path.of("../scenarios/suncatcher-like.yaml");

    @Test
    void sameSampleForAnyThreadCount() {
        Study study = Study.load(SUNCATCHER);
        Sample one = new SweepEngineSampler(SUNCATCHER, Overrides.none(), 48, 5, 1).sample(study);
        Sample three = new SweepEngineSampler(SUNCATCHER, Overrides.none(), 48, 5, 3).sample(study);
        assertThat(three.ratio()).containsExactly(one.ratio());
        assertThat(Arrays.deepEquals(three.x(), one.x())).isTrue();
        assertThat(one.inputs()).contains("satellite.accelerator.power [U]", "launch price");
        String a = JsonOutput.pretty(VerdictJson.of(Verdict.of(study, new SweepEngineSampler(SUNCATCHER,
                Overrides.none(), 32, 5, 1), Optional.empty())));
        String b = JsonOutput.pretty(VerdictJson.of(Verdict.of(study, new SweepEngineSampler(SUNCATCHER,
                Overrides.none(), 32, 5, 2), Optional.empty())));
        assertThat(b).isEqualTo(a);
    }

    /** A --set reaches every draw: a flat $50/kg launch lowers every draw's ratio against $3,600/kg. */
    @Test
    void userOverridesApplyAtEveryDraw() {
        Overrides cheap = Overrides.parse(java.util.List.of("launch.pricePerKg=50 USD/kg"));
        Overrides dear = Overrides.parse(java.util.List.of("launch.pricePerKg=3600 USD/kg"));
        Sample low = new SweepEngineSampler(SUNCATCHER, cheap, 24, 9, 2).sample(Study.load(SUNCATCHER, cheap));
        Sample high = new SweepEngineSampler(SUNCATCHER, dear, 24, 9, 2).sample(Study.load(SUNCATCHER, dear));
        for (int i = 0; i < low.draws(); i++) {
            assertThat(low.ratio()[i]).isLessThan(high.ratio()[i]);
        }
    }
}
