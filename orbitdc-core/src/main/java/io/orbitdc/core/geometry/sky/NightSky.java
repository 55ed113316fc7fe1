package io.orbitdc.core.geometry.sky;

import io.orbitdc.core.geometry.GeometryEngine;
import io.orbitdc.core.geometry.OrekitDataSetup;
import io.orbitdc.core.geometry.batch.BatchJ2Propagator;
import io.orbitdc.core.geometry.batch.FleetPositions;
import io.orbitdc.core.orbit.Earth;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.frames.Frame;
import org.orekit.frames.TopocentricFrame;
import org.orekit.frames.Transform;
import org.orekit.time.AbsoluteDate;

/**
 * Counts, for observers on the ground, the satellites of a fleet seen with the naked eye at
 * astronomical twilight and through the night, and summarises the fleet's brightness
 * ({@link SkySummary}).
 *
 * <p>Method (docs/models/sky-brightness.md): the Sun's elevation at each observer is sampled every
 * {@link #SAMPLE_S} over the span with Orekit's topocentric frame; the instants it crosses −18°
 * (the start and end of astronomical night) are found by linear interpolation between samples, and
 * the night between them is sampled every {@link #NIGHT_SAMPLE_S}. At each such instant the whole
 * fleet is propagated (J2 secular, conical shadow flag) and a satellite counts when it is above the
 * observer's horizon (geodetic), outside the Earth's shadow (penumbra counts as shadow) and brighter
 * than V = 6 ({@link SatelliteBrightness#magnitude}). The largest count is the observer's worst moment.
 * At most {@link #MAX_INSTANTS} instants per observer are counted (evenly thinned on long spans;
 * twilight crossings are kept first, since the sky is most crowded then).
 *
 * <p>Validity: that of the fleet scan's propagation; no atmospheric extinction (a satellite near the
 * horizon is counted as bright as its range makes it), no refraction of the Earth's shadow.
 * Deterministic: the same answer for any thread count.
 */
public final class NightSky {

    /** Spacing of the Sun-elevation samples, s: the Sun moves ≤ 2.5° in 10 min, so a −18° crossing is found to well under a minute. */
    static final double SAMPLE_S = 600.0;
    /** Spacing of the counts inside the night, s. */
    static final double NIGHT_SAMPLE_S = 3600.0;
    /** Most instants counted per observer. */
    static final int MAX_INSTANTS = 400;

    private final OrekitDataSetup data;

    public NightSky(OrekitDataSetup data) {
        this.data = data;
    }

    /**
     * The sky summary of the fleet propagated by {@code propagator} (elements at {@code start}) over
     * [start, start + spanS], for {@code observers}.
     */
    public SkySummary summarise(BatchJ2Propagator propagator, SatelliteBrightness brightness, List<SkyObserver> observers,
                                Instant start, double spanS) {
        int n = propagator.size();
        FleetPositions pos = new FleetPositions(n);
        propagator.propagate(0, pos);
        double[] characteristic = new double[n];
        int brighter = 0;
        for (int k = 0; k < n; k++) {
            double altitude = Math.sqrt(pos.x()[k] * pos.x()[k] + pos.y()[k] * pos.y()[k] + pos.z()[k] * pos.z()[k])
                    - Earth.EQUATORIAL_RADIUS_M;
            characteristic[k] = brightness.characteristicMagnitude(altitude, Earth.EQUATORIAL_RADIUS_M);
            if (IauBrightnessLimit.brighter(characteristic[k], altitude)) {
                brighter++;
            }
        }
        double[] sorted = characteristic.clone();
        Arrays.sort(sorted);
        double median = n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
        List<SkySummary.ObserverSky> out = new ArrayList<>();
        for (SkyObserver o : observers) {
            out.add(observe(propagator, pos, brightness, o, start, spanS));
        }
        return new SkySummary(brightness.model().id(), brightness.areaM2(), brightness.albedo(),
                Double.isFinite(median) ? median : null, (double) brighter / n, out);
    }

