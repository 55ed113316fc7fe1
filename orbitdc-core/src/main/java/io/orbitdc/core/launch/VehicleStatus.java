package io.orbitdc.core.launch;

import java.util.Locale;

/**
 * Whether a launch vehicle flies customers today, has not yet entered customer service, is stood
 * down after a failure or a loss of its pad, or no longer flies. Retired vehicles are never planned;
 * a vehicle in development or grounded is planned only from its availability date (NET service
 * entry, or return to flight), and the Monte Carlo draws the actual date from
 * {@link LaunchVehicle#entrySlipMeanDays()} beyond it.
 */
public enum VehicleStatus {
    OPERATIONAL("operational", 0),
    /**
     * Default mean entry slip: a year, consistent with Neutron and Astra Rocket 4 each slipping about two
     * years from their announced debuts (ref: orbitdc-launch-assumptions, spaceflightnow-neutron-2026,
     * ars-astra-rocket-4-2023, spacenews-astra-rocket-4-2025).
     */
    IN_DEVELOPMENT("in-development", 365),
    /**
     * Default mean return-to-flight slip: half a year beyond the announced date, the order of a mishap
     * investigation plus corrective actions (New Glenn NG-3: failure 2026-04-19, report approved
     * 2026-05-22; ref: orbitdc-launch-assumptions, filmogaz-new-glenn-ng3-report-2026).
     */
    GROUNDED("grounded", 180),
    RETIRED("retired", 0);

    private final String key;
    private final double defaultEntrySlipMeanDays;

    VehicleStatus(String key, double defaultEntrySlipMeanDays) {
        this.key = key;
        this.defaultEntrySlipMeanDays = defaultEntrySlipMeanDays;
    }

    /** The catalog and JSON spelling. */
    public String key() {
        return key;
    }

    /** Mean slip of the availability date when the catalog row gives none, days. */
    public double defaultEntrySlipMeanDays() {
        return defaultEntrySlipMeanDays;
    }

    /** True if the vehicle's availability date is a forecast (service entry or return to flight), not a fact. */
    public boolean availabilityUncertain() {
        return this == IN_DEVELOPMENT || this == GROUNDED;
    }

    /** Parses the catalog spelling ({@code operational}, {@code in-development}, {@code grounded}, {@code retired}). */
    public static VehicleStatus parse(String text) {
        String k = text.trim().toLowerCase(Locale.ROOT);
        for (VehicleStatus s : values()) {
            if (s.key.equals(k)) {
                return s;
            }
        }
        throw new IllegalArgumentException(
                "vehicle status '" + text + "' is not one of operational, in-development, grounded, retired");
    }
}
