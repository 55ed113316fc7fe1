package io.orbitdc.core.economics;

/** The Julian year (365.25 d), the year of every "per year" figure in orbitdc. ref: iau-julian-year */
final class JulianYear {
    static final double HOURS = 8766.0;
    static final double SECONDS = HOURS * 3600.0;

    private JulianYear() {
    }
}
