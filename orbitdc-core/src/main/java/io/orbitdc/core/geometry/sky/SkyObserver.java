package io.orbitdc.core.geometry.sky;

/**
 * A place on the ground whose night sky is counted.
 *
 * @param name         label
 * @param latitudeRad  geodetic latitude, rad, in [−π/2, π/2]
 * @param longitudeRad east longitude, rad
 */
public record SkyObserver(String name, double latitudeRad, double longitudeRad) {

    public SkyObserver {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an observer needs a name");
        }
        if (!(Math.abs(latitudeRad) <= Math.PI / 2) || !Double.isFinite(longitudeRad)) {
            throw new IllegalArgumentException("observer " + name + ": latitude " + latitudeRad + " rad or longitude "
                    + longitudeRad + " rad out of range");
        }
    }

    /** An observer at {@code latitudeDeg} on the Greenwich meridian. */
    public static SkyObserver atLatitude(String name, double latitudeDeg) {
        return new SkyObserver(name, Math.toRadians(latitudeDeg), 0.0);
    }
}
