package io.orbitdc.core.links;

import java.util.OptionalDouble;

/**
 * The satellite-to-ground RF downlink: the satellite's EIRP, the station's figure of merit G/T,
 * the carrier frequency, the losses beyond free space, the modulation's required Eb/N0 and the
 * design margin, the modem's top rate — or, instead of the budget, a fixed rate.
 *
 * <p>Valid for clear-sky links from 1 to 40 GHz (S, X, Ka band) whose atmospheric, rain and
 * polarisation losses are summed into {@code otherLossesDb}; see docs/models/downlink-budget.md.
 *
 * @param eirpDbw          satellite effective isotropic radiated power (dBW)
 * @param gOverTDbPerK     ground station G/T (dB/K)
 * @param frequencyHz      carrier frequency (Hz)
 * @param otherLossesDb    atmospheric, polarisation, pointing and other losses (dB, non-negative)
 * @param requiredEbN0Db   Eb/N0 the modulation and coding need at the design error rate (dB)
 * @param marginDb         design margin held back (dB, non-negative)
 * @param modemRateBps     the modem's top information rate (bit/s)
 * @param fixedRateBps     a fixed rate used instead of the budget while in contact, if present
 */
public record DownlinkTerminal(double eirpDbw, double gOverTDbPerK, double frequencyHz, double otherLossesDb,
                               double requiredEbN0Db, double marginDb, double modemRateBps, OptionalDouble fixedRateBps) {

    /** Shannon's limit for Eb/N0 as the rate per bandwidth goes to zero: ln 2 = −1.59 dB. */
    public static final double SHANNON_LIMIT_DB = 10 * Math.log10(Math.log(2));

    public DownlinkTerminal {
        finite("eirp", eirpDbw);
        finite("gOverT", gOverTDbPerK);
        if (!(frequencyHz >= 1e8 && frequencyHz <= 1e11)) {
            throw new IllegalArgumentException("frequency must be between 100 MHz and 100 GHz, found " + frequencyHz + " Hz");
        }
        if (!(otherLossesDb >= 0) || !Double.isFinite(otherLossesDb)) {
            throw new IllegalArgumentException("losses must be a non-negative number of dB, found " + otherLossesDb);
        }
        if (!(requiredEbN0Db >= SHANNON_LIMIT_DB) || !Double.isFinite(requiredEbN0Db)) {
            throw new IllegalArgumentException("required Eb/N0 must be at least the Shannon limit (-1.59 dB), found " + requiredEbN0Db);
        }
        if (!(marginDb >= 0) || !Double.isFinite(marginDb)) {
            throw new IllegalArgumentException("margin must be a non-negative number of dB, found " + marginDb);
        }
        if (!(modemRateBps > 0) || !Double.isFinite(modemRateBps)) {
            throw new IllegalArgumentException("modem rate must be a positive rate, found " + modemRateBps);
        }
        if (fixedRateBps == null) {
            fixedRateBps = OptionalDouble.empty();
        }
        if (fixedRateBps.isPresent() && !(fixedRateBps.getAsDouble() > 0 && Double.isFinite(fixedRateBps.getAsDouble()))) {
            throw new IllegalArgumentException("a fixed rate must be positive, found " + fixedRateBps.getAsDouble());
        }
    }

    /**
     * orbitdc's default X-band Earth-observation downlink: 8.2 GHz, 13 dBW EIRP (a few watts into
     * a shaped-beam or small steerable antenna), a 7–11 m class station of G/T 31 dB/K, 2 dB of
     * clear-sky losses, QPSK-class coding needing 4.5 dB Eb/N0, 3 dB margin, an 800 Mbps modem
     * (ref: links-default-downlink; representative values, not one mission's).
     */
    public static DownlinkTerminal xBandDefault() {
        return new DownlinkTerminal(13, 31, 8.2e9, 2, 4.5, 3, 800e6, OptionalDouble.empty());
    }

    private static void finite(String field, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(field + " must be a finite number of dB, found " + v);
        }
    }
}
