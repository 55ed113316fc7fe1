package io.orbitdc.core.study;

import io.orbitdc.core.report.SizingReport;
import io.orbitdc.core.geometry.ClusterFormation;
import io.orbitdc.core.geometry.GeometryReport;
import io.orbitdc.core.geometry.batch.FleetWorkers;
import io.orbitdc.core.geometry.scan.FleetEventScan;
import io.orbitdc.core.geometry.scan.FleetEventSummary;
import io.orbitdc.core.geometry.scan.ScanOptions;
import io.orbitdc.core.geometry.scan.ScanEventLists;
import io.orbitdc.core.geometry.Fleet;
import io.orbitdc.core.geometry.GeometryEngine;
import io.orbitdc.core.geometry.GeometryRequest;
import io.orbitdc.core.geometry.GeometryResult;
import io.orbitdc.core.geometry.OrekitDataSetup;
import io.orbitdc.core.geometry.OrekitOrbits;
import io.orbitdc.core.geometry.PropagatorChoice;
import io.orbitdc.core.geometry.Satellite;
import io.orbitdc.core.geometry.SatelliteNames;
import io.orbitdc.core.geometry.SpacecraftBody;
import io.orbitdc.core.geometry.TleFleet;
import io.orbitdc.core.geometry.WalkerConstellation;
import io.orbitdc.core.scenario.ConstellationSpec;
import io.orbitdc.core.scenario.GroundStation;
import io.orbitdc.core.scenario.Scenario;
import io.orbitdc.core.scenario.Shell;
import io.orbitdc.core.sizing.SizingResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The geometry stage: builds the scenario's fleet on Orekit (one generator per shell), takes the
 * satellite's mass and areas from sizing for drag and solar pressure, and runs the geometry
 * engine over [epoch, epoch + duration].
 *
 * <p>Drag area: sun-tracking arrays and radiators present on average half their area to the flow
 * over an orbit (the mean projected area of a flat plate over random orientations is A/2), plus
 * the compute enclosure. This is a cannonball average, valid for decay and Δv budgets, not for
 * attitude-resolved drag. ref: vallado-2013 §8.6.2 (Cd 2.2 for a free-molecular flat plate)
 */
public final class GeometryStage {

    private static final double DRAG_COEFFICIENT = 2.2;
    /** Reflectivity of a solar array seen by the sun: mostly absorbing. ref: vallado-2013 §8.6.4 */
    private static final double REFLECTIVITY = 1.3;

    private GeometryStage() {
    }

    /**
     * The request for a scenario that flies something; a constellation the generators refuse
     * (a TLE file that holds no element set, a formation too wide) is a located {@link io.orbitdc.core.InputException}.
     */
    public static GeometryRequest request(Scenario scenario, SizingReport sizing, OrekitDataSetup data) {
        SizingResult primary = sizing.primary().result();
        double arrayM2 = primary.solarArray().areaM2();
        double radiatorM2 = primary.radiator().areaM2();
        double dragArea = 0.5 * (arrayM2 + radiatorM2) + 1.0;
        SpacecraftBody body = new SpacecraftBody(primary.mass().totalKg(), dragArea, DRAG_COEFFICIENT, arrayM2, REFLECTIVITY);
        List<List<Satellite>> shells = new ArrayList<>();
        for (int shellIndex = 0; shellIndex < scenario.shells().size(); shellIndex++) {
            final int i = shellIndex;
            Shell shell = scenario.shells().get(i);
            int count = sizing.shells().get(i).result().fleet().satellites();
            String path = constellationPath(scenario, i);
            shells.add(scenario.sources().at(path, () -> satellites(SatelliteNames.shell(i), shell, count, scenario, data)));
        }
        @SuppressWarnings("unchecked")
        List<Satellite>[] all = shells.toArray(new List[0]);
        Fleet fleet = Fleet.of(propagator(scenario.shells().get(0)), body, all);
        List<io.orbitdc.core.geometry.GroundStation> stations = scenario.groundStations().stream()
                .map(GeometryStage::station).toList();
        return GeometryRequest.of(fleet, scenario.epoch(), Duration.ofMillis(Math.round(scenario.durationS() * 1000)),
                stations);
    }

