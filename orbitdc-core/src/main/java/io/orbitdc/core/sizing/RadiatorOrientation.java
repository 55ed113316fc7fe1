package io.orbitdc.core.sizing;

/**
 * How a flat radiator is held, which sets the Sun and Earth loads on it.
 *
 * <ul>
 *   <li>{@link #EDGE_ON_TO_SUN}: plate normal horizontal and perpendicular to the Sun (the Sun
 *       grazes both faces, F_sun = 0); each face sees the Earth as a vertical plate.</li>
 *   <li>{@link #SUN_FACING}: plate normal horizontal and pointing at the Sun (worst case,
 *       F_sun = 1 on one face); each face sees the Earth as a vertical plate.</li>
 *   <li>{@link #NADIR}: plate horizontal; the lower face sees the Earth as a nadir plate, the
 *       upper face sees none of it; the upper face is lit on average cos β/π of the orbit,
 *       evaluated at the smallest |β| of the year. A one-sided NADIR radiator radiates from the
 *       upper face only.</li>
 * </ul>
 */
public enum RadiatorOrientation {
    EDGE_ON_TO_SUN("edge-on"),
    SUN_FACING("sun-facing"),
    NADIR("nadir");

    private final String id;

    RadiatorOrientation(String id) {
        this.id = id;
    }

    /** The word a scenario file uses for this orientation. */
    public String id() {
        return id;
    }
}
