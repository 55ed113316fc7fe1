package io.orbitdc.core.study;

import io.orbitdc.core.report.ServiceReport;
import io.orbitdc.core.geometry.OrekitDataSetup;
import io.orbitdc.core.geometry.Satellite;
import io.orbitdc.core.geometry.batch.BatchJ2Propagator;
import io.orbitdc.core.geometry.batch.EarthJ2;
import io.orbitdc.core.geometry.batch.FleetElements;
import io.orbitdc.core.geometry.batch.FleetPositions;
import io.orbitdc.core.geometry.batch.FleetWorkers;
import io.orbitdc.core.geometry.batch.LineOfSight;
import io.orbitdc.core.geometry.batch.NeighbourGraph;
import io.orbitdc.core.geometry.batch.ShadowModel;
import io.orbitdc.core.geometry.scan.FleetEventScan;
import io.orbitdc.core.links.LinkCapacitySummary;
import io.orbitdc.core.links.OpticalLinkBudget;
import io.orbitdc.core.orbit.Earth;
import io.orbitdc.core.scenario.LinkSettings;
import java.time.Instant;
import java.util.List;
import org.orekit.frames.Frame;
import org.orekit.time.AbsoluteDate;

/**
 * The capacity of a fleet's optical inter-satellite links, from neighbour graphs (with their edge
 * lengths) built at evenly spaced instants of the span and each link's optical budget
 * ({@link LinkCapacitySummary}). Capacities are time averages over links, which evenly spaced
 * samples estimate without bias; {@link #MAX_GRAPHS} graphs bound the cost on long spans.
 * Same J2-secular dynamics as the fleet scan; the edge list is in a fixed order for any thread
 * count, so the result is too. With no link in any graph, capacities and shares are NaN.
 */
final class LinkCapacitySampling {

    /** Neighbour graphs built at most. */
    static final int MAX_GRAPHS = 100;

    private LinkCapacitySampling() {
    }

    /** Samples the links of {@code satellites} over [start, start + spanS]; at most one graph per step. */
    static ServiceReport.Links sample(List<Satellite> satellites, Instant start, double spanS, double stepS,
                                      LinkSettings settings, OrekitDataSetup data, FleetWorkers workers) {
        Frame frame = data.inertialFrame();
        AbsoluteDate epoch = data.date(start);
        FleetElements elements = FleetEventScan.elements(satellites, frame, epoch);
        BatchJ2Propagator propagator = new BatchJ2Propagator(elements, EarthJ2.EARTH, epoch, frame, data.sun(),
                ShadowModel.CONICAL, workers);
        NeighbourGraph graph = new NeighbourGraph(settings.rangeM(),
                new LineOfSight(Earth.ELLIPSOID_EQUATORIAL_RADIUS_M, settings.grazingHeightM()), workers);
        OpticalLinkBudget budget = new OpticalLinkBudget(settings.optical());
        FleetPositions pos = new FleetPositions(satellites.size());
        int graphs = (int) Math.max(1, Math.min(MAX_GRAPHS, Math.floor(spanS / stepS)));
        long links = 0;
        long fullRate = 0;
        double capacitySum = 0;
        double lengthSum = 0;
        double min = Double.POSITIVE_INFINITY;
        double degreeSum = 0;
        for (int i = 0; i < graphs; i++) {
            // midpoints of equal parts of the span
            propagator.propagate((i + 0.5) * spanS / graphs, pos);
            graph.compute(pos, true);
            int count = graph.edgeCount();
            LinkCapacitySummary s = LinkCapacitySummary.of(budget, graph.edgeDistancesM(), count);
            degreeSum += graph.meanDegree();
            if (count == 0) {
                continue;
            }
            links += count;
            fullRate += s.fullRateLinks();
            capacitySum += s.totalBps();
            min = Math.min(min, s.minBps());
            double[] d = graph.edgeDistancesM();
            for (int e = 0; e < count; e++) {
                lengthSum += d[e];
            }
        }
        if (links == 0) {
            // no two satellites ever within range: capacities are undefined, not zero
            return new ServiceReport.Links(graphs, Double.NaN, Double.NaN, degreeSum / graphs, Double.NaN, Double.NaN);
        }
        return new ServiceReport.Links(graphs, capacitySum / links, min, degreeSum / graphs, (double) fullRate / links,
                lengthSum / links);
    }
}
