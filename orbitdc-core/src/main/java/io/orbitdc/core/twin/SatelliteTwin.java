package io.orbitdc.core.twin;

import java.util.Objects;

/**
 * One satellite flown through its timeline. Each step, in order: hardware failures are drawn;
 * the throttle duty set by the last die temperature fixes the compute demand; the power chain
 * serves bus, thermal control and compute from the array and the battery; the thermal network
 * takes the served compute as die heat and the thermal-control power as cold-plate heat; the
 * throttle reads the new die temperature; the dose and single events of the step are drawn and
 * their rollbacks booked. A lost satellite books its nameplate as lost to failures and stops.
 *
 * <p>All state is accumulators (ledger, compute accounts, counters, extrema): memory does not
 * depend on the number of steps. Mutable, confined to one thread while it runs.
 */
public final class SatelliteTwin {
    private final SatelliteTwinSpec spec;
    private final GeometryTimeline timeline;
    private final int satellite;
    private final PowerChain power;
    private final ThermalNetwork thermal;
    private final ThrottleController throttle;
    private final RadiationState radiation;
    private final FailureState failures;
    private final ComputeAccounts compute = new ComputeAccounts();
    private double maxDieK;
    private double throttledS;
    private boolean tidFailed;
    private boolean flown;
    // last step's values, kept only for the recorder's samples
    private double lastSunlit;
    private double lastArrayW;
    private double lastComputeW;
    private double lastDuty = 1.0;
    private int lastWorking;

    public SatelliteTwin(SatelliteTwinSpec spec, GeometryTimeline timeline, int satellite, long seed) {
        this.spec = Objects.requireNonNull(spec, "satellite spec");
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        if (satellite < 0 || satellite >= timeline.satelliteCount()) {
            throw new TwinInputException("satellite index " + satellite + " outside the timeline's [0, "
                    + timeline.satelliteCount() + ")");
        }
        this.satellite = satellite;
        RandomStreams streams = RandomStreams.of(seed, satellite);
        this.power = new PowerChain(spec.regulatorEfficiency(), spec.battery());
        this.thermal = new ThermalNetwork(spec.thermal());
        this.throttle = new ThrottleController(spec.throttle());
        this.radiation = new RadiationState(spec.radiation(), timeline.saaTimeFraction(satellite), streams.radiation());
        this.failures = new FailureState(spec.failureRates(), spec.failureLayout(), spec.compute().accelerators(),
                streams.failures());
        this.maxDieK = thermal.dieK();
    }

    /** Steps the whole timeline without recording; a twin flies once. */
    public SatelliteTwin run() {
        return run(StepRecorder.NONE, Integer.MAX_VALUE);
    }

    /**
     * Steps the whole timeline, handing {@code recorder} a sample after every
     * {@code everySteps}-th step (steps everySteps − 1, 2·everySteps − 1, …, and the last step).
     */
    public SatelliteTwin run(StepRecorder recorder, int everySteps) {
        Objects.requireNonNull(recorder, "recorder");
        InputRange.positive("recording interval (steps)", everySteps);
        if (flown) {
            throw new IllegalStateException("satellite " + satellite + " has already flown its timeline; create a new twin");
        }
        flown = true;
        double dt = timeline.stepS();
        ComputeSpec c = spec.compute();
        double installedRate = c.accelerators() * c.flopsPerUnit();
        int last = timeline.stepCount() - 1;
        for (int n = 0; n <= last; n++) {
            step(n, dt, c, installedRate);
            if (recorder != StepRecorder.NONE && ((n + 1) % everySteps == 0 || n == last)) {
                recorder.record(sample(n, dt));
            }
        }
        return this;
    }

    private SatelliteSample sample(int n, double dt) {
        return new SatelliteSample(satellite, n, (n + 1) * dt, lastSunlit, lastArrayW, power.battery().soc(),
                lastComputeW, lastDuty, thermal.dieK(), thermal.radiatorK(), radiation.doseRad(), lastWorking,
                compute.deliveredFlop());
    }

    private void step(int n, double dt, ComputeSpec c, double installedRate) {
        failures.step(dt);
        if (failures.satelliteLost()) {
            compute.book(installedRate, 0.0, 1.0, 1.0, 0.0, dt);
            lastSunlit = timeline.sunlitFraction(satellite, n);
            lastArrayW = 0.0;
            lastComputeW = 0.0;
            lastWorking = 0;
            return;
        }
        tidFailed = tidFailed || radiation.tidExceeded();
        int working = tidFailed ? 0 : failures.workingAccelerators();
        double duty = throttle.duty();
        double sunlit = timeline.sunlitFraction(satellite, n);
        double arrayW = spec.array().outputW(timeline.arrayCosIncidence(satellite, n), sunlit, (n + 0.5) * dt)
                * failures.powerFactor();
        double computeDemandW = c.powerW(working, duty);
        LoadDemand served = power.step(arrayW,
                new LoadDemand(spec.busLoadW(), spec.thermalControlW(), computeDemandW), dt);
        double servedFraction = computeDemandW > 0.0 ? served.computeW() / computeDemandW : 1.0;
        lastSunlit = sunlit;
        lastArrayW = arrayW;
        lastComputeW = served.computeW();
        lastDuty = duty;
        lastWorking = working;
        thermal.step(dt, served.computeW(), served.thermalControlW(), spec.thermal().absorbedFluxWPerM2(sunlit));
        maxDieK = Math.max(maxDieK, thermal.dieK());
        if (duty < 1.0 && working > 0) {
            throttledS += dt;
        }
        throttle.update(thermal.dieK());
        radiation.step(dt, timeline.inSaa(satellite, n), (long) working * c.chipsPerUnit());
        RollbackSpec r = spec.rollback();
        double lostS = radiation.lastSdc() * r.lostSPerSdc() + radiation.lastUecc() * r.lostSPerUecc()
                + radiation.lastCrashes() * r.lostSPerCrash();
        double workingRate = working * c.flopsPerUnit();
        compute.book(installedRate, workingRate, duty, servedFraction, lostS * workingRate, dt);
    }

    public int satellite() {
        return satellite;
    }

    public EnergyLedger ledger() {
        return power.ledger();
    }

    public ComputeAccounts compute() {
        return compute;
    }

    public double minSoc() {
        return power.minSoc();
    }

    public double finalSoc() {
        return power.battery().soc();
    }

    public double maxDieK() {
        return maxDieK;
    }

    /** Time spent with working accelerators throttled, s. */
    public double throttledS() {
        return throttledS;
    }

    public long throttleTransitions() {
        return throttle.transitions();
    }

    public RadiationState radiation() {
        return radiation;
    }

    public FailureState failures() {
        return failures;
    }

    /** Whether the accelerators reached their TID limit. */
    public boolean tidFailed() {
        return tidFailed;
    }
}