    /** Orekit's event detectors on the evaluated subset: event tables, CZML and OEM come from here. */
    public static GeometryResult run(GeometryRequest request, OrekitDataSetup data) {
        return new GeometryEngine(data).run(request);
    }

    /**
     * Whether the whole fleet can be scanned with the batch J2-secular propagator: the scenario
     * asks for that propagator and no shell comes from a TLE.
     */
    public static boolean fleetScanApplies(GeometryRequest request) {
        return request.fleet().propagator() == PropagatorChoice.J2_SECULAR
                && request.fleet().satellites().stream().noneMatch(s -> s.tle().isPresent());
    }

    /**
     * The geometry report of a scenario. With the J2-secular propagator every satellite is scanned
     * at the scenario's step ({@link FleetEventScan}), with the inter-satellite neighbour graph at
     * every step; otherwise Orekit's detectors run on an evenly spaced subset and links are not computed.
     */
    public static GeometryReport report(Scenario scenario, GeometryRequest request, OrekitDataSetup data,
                                        FleetWorkers workers) {
        return events(scenario, request, data, workers, false).report();
    }

    /**
     * The geometry report and, with {@code record}, the event tables behind it from the same pass:
     * the fleet scan's intervals for every satellite (J2-secular fleets), else Orekit's detectors
     * on the evaluated subset. Without {@code record} the scan keeps no interval (memory stays
     * independent of the span) and the result's lists are empty.
     */
    public static GeometryResult events(Scenario scenario, GeometryRequest request, OrekitDataSetup data,
                                        FleetWorkers workers, boolean record) {
        if (!fleetScanApplies(request)) {
            return run(request, data);
        }
        double spanS = Duration.between(request.start(), request.end()).toMillis() / 1000.0;
        FleetEventSummary scan = new FleetEventScan(data, workers).scan(request.fleet().satellites(), request.start(),
                spanS, scenario.stepS(), request.stations(), request.saa(),
                new ScanOptions(record ? request.fleet().size() : 0, scenario.links().rangeM(),
                        scenario.links().grazingHeightM(), linkSamplingS(spanS, scenario.stepS())));
        var fleet = new GeometryReport.FleetSummary(scan.satellites(), scan.satellites(), "J2_SECULAR (batch fleet scan)",
                scan.sunlitFraction(), scan.umbraFraction(), scan.longestEclipseS(), scan.meanEclipseS(),
                scan.eclipseDays(), (int) Math.min(Integer.MAX_VALUE, scan.umbraCount()));
        List<GeometryReport.StationSummary> stations = scan.stations().stream()
                .map(s -> new GeometryReport.StationSummary(s.id(), s.name(), s.contactsPerDay(), s.meanContactS(), s.longestGapS()))
                .toList();
        GeometryReport report = new GeometryReport(data.description(), request.start().toString(), request.end().toString(), fleet,
                new GeometryReport.BetaSummary(scan.betaMinDeg(), scan.betaMaxDeg()), stations,
                new GeometryReport.SaaSummary(scan.saaPassesPerDay(), scan.saaMeanPassS(), scan.saaTimeFraction()),
                new GeometryReport.LinksSummary(scan.meanNeighbours(), scan.linkRangeM()),
                GeometryReport.DragSummary.ofLowest(request), scan.distributions(), null);
        return record ? ScanEventLists.of(report, request.fleet().satellites(), request.start(), scan, data)
                : new GeometryResult(report, io.orbitdc.core.geometry.EventRows.none(request.fleet().satellites()),
                        request.fleet().satellites());
    }

