package io.orbitdc.core.geometry.scan;

import io.orbitdc.core.geometry.SaaRegion;
import org.orekit.utils.Constants;

/**
 * The event functions a fleet scan samples for one satellite at one step of a {@link StepChunk}:
 * umbra and shadow (conical, spherical Earth), each station's elevation above its mask (and
 * their union when there are several stations), and the SAA boundary; each value goes to its
 * {@link IntervalTracker}. Where a shortcut proves that no boundary lies next to a sample (lit
 * far from the shadow cone, far below every station's horizon, far from the SAA), the sample
 * is not fed at all: a tracker outside that is fed a negative value only remembers it, and the
 * next sample fed, a neighbour of a shortcut sample, is outside too, so no crossing is ever
 * interpolated from the value it would have remembered. One instance serves every worker: it holds no per-call state, and
 * the trackers' slots of a satellite are only written by the thread that walks that satellite.
 */
final class StepEvents {

    private static final double SUN_RADIUS_M = Constants.SUN_RADIUS;

    private final IntervalTracker umbra;
    private final IntervalTracker shadow;
    private final IntervalTracker saaPasses;
    private final IntervalTracker[] contacts;
    private final IntervalTracker anyContact;
    private final double[] sinMask;
    private final SaaRegion saa;
    private final double saaReachCos;
    private final double litMarginM;
    private final double contactMarginM;
    private final boolean shadowAndSaa;
    private final StepChunk chunk;

    /**
     * @param contacts   one tracker per station
     * @param anyContact the union's tracker when there are several stations, else null
     * @param sinMask    each station's sine of its elevation mask
     * @param saaReachCos cosine of the largest geocentric angle from the SAA centre at which a
     *                   sample or its neighbours can bracket a boundary crossing
     * @param litMarginM more than any satellite moves in one step, m: a night-side sample that
     *                   far outside the penumbra cone cannot bracket a shadow boundary
     * @param contactMarginM more than a satellite's height above a station's horizontal plane
     *                   changes in one step, m (its motion plus the plane's turning with the Earth)
     */
    StepEvents(IntervalTracker umbra, IntervalTracker shadow, IntervalTracker saaPasses, IntervalTracker[] contacts,
               IntervalTracker anyContact, double[] sinMask, SaaRegion saa, double saaReachCos, double litMarginM,
               double contactMarginM, boolean shadowAndSaa, StepChunk chunk) {
        this.umbra = umbra;
        this.shadow = shadow;
        this.saaPasses = saaPasses;
        this.contacts = contacts;
        this.anyContact = anyContact;
        this.sinMask = sinMask;
        this.saa = saa;
        this.saaReachCos = saaReachCos;
        this.litMarginM = litMarginM;
        this.contactMarginM = contactMarginM;
        this.shadowAndSaa = shadowAndSaa;
        this.chunk = chunk;
    }

    /**
     * Samples every event function of satellite k at step j of the chunk, the satellite at
     * inertial (x, y, z) m; {@code first} for the span's first step (no interval to close yet).
     */
    void sample(int k, int j, double x, double y, double z, boolean first) {
        double t = chunk.t(j);
        double dt = chunk.dt(j);
        if (shadowAndSaa) {
            double r = Math.sqrt(x * x + y * y + z * z);
            shadow(k, j, x, y, z, r, t, dt, first);
            // far from the SAA (farther than its largest extent plus a step's motion) neither this
            // sample nor its neighbours can bracket a boundary crossing
            if (chunk.cosFromSaaCentre(j, x, y, z, r) >= saaReachCos) {
                feed(saaPasses, k, chunk.saaFunction(j, saa, x, y, z, r), t, dt, first);
            } else if (first) {
                saaPasses.first(k, -1, t);
            }
        }
        int stations = contacts.length;
        if (anyContact != null) {
            // the union's value is the largest station's: exact whenever any station is near its
            // horizon; when all are far below, no union crossing can be bracketed either
            boolean allFar = true;
            for (int s = 0; s < stations && allFar; s++) {
                allFar = farBelow(j, s, x, y, z);
            }
            if (allFar && !first) {
                return;
            }
            double gAny = -2;
            for (int s = 0; s < stations; s++) {
                double g = allFar ? -1 : chunk.sinElevation(j, s, x, y, z) - sinMask[s];
                feed(contacts[s], k, g, t, dt, first);
                gAny = Math.max(gAny, g);
            }
            feed(anyContact, k, gAny, t, dt, first);
        } else {
            for (int s = 0; s < stations; s++) {
                double above = chunk.aboveHorizon(j, s, x, y, z);
                if (above < -contactMarginM && sinMask[s] >= 0) {
                    if (first) {
                        contacts[s].first(k, -1, t);
                    }
                } else {
                    feed(contacts[s], k, chunk.sinElevation(j, s, x, y, z, above) - sinMask[s], t, dt, first);
                }
            }
        }
    }

    /**
     * Whether the satellite is farther below station s's horizontal plane than it and the plane
     * can move towards each other in a step ({@code contactMarginM}): then its elevation is
     * negative at this sample and both neighbours, so with a mask at or above the horizon no
     * contact boundary lies next to it and the constant −1 stands for the function.
     */
    private boolean farBelow(int j, int s, double x, double y, double z) {
        return sinMask[s] >= 0 && chunk.aboveHorizon(j, s, x, y, z) < -contactMarginM;
    }

    /**
     * Umbra and shadow functions in the cosine domain: cos θ − cos(ρE ∓ ρS), with θ the angle
     * between the directions to the Sun and to the Earth's centre seen from the satellite and ρE,
     * ρS the apparent radii of the Earth and Sun; positive inside. It has the sign of the angular
     * form ρE ∓ ρS − θ (cosine is decreasing on [0, π]) and is as smooth, so crossings
     * interpolate alike, without any inverse trigonometric function. Where no shadow boundary can
     * lie between this sample and its neighbours — on the day side (r·s > 0), or on the night side
     * farther outside the penumbra cone than a step's motion — a constant outside value is used:
     * crossings are interpolated between the two samples that bracket them, which are then both
     * computed, so the events are the same as with every value computed.
     */
    private void shadow(int k, int j, double x, double y, double z, double r, double t, double dt, boolean first) {
        double[] sun = chunk.sun(j);
        double gUmbra;
        double gShadow;
        if (chunk.surelyLit(j, x, y, z, litMarginM)) {
            if (!first) {
                return;
            }
            gUmbra = -1;
            gShadow = -1;
        } else {
            double dx = sun[0] - x;
            double dy = sun[1] - y;
            double dz = sun[2] - z;
            double d2 = dx * dx + dy * dy + dz * dz;
            double invD = 1 / Math.sqrt(d2);
            double cosTheta = -(dx * x + dy * y + dz * z) * invD / r;
            double sinE = ShadowAngles.earthLimbSine(z, r);
            double cosE = Math.sqrt(1 - sinE * sinE);
            double sinS = SUN_RADIUS_M * invD;
            double cosS = Math.sqrt(1 - sinS * sinS);
            gUmbra = cosTheta - (cosE * cosS + sinE * sinS);
            gShadow = cosTheta - (cosE * cosS - sinE * sinS);
        }
        feed(umbra, k, gUmbra, t, dt, first);
        feed(shadow, k, gShadow, t, dt, first);
    }

    private static void feed(IntervalTracker tracker, int k, double g, double t, double dt, boolean first) {
        if (first) {
            tracker.first(k, g, t);
        } else {
            tracker.next(k, g, t, dt);
        }
    }
}
