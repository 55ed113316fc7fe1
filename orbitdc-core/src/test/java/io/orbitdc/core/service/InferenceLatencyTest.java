package io.orbitdc.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Validates the M/M/c latency model (docs/models/inference-latency.md). */
class InferenceLatencyTest {

    /**
     * Textbook values (ref: gross-harris-2008 §2.3, kleinrock-1975 §3.5): M/M/1 waits with
     * probability ρ; M/M/2 with 2ρ²/(1 + ρ), so a = 1 Erlang on 2 servers gives 1/3; a = 2 Erlang
     * on 3 servers gives (8/6)/(1/3) / (1 + 2 + 2 + 4) = 4/9 from the defining sum. Exact to 1e-12.
     */
    @Test
    void erlangCMatchesTextbookValues() {
        assertThat(new ErlangC(1, 0.7, 1).waitProbability()).isCloseTo(0.7, within(1e-12));
        assertThat(new ErlangC(2, 1, 1).waitProbability()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(new ErlangC(3, 2, 1).waitProbability()).isCloseTo(4.0 / 9, within(1e-12));
    }

    @Property(tries = 100)
    void twoServerWaitProbabilityIsTwoRhoSquaredOverOnePlusRho(@ForAll @DoubleRange(min = 0.01, max = 0.99) double rho) {
        assertThat(new ErlangC(2, 2 * rho, 1).waitProbability()).isCloseTo(2 * rho * rho / (1 + rho), within(1e-12));
    }

    /** The Erlang B recursion stays finite and in [0, 1] for large pools where a^c/c! would overflow. */
    @Property(tries = 50)
    void largePoolsStayFinite(@ForAll @IntRange(min = 200, max = 20_000) int c, @ForAll @DoubleRange(min = 0.1, max = 0.99) double rho) {
        double pw = new ErlangC(c, rho * c, 1).waitProbability();
        assertThat(pw).isBetween(0.0, 1.0);
    }

    /** M/M/1 sojourn time is exponential at μ − λ: p50 = ln 2/(μ − λ), p99 = ln 100/(μ − λ) (1e-6 relative). */
    @Test
    void singleServerQuantilesAreExponential() {
        InferenceLatency l = new InferenceLatency(1, 0.1, PathDelay.alwaysInView(0, 0, 0));
        LatencyQuantiles q = l.at(6);
        assertThat(q.p50S()).isCloseTo(Math.log(2) / 4, within(Math.log(2) / 4 * 1e-6));
        assertThat(q.p99S()).isCloseTo(Math.log(100) / 4, within(Math.log(100) / 4 * 1e-6));
        assertThat(q.meanS()).isCloseTo(0.25, within(1e-12));
        assertThat(q.utilisation()).isCloseTo(0.6, within(1e-12));
    }

    /**
     * Seeded discrete-event simulation (seed 20261129, 2,000,000 requests after 20,000 warm-up) of
     * 8 servers at ρ = 0.85, with 650 km slant range, 3 hops of 200 m, and no contact wait:
     * P(wait) within 0.01, P(W &gt; 0.5 s) within 0.01, p50 and p99 within 3 %.
     */
    @Test
    void erlangCTailMatchesASeededSimulation() {
        PathDelay path = PathDelay.alwaysInView(650e3, 3, 200);
        int c = 8;
        double mu = 2;
        double lambda = 0.85 * c * mu;
        MmcSimulation.Sample sim = MmcSimulation.run(20261129L, c, lambda, mu, path, 2_000_000, 20_000);
        ErlangC q = new ErlangC(c, lambda, mu);
        assertThat(sim.waitFraction()).isCloseTo(q.waitProbability(), within(0.01));
        assertThat(sim.waitExceedance(0.5)).isCloseTo(q.waitExceedance(0.5), within(0.01));
        LatencyQuantiles model = new InferenceLatency(c, 1 / mu, path).at(lambda);
        assertThat(model.p50S()).isCloseTo(sim.latencyQuantile(0.5), within(0.03 * model.p50S()));
        assertThat(model.p99S()).isCloseTo(sim.latencyQuantile(0.99), within(0.03 * model.p99S()));
        assertThat(model.lightTimeS()).isCloseTo(2 * (650e3 + 600) / 299_792_458.0, within(1e-15));
    }

    /** The same simulation with contacts: in view 70 % of the time, 20-minute gaps (p50, p99 within 3 %). */
    @Test
    void contactWaitMatchesASeededSimulation() {
        PathDelay path = new PathDelay(1200e3, 2, 500, 0.7, 1200);
        int c = 4;
        double mu = 1;
        double lambda = 3;
        MmcSimulation.Sample sim = MmcSimulation.run(7L, c, lambda, mu, path, 400_000, 20_000);
        LatencyQuantiles model = new InferenceLatency(c, 1 / mu, path).at(lambda);
        assertThat(model.p50S()).isCloseTo(sim.latencyQuantile(0.5), within(0.03 * model.p50S()));
        assertThat(model.p99S()).isCloseTo(sim.latencyQuantile(0.99), within(0.03 * model.p99S()));
        // hand check: the 1 % tail sits in the gaps: 0.3 (1 − x/1200) ≈ 0.01 → x ≈ 1160 s
        assertThat(model.p99S()).isBetween(1155.0, 1170.0);
    }

    @Test
    void aFlatDayEqualsTheMeanRateAndASwingingDayHasALongerTail() {
        InferenceLatency l = new InferenceLatency(8, 0.5, PathDelay.alwaysInView(650e3, 0, 0));
        LatencyQuantiles flat = l.overDay(DiurnalLoad.constant(12));
        LatencyQuantiles at = l.at(12);
        assertThat(flat.p99S()).isCloseTo(at.p99S(), within(at.p99S() * 1e-9));
        LatencyQuantiles swing = l.overDay(new DiurnalLoad(12, 0.3, 20));
        assertThat(swing.stable()).isTrue();
        assertThat(swing.p99S()).isGreaterThan(at.p99S());
        assertThat(swing.utilisation()).isGreaterThan(at.utilisation());
    }

    @Test
    void anOverloadedSatelliteReportsInstabilityInsteadOfNumbers() {
        InferenceLatency l = new InferenceLatency(2, 1, PathDelay.alwaysInView(650e3, 0, 0));
        LatencyQuantiles q = l.at(2.5);
        assertThat(q.stable()).isFalse();
        assertThat(q.p99S()).isInfinite();
        assertThat(l.overDay(new DiurnalLoad(1.8, 0.2, 12)).stable()).isFalse();
    }

    @Test
    void badInputsAreRejectedWithTheFieldNamed() {
        assertThatThrownBy(() -> new ErlangC(0, 1, 1)).hasMessageContaining("servers");
        assertThatThrownBy(() -> new InferenceLatency(1, 0, PathDelay.alwaysInView(0, 0, 0))).hasMessageContaining("service time");
        assertThatThrownBy(() -> new PathDelay(1, 0, 0, 1.5, 0)).hasMessageContaining("coverage");
        assertThatThrownBy(() -> new DiurnalLoad(1, 2, 0)).hasMessageContaining("amplitude");
        assertThatThrownBy(() -> new InferenceLatency(1, 1, PathDelay.alwaysInView(0, 0, 0)).at(-1)).hasMessageContaining("arrival rate");
    }
}
