package io.orbitdc.core.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RingAllReduceTest {
    @Test
    void bandwidthTermOfTheRing() {
        // one node exchanges nothing; two nodes each send half twice = the whole gradient once
        assertThat(RingAllReduce.seconds(8e9, 1, 1e9)).isZero();
        assertThat(RingAllReduce.seconds(8e9, 2, 1e9)).isCloseTo(8.0, within(1e-12));
        // 70 B parameters in bf16 (1.12e12 bit) over Suncatcher's 81 satellites at 800 Gbps each way:
        // 2·80/81 · 1.12e12 / 8e11 = 2.7654 s (hand calculation)
        assertThat(RingAllReduce.seconds(70e9 * 16, 81, 800e9)).isCloseTo(2.76543, within(1e-5));
        // tends to 2·S/b for a large ring (ref: patarasuk-yuan-2009)
        assertThat(RingAllReduce.seconds(1e9, 100_000, 1e9)).isCloseTo(2.0, within(1e-4));
    }
}
