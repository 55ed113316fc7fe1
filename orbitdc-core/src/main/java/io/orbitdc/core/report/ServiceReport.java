package io.orbitdc.core.report;

import java.util.List;
import java.util.Optional;

/**
 * What the fleet delivers over the scenario's span as a service: the data its ground contacts
 * carry, the latency of inference requests, what processing Earth-observation data in orbit
 * saves, and the capacity of its inter-satellite links ({@link ServiceStage}; keys and equations
 * in docs/models/service-stage.md). A part that does not apply (no such workload, no links) is
 * empty and the notes say why.
 *
 * @param spanS            span the figures cover (s)
 * @param satellites       satellites of the fleet
 * @param downlink         ground downlink over the span
 * @param inference        latency of the inference workload, if any
 * @param earthObservation downlink demand of the Earth-observation workload, if any
 * @param links            inter-satellite link capacity, if the fleet has links
 * @param notes            assumptions and why a part is missing
 */
public record ServiceReport(double spanS, int satellites, Downlink downlink, Optional<Inference> inference,
                            Optional<EarthObservation> earthObservation, Optional<Links> links, List<String> notes) {

    public ServiceReport {
        notes = List.copyOf(notes);
    }

    /**
     * The RF downlink to the ground stations, summed over every contact of every satellite.
     *
     * @param bytes           fleet total over the span, every satellite in view with an antenna of its own
     * @param bytesPerDay     fleet total per day
     * @param singleAntennaBytesMax upper bound on the total with one antenna per station: per station,
     *                        min(bytes, busy time × the budget's peak rate)
     * @param contactFraction share of satellite-time in contact with at least one station
     * @param contactsPerDay  contacts with any station per satellite per day
     * @param meanGapS        mean time between two contacts of a satellite (s)
     * @param longestGapS     longest time a satellite spent out of contact (s)
     * @param stations        per station
     */
    public record Downlink(double bytes, double bytesPerDay, double singleAntennaBytesMax, double contactFraction,
                           double contactsPerDay,
                           double meanGapS, double longestGapS, List<StationDownlink> stations) {
        public Downlink {
            stations = List.copyOf(stations);
        }

        /** {@link #singleAntennaBytesMax()} per day of span (0 without any downlink). */
        public double singleAntennaBytesPerDay() {
            return bytes > 0 ? singleAntennaBytesMax * bytesPerDay / bytes : 0.0;
        }
    }

    /**
     * One station's share of the downlink.
     *
     * @param contacts     satellite contacts over the span (fleet-wide)
     * @param contactS     total satellite contact time (s)
     * @param bytes        data carried over the span
     * @param busyS        time at least one satellite is in view (s)
     * @param singleAntennaBytesMax at most what one antenna carries: min(bytes, busyS × peak rate)
     * @param slantRangeM  slant range at the time-mean elevation of a pass (m)
     */
    public record StationDownlink(String id, String name, long contacts, double contactS, double bytes, double busyS,
                                  double singleAntennaBytesMax, double slantRangeM) {
    }

    /**
     * Latency of the inference workload's requests, per satellite over a day of diurnal load.
     *
     * @param workload          workload name
     * @param requestsPerSecond the workload's fleet-wide mean request rate
     * @param ratePerSatellite  mean request rate to one satellite (1/s)
     * @param servers           accelerators per satellite serving requests (one request each at a time)
     * @param serviceTimeS      mean service time of one request on one accelerator (s)
     * @param slantRangeM       ground-to-satellite slant range used for light time (m)
     * @param islHops           inter-satellite hops from the satellite in contact to the serving one
     * @param hopDistanceM      length of one hop (m)
     * @param coverage          share of time a ground contact is up
     * @param gapS              gap between contacts a request may have to wait through (s)
     * @param p50S              median end-to-end latency (s); infinite when unstable
     * @param p99S              99th-percentile latency (s); infinite when unstable
     * @param meanS             mean latency (s); infinite when unstable
     * @param utilisation       request-weighted accelerator utilisation over the day
     * @param stable            whether the queue stays stable at the daily peak
     * @param lightTimeS        round-trip light time included (s)
     */
    public record Inference(String workload, double requestsPerSecond, double ratePerSatellite, int servers,
                            double serviceTimeS, double slantRangeM, int islHops, double hopDistanceM,
                            double coverage, double gapS, double p50S, double p99S, double meanS,
                            double utilisation, boolean stable, double lightTimeS) {
    }

    /**
     * Downlink demand of the Earth-observation workload, fleet totals per day.
     *
     * @param workload                        workload name
     * @param reductionFactor                 raw-to-result size ratio of the processing in orbit
     * @param rawBytesPerDay                  raw sensor data produced
     * @param processedBytesPerDay            results after processing in orbit
     * @param downlinkedBytesPerDay           results the contacts carry (at most the downlink capacity)
     * @param savedBytesPerDay                downlink saved by processing in orbit (raw − processed)
     * @param backlogGrowthRawBytesPerDay     backlog growth without processing (0 when the contacts keep up)
     * @param backlogGrowthProcessedBytesPerDay backlog growth with processing
     * @param fits                            whether the processed results fit the downlink
     * @param rawFits                         whether the raw data would fit the downlink
     */
    public record EarthObservation(String workload, double reductionFactor, double rawBytesPerDay,
                                   double processedBytesPerDay, double downlinkedBytesPerDay, double savedBytesPerDay,
                                   double backlogGrowthRawBytesPerDay, double backlogGrowthProcessedBytesPerDay,
                                   boolean fits, boolean rawFits) {
    }

    /**
     * Capacity of the optical inter-satellite links over sampled neighbour graphs. When no two
     * satellites ever come within range, capacities, share and length are NaN.
     *
     * @param graphs          neighbour graphs sampled, evenly over the span
     * @param meanCapacityBps mean one-way capacity of a link (over every link of every graph)
     * @param minCapacityBps  smallest one-way capacity of any link in any graph
     * @param meanNeighbours  mean links per satellite
     * @param fullRateShare   share of links running at the terminal's full line rate
     * @param meanLinkM       mean link length (m)
     */
    public record Links(int graphs, double meanCapacityBps, double minCapacityBps, double meanNeighbours,
                        double fullRateShare, double meanLinkM) {
    }
}
