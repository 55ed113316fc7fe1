package io.orbitdc.core.geometry.scan;

/**
 * Options of a fleet scan.
 *
 * @param recordFor          record the intervals of the first {@code recordFor} satellites
 * @param linkRangeM         inter-satellite link range for the neighbour graph; 0 for no links
 * @param linkGrazingHeightM lowest height of a link path above the Earth's surface (atmosphere)
 * @param linkEveryS         how often the neighbour graph is built (a multiple of the step is best)
 * @param shadowAndSaa       whether eclipses and SAA passes are scanned; without them the summary's
 *                           eclipse and SAA figures are zero (for callers that only want contacts)
 */
public record ScanOptions(int recordFor, double linkRangeM, double linkGrazingHeightM, double linkEveryS,
                          boolean shadowAndSaa) {

    public ScanOptions {
        if (recordFor < 0 || !(linkRangeM >= 0) || !(linkGrazingHeightM >= 0) || !(linkEveryS > 0)) {
            throw new IllegalArgumentException("scan options out of range: record " + recordFor + ", link range "
                    + linkRangeM + " m, grazing height " + linkGrazingHeightM + " m, every " + linkEveryS + " s");
        }
    }

    /** Every event, with the link graph as given. */
    public ScanOptions(int recordFor, double linkRangeM, double linkGrazingHeightM, double linkEveryS) {
        this(recordFor, linkRangeM, linkGrazingHeightM, linkEveryS, true);
    }

    /** Events only, nothing recorded, no links. */
    public static ScanOptions eventsOnly() {
        return new ScanOptions(0, 0, 0, 1);
    }

    /** Ground contacts only: no eclipses, SAA or links (about half the work of {@link #eventsOnly()}). */
    public static ScanOptions contactsOnly() {
        return new ScanOptions(0, 0, 0, 1, false);
    }

    public boolean links() {
        return linkRangeM > 0;
    }
}
