package io.orbitdc.core.scenario;

import io.orbitdc.core.links.DownlinkTerminal;
import io.orbitdc.core.links.OpticalTerminal;

/**
 * Binds {@code links.optical} and {@code links.downlink} to the link models' terminals. The schema
 * bounds (LinkSchema) already keep every value inside what the model constructors accept; a value
 * in error reads as NaN and the scenario is rejected at the end, so the defaults stand in for it
 * here rather than letting the model constructor throw.
 */
final class LinkBinder {

    private LinkBinder() {
    }

    static OpticalTerminal optical(FieldReader o) {
        OpticalTerminal d = OpticalTerminal.suncatcherLike();
        return new OpticalTerminal(or(o.quantity("transmitPower"), d.transmitPowerW()),
                or(o.quantity("aperture"), d.transmitApertureM()), or(o.quantity("receiveAperture"), d.receiveApertureM()),
                or(o.quantity("wavelength"), d.wavelengthM()), or(o.real("photonsPerBit"), d.photonsPerBit()),
                or(o.real("pointingLoss"), d.pointingLossDb()), or(o.real("opticsLoss"), d.opticsLossDb()),
                o.whole("channels") >= 1 ? o.whole("channels") : d.channels(), or(o.quantity("channelRate"), d.channelRateBps()));
    }

    static DownlinkTerminal downlink(FieldReader g) {
        DownlinkTerminal d = DownlinkTerminal.xBandDefault();
        java.util.OptionalDouble fixed = g.optionalQuantity("fixedRate");
        if (fixed.isPresent() && !(fixed.getAsDouble() > 0)) {
            fixed = java.util.OptionalDouble.empty();
        }
        return new DownlinkTerminal(or(g.real("eirp"), d.eirpDbw()), or(g.real("gOverT"), d.gOverTDbPerK()),
                or(g.quantity("frequency"), d.frequencyHz()), or(g.real("losses"), d.otherLossesDb()),
                or(g.real("requiredEbN0"), d.requiredEbN0Db()), or(g.real("margin"), d.marginDb()),
                or(g.quantity("modemRate"), d.modemRateBps()), fixed);
    }

    /** The value read, or the default when the reading failed (already reported). */
    private static double or(double read, double fallback) {
        return Double.isFinite(read) ? read : fallback;
    }
}
