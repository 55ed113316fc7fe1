package io.orbitdc.core.twin;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Accumulated dose and single-event counts of one satellite. Each step adds the dose at the
 * step's rate (higher inside the SAA, see {@link RadiationSpec#doseRateRadPerS}) and draws SDC,
 * UECC and crash counts as Poisson variables of mean (events per rad per chip) × dose × chips,
 * so event rates follow the dose rate. ref: suncatcher-2025 §4.3 (per-rad figures)
 *
 * <p>Validity: events independent between chips and steps; all chips of a satellite see the same
 * dose (one shield). Once the accumulated dose reaches the TID limit the accelerators are failed
 * for the rest of the mission (conservative: the part's published tolerance is treated as its
 * end of life). Mutable, one per satellite, drawing only from its own stream.
 */
public final class RadiationState {
    private final RadiationSpec spec;
    private final double saaTimeFraction;
    private final SplittableRandom rng;
    /** Dose rates inside and outside the SAA, rad/s: fixed by the spec and the SAA time fraction. */
    private final double insideSaaRadPerS;
    private final double outsideSaaRadPerS;
    /** TID limit, rad (+∞ without one). */
    private final double tidLimitRad;
    private final PoissonDraw sdcDraw = new PoissonDraw();
    private final PoissonDraw ueccDraw = new PoissonDraw();
    private final PoissonDraw crashDraw = new PoissonDraw();
    private double doseRad;
    private long sdc;
    private long uecc;
    private long crashes;
    private long sdcInSaa;
    private long lastSdc;
    private long lastUecc;
    private long lastCrashes;

    public RadiationState(RadiationSpec spec, double saaTimeFraction, SplittableRandom rng) {
        this.spec = Objects.requireNonNull(spec, "radiation spec");
        this.saaTimeFraction = InputRange.within("SAA time fraction", saaTimeFraction, 0.0, 1.0);
        this.rng = Objects.requireNonNull(rng, "random stream");
        this.insideSaaRadPerS = spec.doseRateRadPerS(true, this.saaTimeFraction);
        this.outsideSaaRadPerS = spec.doseRateRadPerS(false, this.saaTimeFraction);
        this.tidLimitRad = spec.tidLimitRad().orElse(Double.POSITIVE_INFINITY);
    }

    /** Steps {@code dtS} with {@code chips} accelerator chips powered; the step's counts are then in {@code last*()}. */
    public void step(double dtS, boolean inSaa, long chips) {
        double dose = (inSaa ? insideSaaRadPerS : outsideSaaRadPerS) * dtS;
        doseRad += dose;
        long s = sdcDraw.draw(rng, spec.sdcPerRad() * dose * chips);
        long u = ueccDraw.draw(rng, spec.ueccPerRad() * dose * chips);
        long c = crashDraw.draw(rng, spec.crashesPerRad() * dose * chips);
        sdc += s;
        uecc += u;
        crashes += c;
        if (inSaa) {
            sdcInSaa += s;
        }
        lastSdc = s;
        lastUecc = u;
        lastCrashes = c;
    }

    /** Whether the accumulated dose has reached the part's TID limit. */
    public boolean tidExceeded() {
        return doseRad >= tidLimitRad;
    }

    public double doseRad() {
        return doseRad;
    }

    public long sdc() {
        return sdc;
    }

    public long uecc() {
        return uecc;
    }

    public long crashes() {
        return crashes;
    }

    /** SDCs drawn while inside the SAA. */
    public long sdcInSaa() {
        return sdcInSaa;
    }

    public long lastSdc() {
        return lastSdc;
    }

    public long lastUecc() {
        return lastUecc;
    }

    public long lastCrashes() {
        return lastCrashes;
    }
}
