package io.orbitdc.core.twin;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Hardware failures of one satellite: per step, Poisson counts of accelerator, host and
 * power-string failures among the working units (exponential lifetimes, rate per unit-year),
 * spares switched in first, and a whole-satellite loss. Working compute units are the working
 * accelerators that still have a working host.
 *
 * <p>Validity: constant hazard rates (no infant mortality or wear-out), instantaneous spare
 * switching, no repair; spares are cold and do not fail. Mutable, one per satellite.
 */
public final class FailureState {
    private final FailureRates rates;
    private final FailureLayout layout;
    private final SplittableRandom rng;
    private final PoissonDraw lossDraw = new PoissonDraw();
    private final PoissonDraw acceleratorDraw = new PoissonDraw();
    private final PoissonDraw hostDraw = new PoissonDraw();
    private final PoissonDraw stringDraw = new PoissonDraw();
    private final int powerStrings;
    private int accelerators;
    private int acceleratorSpares;
    private int hosts;
    private int hostSpares;
    private int workingStrings;
    private boolean satelliteLost;
    private long acceleratorFailures;
    private long hostFailures;
    private long powerStringFailures;

    public FailureState(FailureRates rates, FailureLayout layout, int installedAccelerators, SplittableRandom rng) {
        this.rates = Objects.requireNonNull(rates, "failure rates");
        this.layout = Objects.requireNonNull(layout, "failure layout");
        this.rng = Objects.requireNonNull(rng, "random stream");
        this.accelerators = InputRange.nonNegative("installed accelerators", installedAccelerators);
        this.acceleratorSpares = layout.acceleratorSpares();
        this.hosts = (installedAccelerators + layout.acceleratorsPerHost() - 1) / layout.acceleratorsPerHost();
        this.hostSpares = layout.hostSpares();
        this.powerStrings = layout.powerStrings();
        this.workingStrings = powerStrings;
    }

    /** Draws the failures of a step of {@code dtS}. */
    public void step(double dtS) {
        if (satelliteLost) {
            return;
        }
        double years = dtS / RadiationSpec.SECONDS_PER_JULIAN_YEAR;
        if (lossDraw.draw(rng, rates.satellitePerYear() * years) > 0) {
            satelliteLost = true;
            return;
        }
        long a = Math.min(accelerators, acceleratorDraw.draw(rng, rates.acceleratorPerYear() * accelerators * years));
        acceleratorFailures += a;
        long replaced = Math.min(a, acceleratorSpares);
        acceleratorSpares -= (int) replaced;
        accelerators -= (int) (a - replaced);
        long h = Math.min(hosts, hostDraw.draw(rng, rates.hostPerYear() * hosts * years));
        hostFailures += h;
        long hostReplaced = Math.min(h, hostSpares);
        hostSpares -= (int) hostReplaced;
        hosts -= (int) (h - hostReplaced);
        long p = Math.min(workingStrings, stringDraw.draw(rng, rates.powerStringPerYear() * workingStrings * years));
        powerStringFailures += p;
        workingStrings -= (int) p;
    }

    /** Accelerator units that can compute: working ones with a working host (0 once the satellite is lost). */
    public int workingAccelerators() {
        if (satelliteLost) {
            return 0;
        }
        long hosted = (long) hosts * layout.acceleratorsPerHost();
        return (int) Math.min(accelerators, hosted);
    }

    /** Fraction of the array output still connected, [0, 1] (0 once the satellite is lost). */
    public double powerFactor() {
        return satelliteLost ? 0.0 : workingStrings / (double) powerStrings;
    }

    public boolean satelliteLost() {
        return satelliteLost;
    }

    public long acceleratorFailures() {
        return acceleratorFailures;
    }

    public long hostFailures() {
        return hostFailures;
    }

    public long powerStringFailures() {
        return powerStringFailures;
    }
}
