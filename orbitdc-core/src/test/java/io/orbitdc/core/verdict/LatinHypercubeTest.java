package io.orbitdc.core.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LatinHypercubeTest {

    /** Property of the design: every stratum of every dimension holds exactly one draw. */
    @Test
    void everyStratumOnce() {
        int n = 97;
        double[][] u = LatinHypercube.sample(n, 5, 3);
        for (int j = 0; j < 5; j++) {
            Set<Integer> strata = new HashSet<>();
            for (double[] row : u) {
                assertThat(row[j]).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
                strata.add((int) Math.floor(row[j] * n));
            }
            assertThat(strata).hasSize(n);
        }
    }

    @Test
    void sameSeedSameDesignOtherSeedOther() {
        assertThat(LatinHypercube.sample(32, 4, 9)).isDeepEqualTo(LatinHypercube.sample(32, 4, 9));
        assertThat(java.util.Arrays.deepEquals(LatinHypercube.sample(32, 4, 9), LatinHypercube.sample(32, 4, 10))).isFalse();
    }
}
