package io.orbitdc.core.twin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PoissonDrawTest {
    @Test
    void sampleMeanAndVarianceMatchThePoissonLaw() {
        // 200,000 draws: the sample mean is within 4 standard errors √(μ/n) of μ and the variance
        // within 5 % of μ, for a tiny mean, a mean inside the inversion range and one that is chunked
        for (double mu : new double[] {0.01, 5.0, 95.0}) {
            SplittableRandom rng = new SplittableRandom(3);
            int n = 200_000;
            double sum = 0.0;
            double sumSq = 0.0;
            for (int i = 0; i < n; i++) {
                long k = PoissonDraw.sample(rng, mu);
                sum += k;
                sumSq += (double) k * k;
            }
            double mean = sum / n;
            double variance = sumSq / n - mean * mean;
            assertThat(mean).as("mean at μ=%s", mu).isCloseTo(mu, within(4 * Math.sqrt(mu / n)));
            assertThat(variance).as("variance at μ=%s", mu).isCloseTo(mu, within(0.05 * mu));
        }
    }

    @Test
    void aCallSitesCachedExponentialGivesTheFreshDrawsNumbers() {
        // Regression: a PoissonDraw keeps e^-mean of its last mean; the counts must be those of
        // a fresh draw for every mean, repeated or changed (dose in and out of the SAA, chunked means)
        double[] means = {1e-6, 1e-6, 0.3, 0.3, 0.0, 1e-6, 95.0, 95.0, 30.0, 0.3};
        SplittableRandom cached = new SplittableRandom(9);
        SplittableRandom fresh = new SplittableRandom(9);
        PoissonDraw site = new PoissonDraw();
        for (int round = 0; round < 2_000; round++) {
            for (double mu : means) {
                assertThat(site.draw(cached, mu)).isEqualTo(PoissonDraw.sample(fresh, mu));
            }
        }
        assertThat(cached.nextLong()).isEqualTo(fresh.nextLong());
    }

    @Test
    void streamsDependOnlyOnSeedAndIndex() {
        // drawing satellite 5's stream before or after satellite 2's gives the same numbers
        long first = RandomStreams.of(7L, 5).radiation().nextLong();
        RandomStreams.of(7L, 2).radiation().nextLong();
        assertThat(RandomStreams.of(7L, 5).radiation().nextLong()).isEqualTo(first);
        assertThat(RandomStreams.of(7L, 6).radiation().nextLong()).isNotEqualTo(first);
        assertThat(RandomStreams.of(7L, 5).failures().nextLong()).isNotEqualTo(first);
    }

    @Test
    void badInputsNameTheQuantity() {
        assertThatThrownBy(() -> PoissonDraw.sample(new SplittableRandom(1), Double.NaN))
                .isInstanceOf(TwinInputException.class).hasMessageContaining("Poisson mean must be a finite number >= 0, found NaN");
        assertThatThrownBy(() -> new RadiationSpec(150.0, 1.5, 0.0, 0.0, 0.0, OptionalDouble.empty()))
                .hasMessageContaining("SAA share of dose must be in [0.0, 1.0], found 1.5");
        assertThatThrownBy(() -> TwinFixtures.thermal(-1.0))
                .hasMessageContaining("radiator area (m²) must be > 0, found -1.0");
        assertThatThrownBy(() -> new ThrottleSpec(358.0, 5.0, 1.0))
                .hasMessageContaining("throttled duty must be < 1");
        assertThatThrownBy(() -> new SatelliteTwin(TwinFixtures.comfortable(), TwinFixtures.orbit(2, 5, 0.0, 0.0), 2, 1L))
                .hasMessageContaining("satellite index 2 outside the timeline's [0, 2)");
    }
}
