package io.orbitdc.core.geometry;

import io.orbitdc.core.InputException;
import io.orbitdc.core.orbit.Earth;
import java.nio.file.Files;
import java.nio.file.Path;
import org.orekit.bodies.AnalyticalSolarPositionProvider;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.data.ClasspathCrawler;
import org.orekit.data.DataContext;
import org.orekit.data.DirectoryCrawler;
import org.orekit.data.LazyLoadedDataContext;
import org.orekit.errors.OrekitException;
import org.orekit.frames.Frame;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.TimeScale;
import org.orekit.utils.ExtendedPositionProvider;
import org.orekit.utils.IERSConventions;

/**
 * The Orekit data this process uses, built without network access and without touching
 * Orekit's static default context: either the tiny bundle shipped on the classpath
 * ({@code orekit-data/UTC-TAI.history}, IERS leap seconds 1972–2017, plus the analytical
 * Montenbruck–Gill Sun) or a user directory holding a full orekit-data set (EOP, JPL
 * ephemerides). Every Orekit object in the geometry package is built from {@link #context()}.
 *
 * <p>Validity: the bundled leap-second table is exact up to the next leap second the IERS
 * announces (none since 2017-01-01 as of 2026); the analytical Sun is accurate to about
 * 0.01° for the decades around 2000; with no EOP files the Earth-fixed frame ignores UT1−UTC
 * (≤ 0.9 s, ≤ ~0.4 km at the equator), which is fine for mission design.
 */
public final class OrekitDataSetup {

    /** Classpath resources of the bundle; ClasspathCrawler needs every file named. */
    static final String BUNDLED_LEAP_SECONDS = "orekit-data/UTC-TAI.history";

    private final DataContext context;
    private final String description;
    private final ExtendedPositionProvider sun;
    private final OneAxisEllipsoid earth;

    private OrekitDataSetup(DataContext context, String description, ExtendedPositionProvider sun) {
        this.context = context;
        this.description = description;
        this.sun = sun;
        Frame itrf = context.getFrames().getITRF(IERSConventions.IERS_2010, true);
        // ref: nima-tr8350-2 WGS-84 ellipsoid (Orekit constants)
        this.earth = new OneAxisEllipsoid(Earth.ELLIPSOID_EQUATORIAL_RADIUS_M,
                Earth.ELLIPSOID_FLATTENING, itrf);
    }

    /**
     * The data bundled on the classpath: leap seconds and the analytical Sun. One shared instance:
     * loading it costs ~15 ms (a data context, the UTC table), which every {@code validate}, server
     * request and sweep point paid again; once loaded, an Orekit data context is only read (its
     * frames and time scales cache thread-safely), and nothing here adds providers to it.
     */
    public static OrekitDataSetup bundled() {
        return Bundled.DATA;
    }

    /** Initialised on first use, by the JVM's class initialisation (thread-safe, once). */
    private static final class Bundled {
        static final OrekitDataSetup DATA = loadBundled();
    }

    private static OrekitDataSetup loadBundled() {
        LazyLoadedDataContext ctx = new LazyLoadedDataContext();
        ctx.getDataProvidersManager().addProvider(
                new ClasspathCrawler(OrekitDataSetup.class.getClassLoader(), BUNDLED_LEAP_SECONDS));
        checkUtc(ctx, "bundled classpath data " + BUNDLED_LEAP_SECONDS);
        return new OrekitDataSetup(ctx, "bundled: UTC-TAI leap seconds (IERS Bulletin C, to 2017-01-01)"
                + " + analytical Sun (Montenbruck-Gill); no EOP", new AnalyticalSolarPositionProvider(ctx));
    }

    /**
     * A user orekit-data directory ({@code --orekit-data DIR}). Uses the JPL Sun when the
     * directory holds planetary ephemerides, otherwise falls back to the analytical Sun and
     * says so in {@link #description()}.
     */
    public static OrekitDataSetup fromDirectory(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            throw new InputException("orekit data directory not found: " + dir
                    + "; expected an existing directory such as an unpacked orekit-data-master.zip");
        }
        LazyLoadedDataContext ctx = new LazyLoadedDataContext();
        ctx.getDataProvidersManager().addProvider(new DirectoryCrawler(dir.toFile()));
        try {
            checkUtc(ctx, "directory " + dir);
        } catch (IllegalStateException | OrekitException e) {
            // the user's directory, not ours: bad input (an empty folder, a folder of something else)
            throw new InputException("orekit data directory " + dir + ": " + e.getMessage(), e);
        }
        ExtendedPositionProvider sun;
        String sunText;
        try {
            ExtendedPositionProvider jpl = ctx.getCelestialBodies().getSun();
            jpl.getPosition(ctx.getTimeScales().getJ2000Epoch(), ctx.getFrames().getGCRF());
            sun = jpl;
            sunText = "JPL ephemeris Sun";
        } catch (OrekitException e) {
            sun = new AnalyticalSolarPositionProvider(ctx);
            sunText = "analytical Sun (no JPL ephemeris found)";
        }
        return new OrekitDataSetup(ctx, "directory " + dir.toAbsolutePath() + ": " + sunText, sun);
    }

    private static void checkUtc(DataContext ctx, String where) {
        try {
            ctx.getTimeScales().getUTC();
        } catch (OrekitException e) {
            throw new IllegalStateException("no UTC-TAI leap-second data in " + where
                    + "; expected a file such as UTC-TAI.history or tai-utc.dat: " + e.getMessage(), e);
        }
    }

    /** The Orekit data context to pass to every Orekit constructor that takes one. */
    public DataContext context() {
        return context;
    }

    /** Human-readable provenance, reported as the output field {@code orekitData}. */
    public String description() {
        return description;
    }

    /** The Sun position provider (analytical unless a JPL ephemeris was supplied). */
    public ExtendedPositionProvider sun() {
        return sun;
    }

    /** WGS-84 Earth in ITRF (IERS 2010 conventions, simple EOP). */
    public OneAxisEllipsoid earth() {
        return earth;
    }

    /** The inertial frame orbits are expressed in (GCRF). */
    public Frame inertialFrame() {
        return context.getFrames().getGCRF();
    }

    /** UTC of this context. */
    public TimeScale utc() {
        return context.getTimeScales().getUTC();
    }

    /** Converts an instant to an Orekit date in this context's UTC. */
    public AbsoluteDate date(java.time.Instant instant) {
        return new AbsoluteDate(instant, utc());
    }

    /** Converts an Orekit date back to an instant (millisecond precision is enough for reports). */
    public java.time.Instant instant(AbsoluteDate date) {
        return date.toInstant(context.getTimeScales());
    }

    @Override
    public String toString() {
        return description;
    }
}
