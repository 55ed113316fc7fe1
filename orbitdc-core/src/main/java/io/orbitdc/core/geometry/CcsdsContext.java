package io.orbitdc.core.geometry;

import org.hipparchus.CalculusFieldElement;
import org.hipparchus.geometry.euclidean.threed.FieldVector3D;
import org.orekit.bodies.CelestialBodies;
import org.orekit.bodies.CelestialBody;
import org.orekit.data.DataContext;
import org.orekit.errors.OrekitException;
import org.orekit.errors.OrekitMessages;
import org.orekit.forces.gravity.potential.GravityFields;
import org.orekit.frames.Frame;
import org.orekit.frames.Frames;
import org.orekit.models.earth.GeoMagneticFields;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.FieldAbsoluteDate;
import org.orekit.time.TimeScales;
import org.orekit.utils.TimeStampedPVCoordinates;

/**
 * The data context Orekit's CCSDS parsers (OEM, OMM) get: the run's time scales and frames, and a
 * small body loader that knows the Earth only. The parsers resolve {@code CENTER_NAME = EARTH}
 * through the context's celestial bodies, whose default loader needs JPL ephemerides that the
 * bundled data deliberately lacks; an Earth-centred message needs nothing but the Earth at the
 * origin of GCRF. Any other centre is refused with Orekit's "no such body" error, which the readers
 * report as bad input.
 */
final class CcsdsContext implements DataContext {

    private final DataContext base;
    private final CelestialBodies bodies;

    CcsdsContext(OrekitDataSetup data) {
        this.base = data.context();
        this.bodies = new EarthOnly(new Earth(base.getFrames().getGCRF(), data.earth().getBodyFrame()));
    }

    @Override
    public TimeScales getTimeScales() {
        return base.getTimeScales();
    }

    @Override
    public Frames getFrames() {
        return base.getFrames();
    }

    @Override
    public CelestialBodies getCelestialBodies() {
        return bodies;
    }

    @Override
    public GravityFields getGravityFields() {
        return base.getGravityFields();
    }

    @Override
    public GeoMagneticFields getGeoMagneticFields() {
        return base.getGeoMagneticFields();
    }

    /** The Earth as a body at the origin of GCRF, rotating with ITRF; GM the project's one value (orbit.Earth). */
    private record Earth(Frame gcrf, Frame fixed) implements CelestialBody {

        @Override
        public Frame getInertiallyOrientedFrame() {
            return gcrf;
        }

        @Override
        public Frame getBodyOrientedFrame() {
            return fixed;
        }

        @Override
        public String getName() {
            return "EARTH";
        }

        @Override
        public double getGM() {
            return io.orbitdc.core.orbit.Earth.MU;
        }

        @Override
        public TimeStampedPVCoordinates getPVCoordinates(AbsoluteDate date, Frame frame) {
            return gcrf.getTransformTo(frame, date).transformPVCoordinates(
                    new TimeStampedPVCoordinates(date, org.orekit.utils.PVCoordinates.ZERO));
        }

        @Override
        public <T extends CalculusFieldElement<T>> FieldVector3D<T> getPosition(FieldAbsoluteDate<T> date, Frame frame) {
            return gcrf.getStaticTransformTo(frame, date).transformPosition(FieldVector3D.getZero(date.getField()));
        }
    }

    private record EarthOnly(CelestialBody earth) implements CelestialBodies {

        private static CelestialBody none(String name) {
            throw new OrekitException(OrekitMessages.NO_DATA_LOADED_FOR_CELESTIAL_BODY, name);
        }

        @Override
        public CelestialBody getEarth() {
            return earth;
        }

        @Override
        public CelestialBody getBody(String name) {
            return "EARTH".equalsIgnoreCase(name) ? earth : none(name);
        }

        @Override
        public CelestialBody getSolarSystemBarycenter() {
            return none("SOLAR_SYSTEM_BARYCENTER");
        }

        @Override
        public CelestialBody getSun() {
            return none("SUN");
        }

        @Override
        public CelestialBody getMercury() {
            return none("MERCURY");
        }

        @Override
        public CelestialBody getVenus() {
            return none("VENUS");
        }

        @Override
        public CelestialBody getEarthMoonBarycenter() {
            return none("EARTH_MOON");
        }

        @Override
        public CelestialBody getMoon() {
            return none("MOON");
        }

        @Override
        public CelestialBody getMars() {
            return none("MARS");
        }

        @Override
        public CelestialBody getJupiter() {
            return none("JUPITER");
        }

        @Override
        public CelestialBody getSaturn() {
            return none("SATURN");
        }

        @Override
        public CelestialBody getUranus() {
            return none("URANUS");
        }

        @Override
        public CelestialBody getNeptune() {
            return none("NEPTUNE");
        }

        @Override
        public CelestialBody getPluto() {
            return none("PLUTO");
        }
    }
}
