package io.orbitdc.core.launch;

/**
 * One orbital plane of the fleet to deploy: its shell name, its index in that shell, its orbit
 * and how many satellites it holds. Planes of the same shell share altitude and inclination
 * and differ in right ascension of the ascending node.
 */
public record OrbitalPlane(String shell, int planeIndex, TargetOrbit orbit, int satellites) {

    public OrbitalPlane {
        if (shell == null || shell.isBlank()) {
            throw new IllegalArgumentException("plane needs a shell name");
        }
        if (satellites <= 0) {
            throw new IllegalArgumentException("plane " + shell + "/" + planeIndex + " must hold > 0 satellites, found " + satellites);
        }
    }

    public String label() {
        return shell + " plane " + planeIndex;
    }
}
