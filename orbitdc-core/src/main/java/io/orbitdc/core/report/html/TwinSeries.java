package io.orbitdc.core.report.html;

import io.orbitdc.core.report.db.RunMetadata;
import io.orbitdc.core.report.db.RunResults;
import io.orbitdc.core.twin.SatelliteSample;
import java.util.ArrayList;
import java.util.List;

/**
 * Power, battery state of charge and die temperature over time of a bounded number of satellites,
 * downsampled from a results database's {@code series} table (docs/results-database.md) so that the
 * page stays small: at most {@code maxSatellites} satellites spread evenly over the fleet's
 * indices, at most {@code maxPoints} points per series, each point the mean of consecutive
 * recorded samples (a bucket). The mean keeps the energy of a bucket; it flattens the
 * eclipse-to-sunlight swing within one (the page says so when buckets hold more than one sample).
 *
 * @param satellites   satellites in the run
 * @param perBucket    recorded samples averaged into one point (1: no downsampling)
 * @param recordEveryS the recording interval of the database, s
 * @param series       the shown satellites' series, by satellite index
 */
public record TwinSeries(int satellites, int perBucket, double recordEveryS, List<Satellite> series) {

    /** Largest number of satellites the page carries. */
    public static final int MAX_SATELLITES = 12;
    /** Largest number of points per series. */
    public static final int MAX_POINTS = 2000;

    public TwinSeries {
        series = List.copyOf(series);
    }

    /**
     * One satellite's downsampled series: time since the epoch (h), array output and compute power
     * (W), state of charge (0–1) and hottest die temperature (°C). The arrays are the reader's own
     * and not copied: treat them as read-only (equality is by identity).
     */
    public record Satellite(int index, double[] timeH, double[] arrayW, double[] computeW, double[] soc,
                            double[] dieC) {
    }

    /** Reads and downsamples the series of {@code results}, within {@link #MAX_SATELLITES} and {@link #MAX_POINTS}. */
    public static TwinSeries read(RunResults results) {
        return read(results, MAX_SATELLITES, MAX_POINTS);
    }

    static TwinSeries read(RunResults results, int maxSatellites, int maxPoints) {
        RunMetadata run = results.metadata();
        int n = run.satellites();
        int shown = Math.min(n, maxSatellites);
        List<Satellite> out = new ArrayList<>();
        int perBucket = 1;
        for (int k = 0; k < shown; k++) {
            // evenly over the indices: the first, the last and those between, never the same twice
            int index = shown == 1 ? 0 : (int) Math.round(k * (n - 1) / (double) (shown - 1));
            List<SatelliteSample> samples = results.samples(index);
            if (samples.isEmpty()) {
                continue;
            }
            int bucket = Math.max(1, (samples.size() + maxPoints - 1) / maxPoints);
            perBucket = Math.max(perBucket, bucket);
            out.add(downsample(index, samples, bucket));
        }
        return new TwinSeries(n, perBucket, run.stepS() * run.recordEverySteps(), out);
    }

    private static Satellite downsample(int index, List<SatelliteSample> samples, int bucket) {
        int points = (samples.size() + bucket - 1) / bucket;
        double[] t = new double[points];
        double[] array = new double[points];
        double[] compute = new double[points];
        double[] soc = new double[points];
        double[] die = new double[points];
        for (int p = 0; p < points; p++) {
            int from = p * bucket;
            int to = Math.min(samples.size(), from + bucket);
            for (int i = from; i < to; i++) {
                SatelliteSample s = samples.get(i);
                t[p] += s.timeS() / 3600.0;
                array[p] += s.arrayW();
                compute[p] += s.computeW();
                soc[p] += s.soc();
                die[p] += s.dieK() - 273.15;
            }
            int m = to - from;
            t[p] /= m;
            array[p] /= m;
            compute[p] /= m;
            soc[p] /= m;
            die[p] /= m;
        }
        return new Satellite(index, t, array, compute, soc, die);
    }
}