    /**
     * The sky impact of the request's fleet (docs/models/sky-brightness.md), for fleets given by
     * elements (the batch propagator flies them); empty for a TLE fleet. The reflecting area is the
     * scenario's {@code sky.area}, else the sized solar array plus radiator area (both faces lit
     * and seen at most one at a time, so one face each).
     */
    public static java.util.Optional<io.orbitdc.core.geometry.sky.SkySummary> sky(Scenario scenario, SizingReport sizing,
            GeometryRequest request, OrekitDataSetup data, FleetWorkers workers) {
        if (request.fleet().satellites().stream().anyMatch(s -> s.tle().isPresent())) {
            return java.util.Optional.empty();
        }
        var settings = scenario.sky();
        SizingResult primary = sizing.primary().result();
        double area = settings.areaM2().orElse(primary.solarArray().areaM2() + primary.radiator().areaM2());
        var brightness = io.orbitdc.core.geometry.sky.SatelliteBrightness.of(settings.model(), area, settings.albedo());
        var frame = data.inertialFrame();
        var epoch = data.date(request.start());
        var propagator = new io.orbitdc.core.geometry.batch.BatchJ2Propagator(
                FleetEventScan.elements(request.fleet().satellites(), frame, epoch),
                io.orbitdc.core.geometry.batch.EarthJ2.EARTH, epoch, frame, data.sun(),
                io.orbitdc.core.geometry.batch.ShadowModel.CONICAL, workers);
        double spanS = Duration.between(request.start(), request.end()).toMillis() / 1000.0;
        return java.util.Optional.of(new io.orbitdc.core.geometry.sky.NightSky(data)
                .summarise(propagator, brightness, settings.observers(), request.start(), spanS));
    }

    /** Neighbour graphs a report averages at most; a day at 30 s is sampled at every step. */
    static final int MAX_LINK_GRAPHS = 2880;

    /**
     * Interval between neighbour graphs: every step while that is at most {@link #MAX_LINK_GRAPHS}
     * graphs, else a whole number of steps spreading that many over the span. The mean degree is
     * a time average, which evenly spaced samples estimate without bias; a year at 30 s would
     * otherwise build a million graphs for one number.
     */
    static double linkSamplingS(double spanS, double stepS) {
        double steps = Math.ceil(spanS / stepS);
        return steps <= MAX_LINK_GRAPHS ? stepS : Math.ceil(steps / MAX_LINK_GRAPHS) * stepS;
    }

    private static List<Satellite> satellites(String name, Shell shell, int count, Scenario s, OrekitDataSetup data) {
        return generator(name, shell, count, s, data).get();
    }

    /**
     * The checks {@link #request} makes on the scenario's fleet without generating it: every
     * generator's parameters and the span. Every TLE/OMM file has already been read and checked by
     * the sizing this is given ({@link SizingStage} counts a TLE shell's fleet from its file,
     * {@link #tleFleetSize}), so it is not read again here. {@code validate} runs this, so a
     * scenario it accepts does not fail later in geometry or simulate; each error is located.
     */
    public static void check(Scenario scenario, SizingReport sizing, OrekitDataSetup data) {
        for (int shellIndex = 0; shellIndex < scenario.shells().size(); shellIndex++) {
            final int i = shellIndex;
            Shell shell = scenario.shells().get(i);
            int count = sizing.shells().get(i).result().fleet().satellites();
            // building a generator checks its parameters; nothing is generated
            scenario.sources().at(constellationPath(scenario, i),
                    () -> generator(SatelliteNames.shell(i), shell, count, scenario, data));
        }
        Duration span = Duration.ofMillis(Math.round(scenario.durationS() * 1000));
        if (span.compareTo(GeometryRequest.MAX_DURATION) > 0) {
            throw scenario.sources().error("duration", "found " + span.toDays() + " d; expected at most 10 yr,"
                    + " the span the geometry models cover");
        }
    }

