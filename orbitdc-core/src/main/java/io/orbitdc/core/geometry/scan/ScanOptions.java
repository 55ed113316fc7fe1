package io.orbitdc.core.geometry.scan;

/**
 * Options of a fleet scan.
 *
 * @param recordFor          record the intervals of the first {@code recordFor} satellites
 * @param linkRangeM         inter-satellite link range for the neighbour graph; 0 for no links
 * @param linkGrazingHeightM lowest height of a link path above the Earth's surface (atmosphere)
 * @param linkEveryS         how often the neighbour graph is built (a multiple of the step is best)
 */
public record ScanOptions(int recordFor, double linkRangeM, double linkGrazingHeightM, double linkEveryS) {

    public ScanOptions {
        if (recordFor < 0 || !(linkRangeM >= 0) || !(linkGrazingHeightM >= 0) || !(linkEveryS > 0)) {
            throw new IllegalArgumentException("scan options out of range: record " + recordFor + ", link range "
                    + linkRangeM + " m, grazing height " + linkGrazingHeightM + " m, every " + linkEveryS + " s");
        }
    }

    /** Events only, nothing recorded, no links. */
    public static ScanOptions eventsOnly() {
        return new ScanOptions(0, 0, 0, 1);
    }

    public boolean links() {
        return linkRangeM > 0;
    }
}