    private SkySummary.ObserverSky observe(BatchJ2Propagator propagator, FleetPositions pos, SatelliteBrightness brightness,
                                           SkyObserver o, Instant start, double spanS) {
        Frame inertial = propagator.frame();
        AbsoluteDate epoch = data.date(start);
        TopocentricFrame topo = new TopocentricFrame(data.earth(),
                new GeodeticPoint(o.latitudeRad(), o.longitudeRad(), 0.0), o.name());
        List<Double> instants = nightInstants(topo, inertial, epoch, spanS);
        int best = 0;
        double bestT = Double.NaN;
        double[] sat = new double[3];
        double[] obs = new double[3];
        double[] sun = new double[3];
        for (double t : instants) {
            AbsoluteDate date = epoch.shiftedBy(t);
            propagator.propagate(t, pos);
            Transform toInertial = topo.getTransformTo(inertial, date);
            Vector3D p = toInertial.transformPosition(Vector3D.ZERO);
            Vector3D up = toInertial.transformVector(Vector3D.PLUS_K);
            Vector3D s = data.sun().getPosition(date, inertial);
            obs[0] = p.getX();
            obs[1] = p.getY();
            obs[2] = p.getZ();
            sun[0] = s.getX();
            sun[1] = s.getY();
            sun[2] = s.getZ();
            int count = 0;
            double[] x = pos.x();
            double[] y = pos.y();
            double[] z = pos.z();
            byte[] shadow = pos.shadow();
            for (int k = 0; k < pos.size(); k++) {
                if (shadow[k] != FleetPositions.SUNLIT) {
                    continue;
                }
                double dx = x[k] - obs[0];
                double dy = y[k] - obs[1];
                double dz = z[k] - obs[2];
                if (dx * up.getX() + dy * up.getY() + dz * up.getZ() <= 0) {
                    continue; // below the horizon
                }
                sat[0] = x[k];
                sat[1] = y[k];
                sat[2] = z[k];
                if (brightness.magnitude(sat, sun, obs) < SatelliteBrightness.NAKED_EYE_LIMIT) {
                    count++;
                }
            }
            if (count > best || Double.isNaN(bestT)) {
                best = count;
                bestT = t;
            }
        }
        String worst = Double.isNaN(bestT) ? null : data.instant(epoch.shiftedBy(bestT)).toString();
        return new SkySummary.ObserverSky(o.name(), Math.toDegrees(o.latitudeRad()), Math.toDegrees(o.longitudeRad()),
                best, worst, instants.size());
    }

    /**
     * Instants (s after the epoch) with the Sun at or below −18°: the −18° crossings first, then the
     * night samples, thinned evenly to {@link #MAX_INSTANTS}; returned in time order.
     */
    private List<Double> nightInstants(TopocentricFrame topo, Frame inertial, AbsoluteDate epoch, double spanS) {
        double limit = -Math.toRadians(SatelliteBrightness.TWILIGHT_SUN_DEPRESSION_DEG);
        int samples = (int) Math.ceil(spanS / SAMPLE_S - 1e-9) + 1;
        List<Double> crossings = new ArrayList<>();
        List<Double> night = new ArrayList<>();
        double prevT = 0;
        double prevG = 0;
        double lastNightT = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < samples; i++) {
            double t = Math.min(i * SAMPLE_S, spanS);
            AbsoluteDate date = epoch.shiftedBy(t);
            double g = limit - topo.getElevation(data.sun().getPosition(date, inertial), inertial, date); // > 0: night
            if (i > 0 && (g > 0) != (prevG > 0)) {
                crossings.add(prevT + (t - prevT) * prevG / (prevG - g));
            }
            if (g > 0 && t - lastNightT >= NIGHT_SAMPLE_S) {
                night.add(t);
                lastNightT = t;
            }
            prevT = t;
            prevG = g;
        }
        List<Double> chosen = new ArrayList<>(GeometryEngine.subset(crossings, MAX_INSTANTS));
        chosen.addAll(GeometryEngine.subset(night, MAX_INSTANTS - chosen.size()));
        chosen.sort(Double::compare);
        return chosen;
    }

}