    /**
     * How many satellites a TLE/OMM shell flies: its file's element sets, read and checked as
     * geometry reads them (sizing, launch and cost count the fleet from here, so a broken file is
     * refused by every verb at the file field, and a file of 40 element sets is sized as 40).
     */
    static int tleFleetSize(Scenario scenario, int shell) {
        ConstellationSpec c = scenario.shells().get(shell).constellation();
        return scenario.sources().at(constellationPath(scenario, shell),
                () -> tle(c, SatelliteNames.shell(shell), OrekitDataSetup.bundled())).size();
    }

    /** Where a shell's fleet errors belong: its TLE/OMM file field, else its constellation. */
    private static String constellationPath(Scenario scenario, int shell) {
        boolean tle = scenario.shells().get(shell).constellation().type() == ConstellationSpec.Type.TLE;
        return scenario.sources().shell(shell) + (tle ? "constellation.file" : "constellation");
    }

    /** The shell's satellite generator, its parameters already checked; the satellites come on {@code get()}. */
    private static Supplier<List<Satellite>> generator(String name, Shell shell, int count, Scenario s,
                                                       OrekitDataSetup data) {
        ConstellationSpec c = shell.constellation();
        // exhaustive over the type: a new arrangement does not compile until it has a generator here
        return switch (c.type()) {
            case CLUSTER -> {
                ClusterFormation formation = new ClusterFormation(name, OrekitOrbits.fixPlane(shell.orbit(), data), count,
                        c.clusterRadiusM());
                yield () -> formation.satellites(data);
            }
            case WALKER -> {
                WalkerConstellation walker = new WalkerConstellation(name, OrekitOrbits.fixPlane(shell.orbit(), data), count,
                        c.planes(), c.phasing(), c.pattern());
                yield () -> walker.satellites(data);
            }
            case TLE -> () -> tle(c, name, data);
            case SINGLE -> {
                io.orbitdc.core.orbit.OrbitSpec orbit = OrekitOrbits.fixPlane(shell.orbit(), data);
                if (count == 1) {
                    yield () -> Fleet.single(SatelliteNames.single(name), orbit, data);
                }
                // a fleet target on a single-satellite shell: spread the satellites along the orbit
                WalkerConstellation ring = new WalkerConstellation(name, orbit, count, 1, 0,
                        WalkerConstellation.Pattern.DELTA);
                yield () -> ring.satellites(data);
            }
        };
    }

    /** A TLE/OMM file's satellites; a file Orekit cannot read is the user's (bad input), located at the file field. */
    private static List<Satellite> tle(ConstellationSpec c, String name, OrekitDataSetup data) {
        try {
            return TleFleet.read(c.tleFile().orElseThrow(), name, data);
        } catch (io.orbitdc.core.InputException e) {
            throw e;
        } catch (RuntimeException e) {
            // Orekit's parsers throw OrekitException / IllegalArgumentException for a malformed
            // line, a bad checksum, an unparsable OMM: all describe the user's file
            throw new io.orbitdc.core.InputException(c.tleFile().get() + ": " + e.getMessage(), e);
        }
    }

    private static PropagatorChoice propagator(Shell shell) {
        if (shell.constellation().type() == ConstellationSpec.Type.TLE) {
            return PropagatorChoice.SGP4;
        }
        return switch (shell.propagator()) {
            case "eckstein-hechler" -> PropagatorChoice.ECKSTEIN_HECHLER;
            case "brouwer-lyddane" -> PropagatorChoice.BROUWER_LYDDANE;
            case "sgp4" -> PropagatorChoice.SGP4;
            case "numerical" -> PropagatorChoice.NUMERICAL_HIGH_FIDELITY;
            case "j2-secular" -> PropagatorChoice.J2_SECULAR;
            default -> throw new IllegalStateException("propagator '" + shell.propagator()
                    + "' passed the schema but has no model");
        };
    }

    private static io.orbitdc.core.geometry.GroundStation station(GroundStation g) {
        return new io.orbitdc.core.geometry.GroundStation(g.id(), g.name(), Math.toDegrees(g.latitudeRad()),
                Math.toDegrees(g.longitudeRad()), g.altitudeM(), Math.toDegrees(g.minElevationRad()), "", "", List.of());
    }
}
