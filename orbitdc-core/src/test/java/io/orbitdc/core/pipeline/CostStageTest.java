package io.orbitdc.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitdc.core.economics.CostComparison;
import io.orbitdc.core.economics.SpaceCostModel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The economics stage on the shipped scenarios. */
class CostStageTest {

    private static final Pipeline PIPELINE = Pipeline.standard();

    private static CostStage.CostReport cost(String name) {
        return new CostStage(PIPELINE.catalogs()).run(PIPELINE.load(Path.of("..", "scenarios", name)));
    }

    @Test
    void starcloudUnderOurDefaultsCostsFarMoreThanItsWhitePaper() {
        CostComparison c = cost("starcloud-40mw.yaml").comparison();
        // ref: starcloud-wp — $5M launch for 100 t. Our sizing of the same 40 MW puts thousands of
        // tonnes in orbit (arrays, radiators at ~633 W/m2, H100 servers), so at their own $50/kg the
        // launch line alone exceeds their whole $8.2M space total (see docs/models/economics.md).
        assertThat(c.space().line(SpaceCostModel.LAUNCH).usd()).isGreaterThan(8.2e6);
        // one 40 MW module (45,700 x 875 W = 39.99 MW), bounded on both sides: +-1 %
        assertThat(c.space().itPowerW()).isCloseTo(40e6, org.assertj.core.data.Offset.offset(0.4e6));
        assertThat(c.spaceToGroundRatio()).isGreaterThan(1);
    }

    @Test
    void everyOrbitalScenarioCostsBothSidesWithPositiveFiniteUnitCosts() {
        for (String s : new String[] {"suncatcher-like.yaml", "starcloud-1.yaml", "three-body.yaml", "no-spacex.yaml"}) {
            CostComparison c = cost(s).comparison();
            assertThat(c.space().usdPerGpuHour()).as(s).isPositive().isFinite();
            assertThat(c.ground().usdPerGpuHour()).as(s).isPositive().isFinite();
            assertThat(c.space().lines()).extracting(l -> l.name()).contains(SpaceCostModel.LAUNCH, SpaceCostModel.SPARES);
            assertThat(c.crossover().note()).isNotBlank();
        }
    }

    @Test
    void groundOnlyScenarioCostsTheSiteItself() {
        CostStage.CostReport r = cost("stargate-abilene.yaml");
        assertThat(r.comparison()).isNull();
        // 5,556 NVL72 racks of 72 GPUs: GPU-hours count chips
        assertThat(r.groundOnly().gpuHoursPerYear()).isGreaterThan(5556 * 72 * 8000.0);
        assertThat(r.groundOnly().usdPerGpuHour()).isBetween(0.5, 10.0);
    }
}
