package io.orbitdc.core.links;

/**
 * A free-space optical inter-satellite terminal pair (identical on both ends): DWDM channels at a
 * fixed line rate each, launched through a transmit aperture and collected by a receive aperture.
 *
 * <p>The receiver is described by its sensitivity in photons per bit: the received optical power a
 * channel needs is {@code photonsPerBit · (h c / λ) · rate}. Losses not in the diffraction budget
 * (pointing jitter, optics throughput, coupling into fibre) are two dB figures. Valid for
 * vacuum paths (no atmosphere; the neighbour graph's grazing height keeps paths above it) at
 * near-infrared wavelengths; see docs/models/inter-satellite-links.md.
 *
 * @param transmitPowerW   optical power launched, all channels together (W)
 * @param transmitApertureM transmit telescope diameter (m)
 * @param receiveApertureM receive telescope diameter (m)
 * @param wavelengthM      carrier wavelength (m), e.g. 1550 nm for the C band
 * @param photonsPerBit    receiver sensitivity: photons needed per bit at the design error rate
 * @param pointingLossDb   mean pointing loss (dB, non-negative)
 * @param opticsLossDb     transmit and receive optics throughput and fibre coupling loss (dB, non-negative)
 * @param channels         DWDM channels per transceiver pair
 * @param channelRateBps   line rate of one channel, one way (bit/s)
 */
public record OpticalTerminal(double transmitPowerW, double transmitApertureM, double receiveApertureM,
                              double wavelengthM, double photonsPerBit, double pointingLossDb, double opticsLossDb,
                              int channels, double channelRateBps) {

    public OpticalTerminal {
        positive("transmitPower", transmitPowerW);
        positive("transmitAperture", transmitApertureM);
        positive("receiveAperture", receiveApertureM);
        positive("wavelength", wavelengthM);
        positive("photonsPerBit", photonsPerBit);
        nonNegative("pointingLoss", pointingLossDb);
        nonNegative("opticsLoss", opticsLossDb);
        if (channels < 1) {
            throw new IllegalArgumentException("channels must be at least 1, found " + channels);
        }
        positive("channelRate", channelRateBps);
    }

    /**
     * The default terminal, anchored to Google's Suncatcher bench demonstration: 800 Gbps each
     * way (1.6 Tbps total) through one pair of commercial DWDM transceivers (ref: suncatcher-2025,
     * suncatcher-blog-2025). The split 8 x 100 Gbps, the 0 dBm per channel launch power, 10 cm
     * apertures, 1,000 photons/bit and 3 dB + 3 dB of losses are orbitdc's assumptions for a
     * commercial unamplified transceiver (ref: links-default-terminal), not published figures.
     */
    public static OpticalTerminal suncatcherLike() {
        return new OpticalTerminal(8e-3, 0.10, 0.10, 1550e-9, 1000, 3, 3, 8, 100e9);
    }

    /** Channels x channel rate: the most the pair carries one way (bit/s). */
    public double lineRateBps() {
        return channels * channelRateBps;
    }

    private static void positive(String field, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(field + " must be a positive finite number, found " + v);
        }
    }

    private static void nonNegative(String field, double v) {
        if (!(v >= 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(field + " must be a non-negative finite number of dB, found " + v);
        }
    }
}
