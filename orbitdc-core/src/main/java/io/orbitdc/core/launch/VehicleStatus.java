package io.orbitdc.core.launch;

import java.util.Locale;

/** Whether a launch vehicle flies today, is being developed, or no longer flies. Retired vehicles are never planned. */
public enum VehicleStatus {
    OPERATIONAL, IN_DEVELOPMENT, RETIRED;

    /** Parses the catalog spelling ({@code operational}, {@code in-development}, {@code retired}). */
    public static VehicleStatus parse(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "operational" -> OPERATIONAL;
            case "in-development" -> IN_DEVELOPMENT;
            case "retired" -> RETIRED;
            default -> throw new IllegalArgumentException(
                    "vehicle status '" + text + "' is not one of operational, in-development, retired");
        };
    }
}
