package io.orbitdc.core.scenario.schema;

import static io.orbitdc.core.scenario.schema.FieldSpec.optional;

import io.orbitdc.core.units.Dimension;
import java.util.List;

/**
 * The {@code links:} section of the scenario format: the inter-satellite link graph (range,
 * grazing height), the optical terminal that sets each link's capacity and the RF downlink to the
 * ground stations. Defaults: the Suncatcher-anchored terminal and the X-band downlink of
 * {@code io.orbitdc.core.links} (docs/models/inter-satellite-links.md, downlink-budget.md).
 * Decibel figures are plain numbers (the unit system has no logarithmic units).
 */
final class LinkSchema {

    private LinkSchema() {
    }

    private static FieldType q(Dimension d) {
        return new FieldType.Quantity(d);
    }

    private static final FieldType REAL = new FieldType.Real();
    private static final FieldType WHOLE = new FieldType.Whole();

    static final ObjectSchema OPTICAL = new ObjectSchema("optical", "Free-space optical inter-satellite terminal (both ends alike).", List.of(
            optional("transmitPower", q(Dimension.POWER), "8 mW", "Optical power launched, all channels together (0 dBm per channel for 8 commercial DWDM channels).")
                    .bounded(new Bound(0, false, 1000, true, "a launched optical power from above 0 to 1 kW")),
            optional("aperture", q(Dimension.LENGTH), "10 cm", "Transmit telescope diameter.")
                    .bounded(new Bound(0, false, 5, true, "a telescope diameter from above 0 to 5 m")),
            optional("receiveAperture", q(Dimension.LENGTH), "10 cm", "Receive telescope diameter.")
                    .bounded(new Bound(0, false, 5, true, "a telescope diameter from above 0 to 5 m")),
            optional("wavelength", q(Dimension.LENGTH), "1550 nm", "Carrier wavelength (C band).")
                    .bounded(Bound.between(400e-9, 12e-6, "optical links use wavelengths from 400 nm to 12 um")),
            optional("photonsPerBit", REAL, "1000", "Receiver sensitivity: photons per bit at the design error rate (about -19 dBm at 100 Gbps).")
                    .bounded(Bound.between(1, 1e7, "receivers need from 1 to 10 million photons per bit")),
            optional("pointingLoss", REAL, "3", "Mean pointing loss, dB.")
                    .bounded(Bound.between(0, 60, "a loss from 0 to 60 dB")),
            optional("opticsLoss", REAL, "3", "Optics throughput and fibre-coupling loss, dB.")
                    .bounded(Bound.between(0, 60, "a loss from 0 to 60 dB")),
            optional("channels", WHOLE, "8", "DWDM channels per transceiver pair.")
                    .bounded(Bound.between(1, 1000, "from 1 to 1,000 DWDM channels")),
            optional("channelRate", q(Dimension.DATA_RATE), "100 Gbps", "Line rate of one channel, one way (8 x 100 Gbps = the 800 Gbps each way of Suncatcher's bench link).")
                    .bounded(new Bound(0, false, 10e12, true, "a channel rate from above 0 to 10 Tbps"))));

    static final ObjectSchema DOWNLINK = new ObjectSchema("downlink", "RF downlink from a satellite to the ground stations.", List.of(
            optional("eirp", REAL, "13", "Satellite EIRP, dBW.")
                    .bounded(Bound.between(-30, 80, "a satellite EIRP from -30 to 80 dBW")),
            optional("gOverT", REAL, "31", "Ground station figure of merit G/T, dB/K.")
                    .bounded(Bound.between(-40, 70, "a station G/T from -40 to 70 dB/K")),
            optional("frequency", q(Dimension.FREQUENCY), "8.2 GHz", "Carrier frequency (X band 8.025-8.4 GHz, Ka band 25.5-27 GHz).")
                    .bounded(Bound.between(1e8, 1e11, "downlinks use 100 MHz to 100 GHz")),
            optional("losses", REAL, "2", "Atmospheric, polarisation and pointing losses beyond free space, dB.")
                    .bounded(Bound.between(0, 60, "a loss from 0 to 60 dB")),
            optional("requiredEbN0", REAL, "4.5", "Eb/N0 the modulation and coding need, dB.")
                    .bounded(Bound.between(-1.59, 40, "no code works below the Shannon limit of -1.59 dB")),
            optional("margin", REAL, "3", "Design margin held back, dB.")
                    .bounded(Bound.between(0, 40, "a margin from 0 to 40 dB")),
            optional("modemRate", q(Dimension.DATA_RATE), "800 Mbps", "The modem's top information rate.")
                    .bounded(new Bound(0, false, 1e12, true, "a modem rate from above 0 to 1 Tbps")),
            optional("fixedRate", q(Dimension.DATA_RATE), null, "A fixed rate while in contact, instead of the link budget.")
                    .bounded(new Bound(0, false, 1e12, true, "a rate from above 0 to 1 Tbps"))));

    static final ObjectSchema LINKS = new ObjectSchema("links", "Inter-satellite links and the ground downlink.", List.of(
            optional("range", q(Dimension.LENGTH), "1000 km", "Largest inter-satellite link distance.")
                    .bounded(Bound.above(0, "a link range must be positive")),
            optional("grazingHeight", q(Dimension.LENGTH), "80 km", "Lowest height of a link path above the Earth's surface (the atmosphere blocks lower paths).")
                    .bounded(Bound.between(0, 1_000_000, "a grazing height from 0 to 1,000 km")),
            optional("optical", new FieldType.Group(OPTICAL), null, "The optical terminal that sets each link's capacity."),
            optional("downlink", new FieldType.Group(DOWNLINK), null, "The RF downlink to the ground stations.")));
}
