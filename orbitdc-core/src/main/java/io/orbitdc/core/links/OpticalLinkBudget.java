package io.orbitdc.core.links;

import java.util.Objects;

/**
 * The one-way capacity of a free-space optical link between two satellites as a function of their
 * distance, from the diffraction-limited optical link budget.
 *
 * <p>Received power (docs/models/inter-satellite-links.md, ref: hemmati-2006, friis-1946):
 * <pre>P_r = P_t · L_point · L_optics · min(1, (π D_t D_r / (4 λ d))²)</pre>
 * the far-field Friis product of two uniformly illuminated circular apertures; the minimum keeps
 * the near field (d below about D²/λ, some kilometres for 10 cm at 1.55 µm) from collecting more
 * light than was sent. The photon-limited rate is {@code P_r / (n_b h c / λ)} with n_b photons per
 * bit; the capacity is that rate capped at the transceivers' line rate (channels x channel rate).
 * {@link #wholeChannelCapacityBps} is the stricter figure for fixed-rate transceivers: only the
 * channels whose share of the power closes carry traffic.
 *
 * <p>Valid in vacuum for distances from metres to tens of thousands of km; no atmospheric,
 * background-light or Doppler effects; pointing loss is a fixed mean.
 */
public final class OpticalLinkBudget {

    /** Speed of light (m/s); ref: codata-2018. */
    static final double C = 299_792_458.0;
    /** Planck constant (J s); ref: codata-2018. */
    static final double H = 6.626_070_15e-34;

    private final OpticalTerminal terminal;
    private final double lossFactor;
    private final double couplingNumerator;
    private final double joulesPerBit;

    public OpticalLinkBudget(OpticalTerminal terminal) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
        this.lossFactor = Math.pow(10, -(terminal.pointingLossDb() + terminal.opticsLossDb()) / 10);
        this.couplingNumerator = Math.PI * terminal.transmitApertureM() * terminal.receiveApertureM()
                / (4 * terminal.wavelengthM());
        this.joulesPerBit = terminal.photonsPerBit() * H * C / terminal.wavelengthM();
    }

    public OpticalTerminal terminal() {
        return terminal;
    }

    /** Fraction of the launched power the far-field aperture product delivers, at most 1. */
    public double geometricCoupling(double distanceM) {
        requireDistance(distanceM);
        double x = couplingNumerator / distanceM;
        return Math.min(1.0, x * x);
    }

    /** Optical power at the receiver's detector (W). */
    public double receivedPowerW(double distanceM) {
        return terminal.transmitPowerW() * lossFactor * geometricCoupling(distanceM);
    }

    /** Received power the full line rate needs (W). */
    public double requiredPowerW() {
        return joulesPerBit * terminal.lineRateBps();
    }

    /** Budget margin at the full line rate (dB); negative when the link cannot run at line rate. */
    public double marginDb(double distanceM) {
        return 10 * Math.log10(receivedPowerW(distanceM) / requiredPowerW());
    }

    /** Photon-limited rate with no line-rate cap (bit/s): scales as 1/d² in the far field. */
    public double photonLimitedRateBps(double distanceM) {
        return receivedPowerW(distanceM) / joulesPerBit;
    }

    /** One-way capacity of a rate-adaptive link (bit/s): the photon-limited rate capped at the line rate. */
    public double capacityBps(double distanceM) {
        return Math.min(terminal.lineRateBps(), photonLimitedRateBps(distanceM));
    }

    /**
     * One-way capacity with fixed-rate channels (bit/s): the launch power goes to as many whole
     * channels as it can close, each at the channel rate.
     */
    public double wholeChannelCapacityBps(double distanceM) {
        double perChannelW = joulesPerBit * terminal.channelRateBps();
        double closable = Math.floor(receivedPowerW(distanceM) / perChannelW * (1 + 1e-12));
        return Math.min(terminal.channels(), closable) * terminal.channelRateBps();
    }

    /** Largest distance at which the full line rate closes (m); infinite never happens for d → ∞. */
    public double fullRateRangeM() {
        double ratio = requiredPowerW() / (terminal.transmitPowerW() * lossFactor);
        if (ratio > 1) {
            return 0;
        }
        return couplingNumerator / Math.sqrt(ratio);
    }

    private static void requireDistance(double distanceM) {
        if (!(distanceM > 0) || !Double.isFinite(distanceM)) {
            throw new IllegalArgumentException("link distance must be a positive finite number of metres, found " + distanceM);
        }
    }
}
