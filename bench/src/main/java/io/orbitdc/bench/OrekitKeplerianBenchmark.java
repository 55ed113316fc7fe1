package io.orbitdc.bench;

import io.orbitdc.core.geometry.batch.EarthJ2;
import io.orbitdc.core.geometry.batch.FleetElements;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.orekit.orbits.KeplerianOrbit;
import org.orekit.orbits.PositionAngleType;
import org.orekit.propagation.analytical.KeplerianPropagator;
import org.orekit.time.AbsoluteDate;

/**
 * Orekit's KeplerianPropagator, the baseline of the 20x target: 1,000 satellites of the
 * same Walker fleet, each propagated one 60 s step per invocation (score = ns per satellite-step).
 * Two ways of asking: the full state ({@code propagate}) and position only ({@code getPosition}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class OrekitKeplerianBenchmark {

    static final int SATELLITES = 1_000;

    private KeplerianPropagator[] propagators;
    private OfflineSun env;
    private double t;

    @Setup
    public void setUp() {
        env = new OfflineSun();
        FleetElements fleet = WalkerShells.fleet(100_000);
        propagators = new KeplerianPropagator[SATELLITES];
        for (int k = 0; k < SATELLITES; k++) {
            int s = k * 100; // spread over all shells
            KeplerianOrbit orbit = new KeplerianOrbit(fleet.semiMajorAxisM(s), fleet.eccentricity(s),
                    fleet.inclination(s), fleet.argumentOfPerigee(s), fleet.raan(s), fleet.meanAnomaly(s),
                    PositionAngleType.MEAN, env.eme2000, env.epoch, EarthJ2.EARTH.muM3PerS2());
            propagators[k] = new KeplerianPropagator(orbit);
        }
    }

    @Benchmark
    @OperationsPerInvocation(SATELLITES)
    public void propagateState(Blackhole bh) {
        t += 60;
        AbsoluteDate date = env.epoch.shiftedBy(t);
        for (KeplerianPropagator p : propagators) {
            bh.consume(p.propagate(date).getPosition());
        }
    }

    @Benchmark
    @OperationsPerInvocation(SATELLITES)
    public void positionOnly(Blackhole bh) {
        t += 60;
        AbsoluteDate date = env.epoch.shiftedBy(t);
        for (KeplerianPropagator p : propagators) {
            bh.consume(p.getPosition(date, env.eme2000));
        }
    }
}
