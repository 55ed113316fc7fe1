package io.orbitdc.core.geometry;

/** Solar-activity level for the thermospheric density table (see docs/models/drag.md). */
public enum SolarActivity {
    /** Solar minimum (NRLMSISE-00 solar-min figures). */
    LOW,
    /** Mean activity (CIRA-72-based exponential table). */
    MODERATE,
    /** Solar maximum (NRLMSISE-00 solar-max figures). */
    HIGH
}
