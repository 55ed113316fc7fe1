package io.orbitdc.core.launch;

import java.util.Locale;
import java.util.Optional;

/**
 * How many satellites one launch of a vehicle can carry to an orbit, respecting payload mass
 * to that orbit, usable fairing volume (and diameter is not checked: no satellite diameter is
 * given) and the vehicle's peak acceleration against the satellite's tolerance. Dispensers are
 * counted in the satellite's mass; volume packing is taken as ideal (an upper bound).
 */
public final class PayloadFit {

    private PayloadFit() {
    }

    /** Satellites per launch; 0 when a single satellite does not fit. */
    public static int satellitesPerLaunch(LaunchVehicle v, TargetOrbit orbit, SatelliteSpec sat) {
        if (v.peakAccelerationG() > sat.maxAccelerationG()) {
            return 0;
        }
        double payload = PayloadModel.payloadKg(v, orbit);
        long byMass = (long) Math.floor(payload / sat.massKg() + 1e-9);
        long byVolume = v.fairingVolumeM3().isPresent()
                ? (long) Math.floor(v.fairingVolumeM3().getAsDouble() / sat.stowedVolumeM3() + 1e-9)
                : Long.MAX_VALUE;
        return (int) Math.min(Integer.MAX_VALUE, Math.min(byMass, byVolume));
    }

    /** Why not even one satellite fits, or empty if at least one does. */
    public static Optional<String> rejection(LaunchVehicle v, TargetOrbit orbit, SatelliteSpec sat) {
        if (v.peakAccelerationG() > sat.maxAccelerationG()) {
            return Optional.of(String.format(Locale.ROOT, "%s: peak %,.0f g exceeds the satellite's %,.1f g",
                    v.name(), v.peakAccelerationG(), sat.maxAccelerationG()));
        }
        double payload = PayloadModel.payloadKg(v, orbit);
        if (payload + 1e-9 < sat.massKg()) {
            return Optional.of(String.format(Locale.ROOT, "%s: %,.0f kg to %s", v.name(), payload, orbit.label()));
        }
        if (v.fairingVolumeM3().isPresent() && v.fairingVolumeM3().getAsDouble() + 1e-9 < sat.stowedVolumeM3()) {
            return Optional.of(String.format(Locale.ROOT, "%s: fairing %,.1f m3 < satellite %,.1f m3",
                    v.name(), v.fairingVolumeM3().getAsDouble(), sat.stowedVolumeM3()));
        }
        return Optional.empty();
    }
}
