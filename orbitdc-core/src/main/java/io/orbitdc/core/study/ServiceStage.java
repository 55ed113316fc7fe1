package io.orbitdc.core.study;

import io.orbitdc.core.report.ServiceReport;
import io.orbitdc.core.geometry.GeometryRequest;
import io.orbitdc.core.geometry.GroundStation;
import io.orbitdc.core.geometry.OrekitDataSetup;
import io.orbitdc.core.geometry.Satellite;
import io.orbitdc.core.geometry.batch.FleetWorkers;
import io.orbitdc.core.geometry.scan.FleetEventScan;
import io.orbitdc.core.geometry.scan.FleetEventSummary;
import io.orbitdc.core.geometry.scan.ScanOptions;
import io.orbitdc.core.links.DownlinkBudget;
import io.orbitdc.core.links.PassGeometry;
import io.orbitdc.core.links.PassVolume;
import io.orbitdc.core.orbit.Earth;
import io.orbitdc.core.scenario.ConstellationSpec;
import io.orbitdc.core.scenario.SatelliteDesign;
import io.orbitdc.core.scenario.Scenario;
import io.orbitdc.core.workload.Workload;
import io.orbitdc.core.service.EarthObservationDownlink;
import io.orbitdc.core.service.PathDelay;
import io.orbitdc.core.twin.TwinInputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The service stage of the digital twin: from the fleet's real contacts with the ground stations
 * (every satellite scanned by {@link FleetEventScan} over [epoch, epoch + duration] at the
 * scenario's step), the data the RF downlink carries ({@link PassVolume} per contact), the
 * latency of the inference workload, the downlink an Earth-observation workload needs with and
 * without processing in orbit, and the capacity of the optical inter-satellite links over
 * sampled neighbour graphs. Equations, assumptions and keys: docs/models/service-stage.md.
 *
 * <p>Valid for fleets the J2-secular batch geometry flies (no TLE shell), on near-circular LEO
 * orbits (PassGeometry: 160–2,000 km). Each satellite in view of a station is assumed to get an
 * antenna of its own (no contention between satellites). Results depend on the scenario only,
 * never on the thread count.
 */
public final class ServiceStage {

    /** Altitude spread of the fleet above which the report says passes are shaped at the mean altitude. */
    static final double ALTITUDE_SPREAD_NOTE_M = 10e3;

    private ServiceStage() {
    }

    /** Sizes the scenario, builds its fleet and runs the stage. */
    public static ServiceReport run(Scenario scenario, OrekitDataSetup data, FleetWorkers workers) {
        return run(scenario, data, workers, 1.0);
    }

    /**
     * As {@link #run(Scenario, OrekitDataSetup, FleetWorkers)}, with inference served only in the
     * share of time the digital twin found the accelerators delivering ({@code compute.goodputFraction}).
     */
    public static ServiceReport run(Scenario scenario, OrekitDataSetup data, FleetWorkers workers,
                                    double deliveredFraction) {
        requireSpaceSegment(scenario);
        return run(scenario, GeometryStage.request(scenario, SizingStage.run(scenario), data), data, workers,
                deliveredFraction);
    }

    /**
     * Runs the stage on an already built geometry request (as {@link GeometryStage#request} makes it).
     *
     * @throws TwinInputException when the fleet cannot be scanned (a TLE shell, another propagator)
     */
    public static ServiceReport run(Scenario scenario, GeometryRequest request, OrekitDataSetup data,
                                    FleetWorkers workers) {
        return run(scenario, request, data, workers, 1.0);
    }

    /** As above, with inference served in the twin's delivered share of time ({@code deliveredFraction}, in (0, 1]). */
    public static ServiceReport run(Scenario scenario, GeometryRequest request, OrekitDataSetup data,
                                    FleetWorkers workers, double deliveredFraction) {
        if (!(deliveredFraction > 0 && deliveredFraction <= 1)) {
            throw new TwinInputException("delivered fraction " + deliveredFraction + ": expected (0, 1]; a fleet that"
                    + " delivers nothing serves no requests");
        }
        requireSpaceSegment(scenario);
        if (!GeometryStage.fleetScanApplies(request)) {
            throw new TwinInputException(scenario.file() + ": orbit.propagator: the service stage scans the fleet with"
                    + " the batch J2-secular geometry; expected 'j2-secular' and no TLE shell");
        }
        List<Satellite> satellites = request.fleet().satellites();
        int n = satellites.size();
        double spanS = Duration.between(request.start(), request.end()).toMillis() / 1000.0;
        FleetEventSummary scan = new FleetEventScan(data, workers).scan(satellites, request.start(), spanS,
                scenario.stepS(), request.stations(), request.saa(), ScanOptions.contactsOnly());
        List<String> notes = new ArrayList<>();
        double altitudeM = satellites.stream().mapToDouble(s -> s.orbit().getA()).average().orElseThrow()
                - Earth.EQUATORIAL_RADIUS_M;
        double spreadM = satellites.stream().mapToDouble(s -> s.orbit().getA()).max().orElseThrow()
                - satellites.stream().mapToDouble(s -> s.orbit().getA()).min().orElseThrow();
        if (spreadM > ALTITUDE_SPREAD_NOTE_M) {
            notes.add(String.format(Locale.ROOT, "downlink: passes are shaped at the fleet's mean altitude %.0f km;"
                    + " its shells span %.0f km of altitude (durations still come from each satellite's own contacts)",
                    altitudeM / 1e3, spreadM / 1e3));
        }
        DownlinkBudget budget = new DownlinkBudget(scenario.links().downlink());
        ServiceReport.Downlink downlink = downlink(scan, request.stations(), altitudeM, budget, spanS, notes);

        SatelliteDesign design = scenario.satellite().orElseThrow();
        Optional<ServiceReport.Links> links = Optional.empty();
        if (n >= 2 && scenario.links().rangeM() > 0) {
            links = Optional.of(LinkCapacitySampling.sample(satellites, request.start(), spanS, scenario.stepS(),
                    scenario.links(), data, workers));
            if (Double.isNaN(links.get().meanCapacityBps())) {
                notes.add(String.format(Locale.ROOT, "links: no two satellites came within the %.0f km link range;"
                        + " capacities are null", scenario.links().rangeM() / 1e3));
            }
        } else {
            notes.add("links.* are null: a single satellite has no inter-satellite links");
        }
        Optional<ServiceReport.Inference> inference = inference(scenario, design, n, scan, downlink, links, notes,
                deliveredFraction);
        Optional<ServiceReport.EarthObservation> eo = earthObservation(scenario, n, altitudeM, downlink, notes);
        return new ServiceReport(spanS, n, downlink, inference, eo, links, notes);
    }

    private static void requireSpaceSegment(Scenario scenario) {
        if (!scenario.hasSpaceSegment()) {
            throw new TwinInputException(scenario.file()
                    + ": a ground-only scenario has no downlink or service in orbit; expected an orbit and a satellite");
        }
    }

    private static ServiceReport.Downlink downlink(FleetEventSummary scan, List<GroundStation> stations,
                                                   double altitudeM, DownlinkBudget budget, double spanS,
                                                   List<String> notes) {
        List<ServiceReport.StationDownlink> per = new ArrayList<>();
        double bits = 0;
        double singleBits = 0;
        // the highest rate any contact reaches: overhead, at the shortest slant range
        double peakRateBps = budget.rateBps(altitudeM);
        for (int s = 0; s < stations.size(); s++) {
            FleetEventSummary.StationEvents events = scan.stations().get(s);
            PassGeometry geometry = new PassGeometry(altitudeM, Math.toRadians(stations.get(s).minElevationDeg()));
            PassVolume volume = new PassVolume(geometry, budget);
            double stationBits = events.durations().sum(volume::bitsForContact);
            double oneAntennaBits = Math.min(stationBits, events.busyS() * peakRateBps);
            bits += stationBits;
            singleBits += oneAntennaBits;
            per.add(new ServiceReport.StationDownlink(events.id(), events.name(), events.durations().count(),
                    events.contactS(), stationBits / 8, events.busyS(), oneAntennaBits / 8,
                    PassProfile.meanElevationSlantRangeM(geometry)));
        }
        if (stations.isEmpty()) {
            notes.add("downlink.bytes is 0: the scenario lists no ground station (groundStations)");
        } else {
            notes.add(String.format(Locale.ROOT, "downlink.bytes assumes one antenna per station, shared by the"
                    + " satellites in view (an upper bound: the best rate whenever any is in view); with an antenna per"
                    + " satellite in view it would be %.3g bytes (downlink.antennaPerSatelliteBytes)", bits / 8));
        }
        FleetEventSummary.Coverage any = scan.anyStation();
        double bytes = bits / 8;
        return new ServiceReport.Downlink(bytes, bytes / (spanS / 86_400), singleBits / 8, any.timeFraction(),
                any.contactsPerDay(),
                any.meanGapS(), any.longestGapS(), per);
    }

    private static Optional<ServiceReport.Inference> inference(Scenario scenario, SatelliteDesign design, int n,
                                                               FleetEventSummary scan, ServiceReport.Downlink downlink,
                                                               Optional<ServiceReport.Links> links, List<String> notes,
                                                               double deliveredFraction) {
        Optional<Workload.Inference> workload = workload(scenario, Workload.Inference.class);
        if (workload.isEmpty()) {
            notes.add("inference.* are null: the scenario has no inference workload");
            return Optional.empty();
        }
        if (downlink.stations().isEmpty()) {
            notes.add("inference.* are null: with no ground station requests never reach the fleet");
            return Optional.empty();
        }
        // light time over the slant range of the station that carries the most contact time
        ServiceReport.StationDownlink busiest = downlink.stations().stream()
                .max((a, b) -> Double.compare(a.contactS(), b.contactS())).orElseThrow();
        boolean cluster = scenario.shells().stream().allMatch(s -> s.constellation().type() == ConstellationSpec.Type.CLUSTER);
        int hops = 0;
        double hopM = 0;
        if (cluster && links.isPresent() && Double.isFinite(links.get().meanLinkM())) {
            // the whole cluster sees the station at once: one hop from the member in contact
            hops = 1;
            hopM = links.get().meanLinkM();
        } else {
            notes.add("inference: requests reach only a satellite that itself sees a station (relay over"
                    + " inter-satellite links to distant satellites is not modelled)");
        }
        PathDelay path = new PathDelay(busiest.slantRangeM(), hops, hopM, downlink.contactFraction(),
                Math.max(0, downlink.meanGapS()));
        ServiceReport.Inference result = InferenceService.estimate(workload.get(), design.accelerator(),
                design.acceleratorsPerSatellite(), n, path, deliveredFraction);
        notes.add(String.format(Locale.ROOT, "inference: %d accelerators per satellite each serve one request at a"
                + " time, %.1f s per request (%s, %.0f tokens, calibrated on a published 70B latency; divided by the"
                + " twin's delivered fraction %.4g)",
                result.servers(), result.serviceTimeS(), workload.get().modelParameters().isPresent()
                        ? String.format(Locale.ROOT, "%.3g parameters", workload.get().modelParameters().getAsDouble())
                        : "a 70B model", InferenceService.TOKENS_PER_REQUEST, deliveredFraction));
        if (!result.stable()) {
            notes.add("inference: the queue is unstable at the daily peak (more requests than the accelerators"
                    + " serve); p50, p99 and mean are null");
        }
        return Optional.of(result);
    }

    private static Optional<ServiceReport.EarthObservation> earthObservation(Scenario scenario, int n, double altitudeM,
                                                                             ServiceReport.Downlink downlink,
                                                                             List<String> notes) {
        Optional<Workload.EarthObservation> workload = workload(scenario, Workload.EarthObservation.class);
        if (workload.isEmpty()) {
            notes.add("earthObservation.* are null: the scenario has no earth-observation workload");
            return Optional.empty();
        }
        Workload.EarthObservation w = workload.get();
        if (w.reductionFactor().isEmpty()) {
            notes.add("earthObservation: no reductionFactor, so nothing is processed in orbit (factor 1)");
        }
        double period = new PassGeometry(altitudeM, 0).periodS();
        // per satellite: its own raw data against its share of the fleet's contact volume, with one
        // antenna per station (the headline downlink.bytes)
        EarthObservationDownlink eo = new EarthObservationDownlink(w.rawDataPerOrbitBits(),
                w.reductionFactor().orElse(1), period, downlink.singleAntennaBytesPerDay() * 8 / n);
        double k = n / 8.0;
        return Optional.of(new ServiceReport.EarthObservation(w.name(), eo.reductionFactor(), eo.rawBitsPerDay() * k,
                eo.processedBitsPerDay() * k, Math.min(eo.processedBitsPerDay(), eo.downlinkBitsPerDay()) * k,
                eo.savedBitsPerDay() * k, eo.rawBacklogGrowthPerDay() * k, eo.processedBacklogGrowthPerDay() * k,
                eo.processedFits(), eo.rawFits()));
    }

    private static <W extends Workload> Optional<W> workload(Scenario scenario, Class<W> kind) {
        return scenario.workloads().stream().filter(kind::isInstance).map(kind::cast).findFirst();
    }
}
