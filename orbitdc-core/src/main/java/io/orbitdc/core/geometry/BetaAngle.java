package io.orbitdc.core.geometry;

import io.orbitdc.core.orbit.Earth;
import java.time.Instant;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.propagation.SpacecraftState;

/**
 * Solar beta angle: the angle between the orbit plane and the Earth–Sun line,
 * β = asin(ĥ · ŝ), with ĥ the unit angular-momentum vector and ŝ the unit vector from the Earth
 * to the Sun. |β| above the shadow half-angle asin(Re/r) means no eclipse at all.
 * ref: vallado-2013 §5.3 (beta angle); montenbruck-gill-2000.
 */
public record BetaAngle(String satelliteId, Instant time, double betaDeg) {

    /** Beta angle of a state (deg). */
    public static double betaDeg(SpacecraftState state, OrekitDataSetup data) {
        Vector3D h = state.getPVCoordinates(data.inertialFrame()).getMomentum().normalize();
        Vector3D s = data.sun().getPosition(state.getDate(), data.inertialFrame()).normalize();
        return Math.toDegrees(Math.asin(Math.max(-1.0, Math.min(1.0, Vector3D.dotProduct(h, s)))));
    }

    /** Half-angle (deg) of the Earth's cylinder-shadow cone seen from radius r (m): asin(Re/r). */
    public static double shadowHalfAngleDeg(double radiusM) {
        return Math.toDegrees(Math.asin(Earth.ELLIPSOID_EQUATORIAL_RADIUS_M / radiusM));
    }
}
