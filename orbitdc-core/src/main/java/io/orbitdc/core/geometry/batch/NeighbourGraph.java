package io.orbitdc.core.geometry.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * For one instant, every pair of satellites closer than a range R that also has a clear line of
 * sight, found with a uniform 3-D grid of cell size R instead of all pairs.
 *
 * <p>Method (docs/models/neighbour-graph.md): each satellite goes to the grid cell
 * floor(r / R); cells are hashed into 2^k buckets (ref: teschner-2003); satellites are ordered by
 * bucket with a stable counting sort (ties by satellite index), so the order is deterministic;
 * each satellite then tests only the satellites in the buckets of its 27 neighbouring cells. Two
 * satellites within R are always in neighbouring cells, so the answer equals the all-pairs one.
 * Cost per step is O(N + pairs tested); memory is O(N + edges); buffers are reused between calls.
 *
 * <p>A pair is a neighbour when its distance d satisfies d &lt;= R and {@link LineOfSight#clear}.
 * The result (degrees, edge list and its order) is identical for any number of threads.
 * Not thread-safe: one instance per concurrent user.
 */
public final class NeighbourGraph {

    /** Satellites per parallel block (fixed, so results do not depend on the thread count). */
    static final int BLOCK = 2048;
    private static final double MAX_CELL_INDEX = 1 << 30;

    private final double rangeM;
    private final double rangeSq;
    private final double invCell;
    private final LineOfSight lineOfSight;
    private final FleetWorkers workers;

    private int n;
    private int mask;
    private int[] cellX = new int[0];
    private int[] cellY = new int[0];
    private int[] cellZ = new int[0];
    private int[] bucketOf = new int[0];
    private int[] bucketStart = new int[0];
    private int[] bucketFill = new int[0];
    private int[] sortedId = new int[0];
    private int[] sortedCellX = new int[0];
    private int[] sortedCellY = new int[0];
    private int[] sortedCellZ = new int[0];
    private double[] sortedX = new double[0];
    private double[] sortedY = new double[0];
    private double[] sortedZ = new double[0];
    private int[] degree = new int[0];
    private final List<EdgeBuffer> blockEdges = new ArrayList<>();
    private final EdgeBuffer edges = new EdgeBuffer();
    private boolean edgesKept;
    private long degreeSum;

    /**
     * @param rangeM neighbour range R (m), positive
     * @param lineOfSight Earth blocking test
     * @param workers threads (not closed by this class)
     */
    public NeighbourGraph(double rangeM, LineOfSight lineOfSight, FleetWorkers workers) {
        if (!(rangeM > 0) || !Double.isFinite(rangeM)) {
            throw new IllegalArgumentException("neighbour range must be a positive finite number of metres, found " + rangeM);
        }
        this.rangeM = rangeM;
        this.rangeSq = rangeM * rangeM;
        this.invCell = 1.0 / rangeM;
        this.lineOfSight = Objects.requireNonNull(lineOfSight, "lineOfSight");
        this.workers = Objects.requireNonNull(workers, "workers");
    }

    /** @return neighbour range R (m) */
    public double rangeM() {
        return rangeM;
    }

    /**
     * Builds the graph for the positions of one propagation step.
     *
     * @param positions positions (m) of all satellites
     * @param keepEdges whether to fill the edge list (degrees are always computed)
     */
    public void compute(FleetPositions positions, boolean keepEdges) {
        compute(positions.x(), positions.y(), positions.z(), positions.size(), keepEdges);
    }

    /**
     * Builds the graph for satellites 0..count-1 at positions (x, y, z) in metres.
     *
     * @param x x coordinates (m)
     * @param y y coordinates (m)
     * @param z z coordinates (m)
     * @param count number of satellites to use (prefix of the arrays)
     * @param keepEdges whether to fill the edge list (degrees are always computed)
     */
    public void compute(double[] x, double[] y, double[] z, int count, boolean keepEdges) {
        if (count < 0 || count > x.length || count > y.length || count > z.length) {
            throw new IllegalArgumentException("satellite count " + count + " must be between 0 and the array lengths "
                    + x.length + "/" + y.length + "/" + z.length);
        }
        ensureCapacity(count);
        n = count;
        edgesKept = keepEdges;
        workers.forEachBlock(n, BLOCK, (b, from, to) -> assignCells(x, y, z, from, to));
        countingSort();
        workers.forEachBlock(n, BLOCK, (b, from, to) -> gather(x, y, z, from, to));
        int blocks = (n + BLOCK - 1) / BLOCK;
        while (blockEdges.size() < blocks) {
            blockEdges.add(new EdgeBuffer());
        }
        workers.forEachBlock(n, BLOCK, (b, from, to) -> scan(blockEdges.get(b), from, to, keepEdges));
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += degree[i];
        }
        degreeSum = sum;
        edges.clear();
        if (keepEdges) {
            int total = 0;
            for (int b = 0; b < blocks; b++) {
                total += blockEdges.get(b).size;
            }
            edges.ensureCapacity(total);
            int at = 0;
            for (int b = 0; b < blocks; b++) {
                EdgeBuffer eb = blockEdges.get(b);
                System.arraycopy(eb.pairs, 0, edges.pairs, 2 * at, 2 * eb.size);
                System.arraycopy(eb.distancesM, 0, edges.distancesM, at, eb.size);
                at += eb.size;
            }
            edges.size = total;
        }
    }

    /** @return number of satellites in the last computation */
    public int size() {
        return n;
    }

    /** @param k satellite index @return number of neighbours of satellite k */
    public int degree(int k) {
        if (k < 0 || k >= n) {
            throw new IndexOutOfBoundsException("satellite index " + k + " outside 0.." + (n - 1));
        }
        return degree[k];
    }

    /** @return live array of neighbour counts; entries 0..size()-1 are valid */
    public int[] degrees() {
        return degree;
    }

    /** @return mean number of neighbours per satellite (0 for an empty fleet) */
    public double meanDegree() {
        return n == 0 ? 0 : (double) degreeSum / n;
    }

    /** @return number of edges (unordered pairs); equals half the degree sum */
    public long edgeTotal() {
        return degreeSum / 2;
    }

    /** @return number of edges in the edge list (0 if edges were not kept) */
    public int edgeCount() {
        return edgesKept ? edges.size : 0;
    }

    /**
     * @return live array of edges as index pairs (i0, j0, i1, j1, ...) with i &lt; j; entries
     *         0..2*edgeCount()-1 are valid; order is deterministic but unspecified
     */
    public int[] edgePairs() {
        return edges.pairs;
    }

    /** @return live array of edge lengths (m), aligned with {@link #edgePairs()} */
    public double[] edgeDistancesM() {
        return edges.distancesM;
    }

    private void ensureCapacity(int count) {
        if (cellX.length < count) {
            int c = Math.max(count, cellX.length + cellX.length / 2);
            cellX = new int[c];
            cellY = new int[c];
            cellZ = new int[c];
            bucketOf = new int[c];
            sortedId = new int[c];
            sortedCellX = new int[c];
            sortedCellY = new int[c];
            sortedCellZ = new int[c];
            sortedX = new double[c];
            sortedY = new double[c];
            sortedZ = new double[c];
            degree = new int[c];
        }
        int buckets = Integer.highestOneBit(Math.max(16, 2 * count - 1)) << 1;
        if (bucketFill.length != buckets) {
            bucketFill = new int[buckets];
            bucketStart = new int[buckets + 1];
        }
        mask = buckets - 1;
    }

    private int bucket(int cx, int cy, int cz) {
        // ref: teschner-2003 (spatial hash with three large primes)
        return ((cx * 73856093) ^ (cy * 19349663) ^ (cz * 83492791)) & mask;
    }

    private void assignCells(double[] x, double[] y, double[] z, int from, int to) {
        for (int i = from; i < to; i++) {
            double fx = Math.floor(x[i] * invCell);
            double fy = Math.floor(y[i] * invCell);
            double fz = Math.floor(z[i] * invCell);
            if (!(Math.abs(fx) < MAX_CELL_INDEX && Math.abs(fy) < MAX_CELL_INDEX && Math.abs(fz) < MAX_CELL_INDEX)) {
                throw new IllegalArgumentException("satellite " + i + " at (" + x[i] + ", " + y[i] + ", " + z[i]
                        + ") m is not finite or more than 2^30 ranges (R = " + rangeM + " m) from the origin");
            }
            cellX[i] = (int) fx;
            cellY[i] = (int) fy;
            cellZ[i] = (int) fz;
            bucketOf[i] = bucket(cellX[i], cellY[i], cellZ[i]);
        }
    }

    private void countingSort() {
        int buckets = mask + 1;
        Arrays.fill(bucketStart, 0, buckets + 1, 0);
        for (int i = 0; i < n; i++) {
            bucketStart[bucketOf[i] + 1]++;
        }
        for (int b = 0; b < buckets; b++) {
            bucketStart[b + 1] += bucketStart[b];
        }
        System.arraycopy(bucketStart, 0, bucketFill, 0, buckets);
        for (int i = 0; i < n; i++) {
            sortedId[bucketFill[bucketOf[i]]++] = i;
        }
    }

    private void gather(double[] x, double[] y, double[] z, int from, int to) {
        for (int p = from; p < to; p++) {
            int i = sortedId[p];
            sortedX[p] = x[i];
            sortedY[p] = y[i];
            sortedZ[p] = z[i];
            sortedCellX[p] = cellX[i];
            sortedCellY[p] = cellY[i];
            sortedCellZ[p] = cellZ[i];
        }
    }

    private void scan(EdgeBuffer out, int from, int to, boolean keepEdges) {
        out.clear();
        int[] near = new int[27];
        int nearCount = 0;
        int lastX = 0;
        int lastY = 0;
        int lastZ = 0;
        boolean haveLast = false;
        for (int p = from; p < to; p++) {
            int cx = sortedCellX[p];
            int cy = sortedCellY[p];
            int cz = sortedCellZ[p];
            if (!haveLast || cx != lastX || cy != lastY || cz != lastZ) {
                nearCount = neighbourBuckets(cx, cy, cz, near);
                lastX = cx;
                lastY = cy;
                lastZ = cz;
                haveLast = true;
            }
            int i = sortedId[p];
            double px = sortedX[p];
            double py = sortedY[p];
            double pz = sortedZ[p];
            int count = 0;
            for (int k = 0; k < nearCount; k++) {
                int b = near[k];
                for (int q = bucketStart[b], end = bucketStart[b + 1]; q < end; q++) {
                    double dx = sortedX[q] - px;
                    double dy = sortedY[q] - py;
                    double dz = sortedZ[q] - pz;
                    double d2 = dx * dx + dy * dy + dz * dz;
                    if (d2 <= rangeSq && q != p
                            && lineOfSight.clear(px, py, pz, sortedX[q], sortedY[q], sortedZ[q])) {
                        count++;
                        int j = sortedId[q];
                        if (keepEdges && i < j) {
                            out.add(i, j, Math.sqrt(d2));
                        }
                    }
                }
            }
            degree[i] = count;
        }
    }

    /** Distinct buckets of the 27 cells around (cx, cy, cz), in ascending order. */
    private int neighbourBuckets(int cx, int cy, int cz, int[] near) {
        int count = 0;
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                for (int dz = -1; dz <= 1; dz++) {
                    int b = bucket(cx + dx, cy + dy, cz + dz);
                    // insertion into a sorted, duplicate-free list
                    int pos = count;
                    while (pos > 0 && near[pos - 1] > b) {
                        pos--;
                    }
                    if (pos > 0 && near[pos - 1] == b) {
                        continue;
                    }
                    System.arraycopy(near, pos, near, pos + 1, count - pos);
                    near[pos] = b;
                    count++;
                }
            }
        }
        return count;
    }
}
