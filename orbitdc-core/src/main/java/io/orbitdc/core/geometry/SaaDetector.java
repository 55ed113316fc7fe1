package io.orbitdc.core.geometry;

import org.orekit.bodies.GeodeticPoint;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.propagation.SpacecraftState;
import org.orekit.propagation.events.AbstractDetector;
import org.orekit.propagation.events.EventDetectionSettings;
import org.orekit.propagation.events.handlers.ContinueOnEvent;
import org.orekit.propagation.events.handlers.EventHandler;

/** Orekit event detector whose g function is {@link SaaRegion#inside}: positive inside the SAA. */
final class SaaDetector extends AbstractDetector<SaaDetector> {

    private final SaaRegion region;
    private final OneAxisEllipsoid earth;

    SaaDetector(SaaRegion region, OneAxisEllipsoid earth) {
        this(EventDetectionSettings.getDefaultEventDetectionSettings(), new ContinueOnEvent(), region, earth);
    }

    private SaaDetector(EventDetectionSettings settings, EventHandler handler, SaaRegion region, OneAxisEllipsoid earth) {
        super(settings, handler);
        this.region = region;
        this.earth = earth;
    }

    @Override
    protected SaaDetector create(EventDetectionSettings settings, EventHandler handler) {
        return new SaaDetector(settings, handler, region, earth);
    }

    @Override
    public double g(SpacecraftState s) {
        GeodeticPoint gp = earth.transform(s.getPosition(), s.getFrame(), s.getDate());
        return region.inside(Math.toDegrees(gp.getLatitude()), Math.toDegrees(gp.getLongitude()), gp.getAltitude());
    }
}
