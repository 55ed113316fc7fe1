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
 * floor(r / R); cells are hashed into 2^k buckets by 4 x 4 x 4 blocks (ref: teschner-2003); satellites are ordered by
 * bucket with a stable counting sort (ties by satellite index), so the order is deterministic;
 * each satellite then tests only the satellites of its own cell and of 13 of its 26 neighbouring
 * cells (the other 13 find it), skipping bucket entries of other cells. Two satellites within R
 * are always in neighbouring cells, so the answer equals the all-pairs one. A neighbouring
 * bucket whose satellites' bounding box is farther than R from the own bucket's box, or from the
 * satellite, is skipped without testing its satellites: in thin shells (mega-constellations) this
 * drops about 28 % of the candidate pairs with the same answer.
 * Cost per step is O(N + pairs tested); memory is O(N + edges); buffers are reused between calls.
 *
 * <p>A pair is a neighbour when its distance d satisfies d &lt;= R and {@link LineOfSight#clear}.
 * The line-of-sight test is skipped, with the same result, when the fleet's lowest satellite
 * proves every chord shorter than R clear ({@link #provablyClear}); without an edge list the
 * degrees are counted directly instead of from recorded pairs, over cells regrouped into
 * contiguous runs (a bucket shared by several cells no longer makes their satellites candidates
 * of one another's neighbours).
 * The result (degrees, edge list and its order) is identical for any number of threads.
 * Not thread-safe: one instance per concurrent user.
 */
public final class NeighbourGraph {

    /** Satellites per parallel block (fixed, so results do not depend on the thread count). */
    static final int BLOCK = 2048;
    private static final double MAX_CELL_INDEX = 1 << 30;
    private static final int KEY_MASK = (1 << 21) - 1;
    /** The 13 neighbour-cell offsets lexicographically after (0, 0, 0). */
    private static final int[][] FORWARD = {
        {0, 0, 1}, {0, 1, -1}, {0, 1, 0}, {0, 1, 1},
        {1, -1, -1}, {1, -1, 0}, {1, -1, 1}, {1, 0, -1}, {1, 0, 0}, {1, 0, 1}, {1, 1, -1}, {1, 1, 0}, {1, 1, 1}};

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
    private long[] sortedKey = new long[0];
    private int[] sortedCell = new int[0];
    private int[] sortedBucket = new int[0];
    /** Coordinates by sorted position, one array per axis (contiguous for the candidate loops). */
    private double[] sortedX = new double[0];
    private double[] sortedY = new double[0];
    private double[] sortedZ = new double[0];
    /**
     * Degrees-only computations: by sorted position, the end of its cell's run (the satellites of
     * one cell are contiguous once {@link #groupCells} has ordered each bucket by cell).
     */
    private int[] cellEnd = new int[0];
    /** Degrees-only computations: the bounding box of each cell run (6 floats at the run's first sorted position). */
    private float[] cellBox = new float[0];
    /**
     * Degrees-only computations: one bit per bucket, set when it holds a satellite. Most forward
     * cells of a thin shell are empty; the bitmap (32 KiB for 2^18 buckets) answers that from the
     * first-level cache instead of the bucket table.
     */
    private long[] occupied = new long[0];
    private int[] degree = new int[0];
    /** Per bucket: the bounding box of its satellites (lo x, y, z, hi x, y, z), rounded outwards to float. */
    private float[] bucketBox = new float[0];
    /** Fewest satellites in a bucket for which the per-satellite box test is made before testing them. */
    private static final int POINT_PRUNE_MIN = 8;
    /** Squared range with a rounding margin, beyond which a bucket's box cannot hold a neighbour. */
    private final double pruneSq;
    private final List<EdgeBuffer> blockEdges = new ArrayList<>();
    private final EdgeBuffer edges = new EdgeBuffer();
    private boolean edgesKept;
    private long degreeSum;
    /** Smallest squared radius of the satellites of each assignment block (for the line-of-sight bound). */
    private double[] blockMinRadiusSq = new double[0];
    /** Whether every pair within range is provably clear in the current computation. */
    private boolean allClear;
    /** Per-thread neighbour counts by sorted position, for degrees-only computations. */
    private final ThreadLocal<Counts> threadCounts = ThreadLocal.withInitial(this::newCounts);
    private final List<Counts> allCounts = new ArrayList<>();
    private long generation;

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
        this.pruneSq = rangeSq * (1.0 + 1e-9);
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
        if (n == 0) {
            degreeSum = 0;
            edges.clear();
            return;
        }
        int blocks = (n + BLOCK - 1) / BLOCK;
        if (blockMinRadiusSq.length < blocks) {
            blockMinRadiusSq = new double[blocks];
        }
        workers.forEachBlock(n, BLOCK, (b, from, to) -> assignCells(x, y, z, b, from, to));
        double minRadiusSq = Double.POSITIVE_INFINITY;
        for (int b = 0; b < blocks; b++) {
            minRadiusSq = Math.min(minRadiusSq, blockMinRadiusSq[b]);
        }
        allClear = provablyClear(rangeSq, minRadiusSq, lineOfSight.blockingRadiusM());
        countingSort();
        workers.forEachBlock(n, BLOCK, (b, from, to) -> gather(x, y, z, from, to));
        if (!keepEdges) {
            groupCells();
            computeDegreesOnly();
            return;
        }
        bucketBoxes();
        while (blockEdges.size() < blocks) {
            blockEdges.add(new EdgeBuffer());
        }
        workers.forEachBlock(n, BLOCK, (b, from, to) -> scan(blockEdges.get(b), from, to, keepEdges));
        // degrees from the edges, in block order (integer sums: independent of thread count)
        Arrays.fill(degree, 0, n, 0);
        int[] offset = new int[blocks + 1];
        for (int b = 0; b < blocks; b++) {
            EdgeBuffer eb = blockEdges.get(b);
            int[] pairs = eb.pairs;
            for (int k = 0, end = 2 * eb.size; k < end; k++) {
                degree[pairs[k]]++;
            }
            offset[b + 1] = offset[b] + eb.size;
        }
        degreeSum = 2L * offset[blocks];
        edges.clear();
        if (keepEdges) {
            edges.ensureCapacity(offset[blocks]);
            workers.forEachBlock(blocks, 1, (b, from, to) -> {
                EdgeBuffer eb = blockEdges.get(b);
                System.arraycopy(eb.pairs, 0, edges.pairs, 2 * offset[b], 2 * eb.size);
                System.arraycopy(eb.distancesM, 0, edges.distancesM, offset[b], eb.size);
            });
            edges.size = offset[blocks];
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
            sortedKey = new long[c];
            sortedCell = new int[3 * c];
            sortedBucket = new int[c];
            sortedX = new double[c];
            sortedY = new double[c];
            sortedZ = new double[c];
            degree = new int[c];
            cellEnd = new int[c];
            cellBox = new float[6 * c];
        }
        int buckets = Integer.highestOneBit(Math.max(16, 2 * count - 1)) << 1;
        if (bucketFill.length != buckets) {
            bucketFill = new int[buckets];
            bucketStart = new int[buckets + 1];
            bucketBox = new float[6 * buckets];
            occupied = new long[Math.max(1, buckets >> 6)];
        }
        mask = buckets - 1;
    }

    private int bucket(int cx, int cy, int cz) {
        // Cells of one 4 x 4 x 4 block share a hashed block number (ref: teschner-2003, three
        // large primes) and take 64 consecutive buckets by their position in the block, so that
        // neighbouring cells mostly sit in nearby buckets and nearby memory.
        int block = ((cx >> 2) * 73856093) ^ ((cy >> 2) * 19349663) ^ ((cz >> 2) * 83492791);
        return ((block << 6) | ((cx & 3) << 4) | ((cy & 3) << 2) | (cz & 3)) & mask;
    }

    private void assignCells(double[] x, double[] y, double[] z, int block, int from, int to) {
        double minSq = Double.POSITIVE_INFINITY;
        for (int i = from; i < to; i++) {
            minSq = Math.min(minSq, x[i] * x[i] + y[i] * y[i] + z[i] * z[i]);
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
        blockMinRadiusSq[block] = minSq;
    }

    /**
     * Whether every pair closer than the range has line of sight, proven from the fleet's lowest
     * satellite: for points P, Q at radii of at least r and |PQ| = d, every point of the segment
     * satisfies |P + t(Q − P)|² = (1 − t)|P|² + t|Q|² − t(1 − t)d² ≥ r² − d²/4, so the segment
     * clears the blocking sphere (radius B) whenever d² ≤ 4(r² − B²). A 1e-9 relative margin keeps
     * pairs whose rounded test could go either way on the exact path (docs/models/neighbour-graph.md).
     */
    static boolean provablyClear(double rangeSq, double minRadiusSq, double blockingRadiusM) {
        double chordSq = 4.0 * (minRadiusSq - blockingRadiusM * blockingRadiusM);
        return rangeSq <= chordSq * (1.0 - 1e-9);
    }

    /** @return whether the last computation skipped the line-of-sight test as provably clear */
    boolean lineOfSightSkipped() {
        return allClear;
    }

    /** One thread's neighbour counts by sorted position, valid for one computation ({@code generation}). */
    private static final class Counts {
        int[] bySorted = new int[0];
        long generation = -1;
    }

    private Counts newCounts() {
        Counts c = new Counts();
        synchronized (allCounts) {
            allCounts.add(c);
        }
        return c;
    }

    /**
     * Degrees without an edge list: each thread counts, per sorted position, the neighbours its
     * blocks find (both ends of each pair), and the per-thread counts are added afterwards.
     * Integer sums, so the degrees do not depend on which thread ran which block.
     */
    private void computeDegreesOnly() {
        long gen = ++generation;
        workers.forEachBlock(n, BLOCK, (b, from, to) -> {
            Counts c = threadCounts.get();
            if (c.generation != gen) {
                if (c.bySorted.length < n) {
                    c.bySorted = new int[cellX.length];
                } else {
                    Arrays.fill(c.bySorted, 0, n, 0);
                }
                c.generation = gen;
            }
            count(c.bySorted, from, to);
        });
        Arrays.fill(degree, 0, n, 0);
        long sum = 0;
        synchronized (allCounts) {
            for (Counts c : allCounts) {
                if (c.generation == gen) {
                    int[] bySorted = c.bySorted;
                    for (int p = 0; p < n; p++) {
                        degree[sortedId[p]] += bySorted[p];
                        sum += bySorted[p];
                    }
                }
            }
        }
        degreeSum = sum;
        edges.clear();
    }

    /**
     * The buckets and keys of the forward neighbour cells of sorted position {@code p}'s cell that
     * can hold a neighbour of some satellite of that cell (one scan's candidates): empty buckets and
     * buckets whose box is farther than the range from the own bucket's box are left out.
     *
     * @return how many of {@code nearBucket}/{@code nearKey} are filled
     */
    private int forwardCells(int p, int[] nearBucket, long[] nearKey) {
        int own = sortedBucket[p];
        int live = 0;
        for (int k = 0; k < FORWARD.length; k++) {
            int cx = sortedCell[3 * p] + FORWARD[k][0];
            int cy = sortedCell[3 * p + 1] + FORWARD[k][1];
            int cz = sortedCell[3 * p + 2] + FORWARD[k][2];
            int b = bucket(cx, cy, cz);
            if (bucketStart[b] < bucketStart[b + 1] && boxGapSq(bucketBox, own, b) <= pruneSq) {
                nearBucket[live] = b;
                nearKey[live] = key(cx, cy, cz);
                live++;
            }
        }
        return live;
    }

    /**
     * The bounding box of each non-empty bucket's satellites, rounded outwards to float. A box
     * contains every satellite of its bucket exactly, so a box farther than the range (with the
     * 1e-9 margin of {@link #pruneSq}, which covers the rounding of the distance sums) holds no
     * neighbour: skipping it leaves the answer unchanged. In a thin shell most satellites of a
     * cell lie on a sheet far from some of the neighbouring cells' sheets, which this skips.
     * Walks the sorted satellites bucket by bucket (O(N), not O(buckets)).
     */
    private void bucketBoxes() {
        for (int start = 0; start < n; ) {
            int b = sortedBucket[start];
            int end = bucketStart[b + 1];
            boundingBox(bucketBox, b, start, end);
            start = end;
        }
    }

    /**
     * Degrees-only computations: orders each bucket that holds several cells by cell key (a stable
     * insertion sort, so satellites of one cell keep their index order), which makes every cell a
     * contiguous run of the sorted order, and records each run's end and bounding box. A
     * neighbouring cell is then exactly one run: the satellites of other cells hashed into the same
     * bucket are no longer tested, and the box pruning uses the cell's own box, not the box of
     * every cell sharing its bucket. The order of the tests changes, not which pairs are
     * neighbours, and the degrees are integer sums, so the answer is unchanged. (The edge list
     * keeps the bucket order: its order is part of its contract.)
     */
    private void groupCells() {
        long[] keys = sortedKey;
        Arrays.fill(occupied, 0L);
        for (int start = 0; start < n; ) {
            int bucket = sortedBucket[start];
            occupied[bucket >>> 6] |= 1L << bucket;
            int end = bucketStart[bucket + 1];
            long key = keys[start];
            boolean pure = true;
            for (int q = start + 1; q < end; q++) {
                pure &= keys[q] == key;
            }
            if (!pure) {
                sortByCell(start, end);
            }
            for (int run = start; run < end; ) {
                long k = keys[run];
                int runEnd = run + 1;
                while (runEnd < end && keys[runEnd] == k) {
                    runEnd++;
                }
                Arrays.fill(cellEnd, run, runEnd, runEnd);
                boundingBox(cellBox, run, run, runEnd);
                run = runEnd;
            }
            start = end;
        }
    }

    /** Stable insertion sort of sorted entries [start, end) by cell key (a bucket holds tens of satellites). */
    private void sortByCell(int start, int end) {
        for (int i = start + 1; i < end; i++) {
            long k = sortedKey[i];
            int j = i - 1;
            if (sortedKey[j] <= k) {
                continue;
            }
            double x = sortedX[i];
            double y = sortedY[i];
            double z = sortedZ[i];
            int id = sortedId[i];
            int c0 = sortedCell[3 * i];
            int c1 = sortedCell[3 * i + 1];
            int c2 = sortedCell[3 * i + 2];
            while (j >= start && sortedKey[j] > k) {
                moveEntry(j, j + 1);
                j--;
            }
            int t = j + 1;
            sortedKey[t] = k;
            sortedX[t] = x;
            sortedY[t] = y;
            sortedZ[t] = z;
            sortedId[t] = id;
            sortedCell[3 * t] = c0;
            sortedCell[3 * t + 1] = c1;
            sortedCell[3 * t + 2] = c2;
        }
    }

    private void moveEntry(int from, int to) {
        sortedKey[to] = sortedKey[from];
        sortedX[to] = sortedX[from];
        sortedY[to] = sortedY[from];
        sortedZ[to] = sortedZ[from];
        sortedId[to] = sortedId[from];
        sortedCell[3 * to] = sortedCell[3 * from];
        sortedCell[3 * to + 1] = sortedCell[3 * from + 1];
        sortedCell[3 * to + 2] = sortedCell[3 * from + 2];
    }

    /** Writes the bounding box of sorted entries [start, end), rounded outwards to float, at box[6 * at]. */
    private void boundingBox(float[] box, int at, int start, int end) {
        double[] sx = sortedX;
        double[] sy = sortedY;
        double[] sz = sortedZ;
        double loX = sx[start];
        double loY = sy[start];
        double loZ = sz[start];
        double hiX = loX;
        double hiY = loY;
        double hiZ = loZ;
        for (int q = start + 1; q < end; q++) {
            loX = Math.min(loX, sx[q]);
            hiX = Math.max(hiX, sx[q]);
            loY = Math.min(loY, sy[q]);
            hiY = Math.max(hiY, sy[q]);
            loZ = Math.min(loZ, sz[q]);
            hiZ = Math.max(hiZ, sz[q]);
        }
        box[6 * at] = down(loX);
        box[6 * at + 1] = down(loY);
        box[6 * at + 2] = down(loZ);
        box[6 * at + 3] = up(hiX);
        box[6 * at + 4] = up(hiY);
        box[6 * at + 5] = up(hiZ);
    }

    private static float down(double v) {
        float f = (float) v;
        return f > v ? Math.nextDown(f) : f;
    }

    private static float up(double v) {
        float f = (float) v;
        return f < v ? Math.nextUp(f) : f;
    }

    /** Squared gap between boxes a and b of {@code box} (0 when they overlap). */
    private static double boxGapSq(float[] box, int a, int b) {
        double gx = Math.max(0, Math.max((double) box[6 * b] - box[6 * a + 3], (double) box[6 * a] - box[6 * b + 3]));
        double gy = Math.max(0, Math.max((double) box[6 * b + 1] - box[6 * a + 4], (double) box[6 * a + 1] - box[6 * b + 4]));
        double gz = Math.max(0, Math.max((double) box[6 * b + 2] - box[6 * a + 5], (double) box[6 * a + 2] - box[6 * b + 5]));
        return gx * gx + gy * gy + gz * gz;
    }

    /** Squared distance from (px, py, pz) to box b of {@code box} (0 inside it). */
    private static double pointGapSq(float[] box, int b, double px, double py, double pz) {
        double gx = Math.max(0, Math.max(box[6 * b] - px, px - box[6 * b + 3]));
        double gy = Math.max(0, Math.max(box[6 * b + 1] - py, py - box[6 * b + 4]));
        double gz = Math.max(0, Math.max(box[6 * b + 2] - pz, pz - box[6 * b + 5]));
        return gx * gx + gy * gy + gz * gz;
    }

    /**
     * The candidate loop of {@link #scan} counting instead of recording, over cell runs
     * ({@link #groupCells}): the same cells, the same range test and (unless {@link #allClear})
     * the same line-of-sight test, so the degrees equal those derived from the edge list.
     */
    private void count(int[] counts, int from, int to) {
        int[] nearStart = new int[FORWARD.length];
        int[] nearEnd = new int[FORWARD.length];
        double[] sx = sortedX;
        double[] sy = sortedY;
        double[] sz = sortedZ;
        float[] box = cellBox;
        boolean clear = allClear;
        // cell by cell (a block may start or end inside a run): the pairs within the cell, then
        // those with each forward neighbouring cell, with that cell's box held in locals
        for (int first = from; first < to; ) {
            int runEnd = cellEnd[first];
            int last = Math.min(runEnd, to);
            for (int p = first; p < last; p++) {
                int found = countRange(counts, p + 1, runEnd, sx[p], sy[p], sz[p], clear);
                counts[p] += found;
            }
            int live = forwardRuns(runStart(first), nearStart, nearEnd);
            for (int k = 0; k < live; k++) {
                int start = nearStart[k];
                int end = nearEnd[k];
                // the per-satellite box test costs about what testing a few satellites does: only
                // a cell of at least POINT_PRUNE_MIN satellites is worth it (a sparse fleet's
                // cells hold a handful; a dense shell's dozens)
                if (end - start < POINT_PRUNE_MIN) {
                    for (int p = first; p < last; p++) {
                        int found = countRange(counts, start, end, sx[p], sy[p], sz[p], clear);
                        counts[p] += found;
                    }
                    continue;
                }
                double loX = box[6 * start];
                double loY = box[6 * start + 1];
                double loZ = box[6 * start + 2];
                double hiX = box[6 * start + 3];
                double hiY = box[6 * start + 4];
                double hiZ = box[6 * start + 5];
                for (int p = first; p < last; p++) {
                    double px = sx[p];
                    double py = sy[p];
                    double pz = sz[p];
                    double gx = Math.max(0, Math.max(loX - px, px - hiX));
                    double gy = Math.max(0, Math.max(loY - py, py - hiY));
                    double gz = Math.max(0, Math.max(loZ - pz, pz - hiZ));
                    if (gx * gx + gy * gy + gz * gz <= pruneSq) {
                        int found = countRange(counts, start, end, px, py, pz, clear);
                        counts[p] += found;
                    }
                }
            }
            first = last;
        }
    }

    /** First sorted position of the cell run holding sorted position p. */
    private int runStart(int p) {
        int s = p;
        while (s > 0 && cellEnd[s - 1] == cellEnd[p]) {
            s--;
        }
        return s;
    }

    /**
     * The cell runs of the 13 forward neighbour cells of the run starting at {@code own} that can
     * hold a neighbour of one of its satellites: absent cells and cells whose box is farther than
     * the range from the own cell's box are left out.
     *
     * @return how many of {@code nearStart}/{@code nearEnd} are filled
     */
    private int forwardRuns(int own, int[] nearStart, int[] nearEnd) {
        int live = 0;
        int cx0 = sortedCell[3 * own];
        int cy0 = sortedCell[3 * own + 1];
        int cz0 = sortedCell[3 * own + 2];
        for (int[] offset : FORWARD) {
            int cx = cx0 + offset[0];
            int cy = cy0 + offset[1];
            int cz = cz0 + offset[2];
            int b = bucket(cx, cy, cz);
            if ((occupied[b >>> 6] & (1L << b)) == 0) {
                continue;
            }
            int start = bucketStart[b];
            int end = bucketStart[b + 1];
            long wanted = key(cx, cy, cz);
            while (start < end && sortedKey[start] != wanted) {
                start = cellEnd[start];
            }
            if (start < end && boxGapSq(cellBox, own, start) <= pruneSq) {
                nearStart[live] = start;
                nearEnd[live] = cellEnd[start];
                live++;
            }
        }
        return live;
    }

    /** Counts the neighbours of (px, py, pz) among sorted entries [start, end), all of one cell. */
    private int countRange(int[] counts, int start, int end, double px, double py, double pz, boolean clear) {
        double[] sx = sortedX;
        double[] sy = sortedY;
        double[] sz = sortedZ;
        double r2 = rangeSq;
        int found = 0;
        if (clear) {
            // branch-free: every pair in range is a neighbour (provablyClear)
            for (int q = start; q < end; q++) {
                double dx = sx[q] - px;
                double dy = sy[q] - py;
                double dz = sz[q] - pz;
                int hit = dx * dx + dy * dy + dz * dz <= r2 ? 1 : 0;
                counts[q] += hit;
                found += hit;
            }
            return found;
        }
        for (int q = start; q < end; q++) {
            double dx = sx[q] - px;
            double dy = sy[q] - py;
            double dz = sz[q] - pz;
            if (dx * dx + dy * dy + dz * dz <= r2 && lineOfSight.clear(px, py, pz, sx[q], sy[q], sz[q])) {
                counts[q]++;
                found++;
            }
        }
        return found;
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

    private static long key(int cx, int cy, int cz) {
        // 21 bits per axis: distinct for cells less than 2^21 apart, which covers all 27 neighbours
        return ((long) (cx & KEY_MASK) << 42) | ((long) (cy & KEY_MASK) << 21) | (cz & KEY_MASK);
    }

    private void gather(double[] x, double[] y, double[] z, int from, int to) {
        for (int p = from; p < to; p++) {
            int i = sortedId[p];
            sortedX[p] = x[i];
            sortedY[p] = y[i];
            sortedZ[p] = z[i];
            sortedKey[p] = key(cellX[i], cellY[i], cellZ[i]);
            sortedCell[3 * p] = cellX[i];
            sortedCell[3 * p + 1] = cellY[i];
            sortedCell[3 * p + 2] = cellZ[i];
            sortedBucket[p] = bucketOf[i];
        }
    }

    /**
     * Finds, for each satellite of sorted positions [from, to), its neighbours in the same cell
     * that come later in the sorted order and in the 13 "forward" neighbouring cells; every pair is
     * thus found exactly once, by the satellite whose cell comes first.
     */
    private void scan(EdgeBuffer out, int from, int to, boolean withDistances) {
        out.clear();
        out.withDistances = withDistances;
        int[] nearBucket = new int[FORWARD.length];
        long[] nearKey = new long[FORWARD.length];
        long lastKey = 0;
        boolean haveLast = false;
        double[] sx = sortedX;
        double[] sy = sortedY;
        double[] sz = sortedZ;
        long[] keys = sortedKey;
        int live = 0;
        for (int p = from; p < to; p++) {
            long own = keys[p];
            if (!haveLast || own != lastKey) {
                live = forwardCells(p, nearBucket, nearKey);
                lastKey = own;
                haveLast = true;
            }
            int i = sortedId[p];
            double px = sx[p];
            double py = sy[p];
            double pz = sz[p];
            int ownEnd = bucketStart[sortedBucket[p] + 1];
            for (int q = p + 1; q < ownEnd; q++) {
                double dx = sx[q] - px;
                double dy = sy[q] - py;
                double dz = sz[q] - pz;
                double d2 = dx * dx + dy * dy + dz * dz;
                // non-short-circuit '&': one hard-to-predict branch per candidate instead of two
                if (d2 <= rangeSq & keys[q] == own) {
                    link(out, i, px, py, pz, q, d2);
                }
            }
            for (int k = 0; k < live; k++) {
                long wanted = nearKey[k];
                int b = nearBucket[k];
                int start = bucketStart[b];
                int end = bucketStart[b + 1];
                if (end - start >= POINT_PRUNE_MIN && pointGapSq(bucketBox, b, px, py, pz) > pruneSq) {
                    continue;
                }
                for (int q = start; q < end; q++) {
                    double dx = sx[q] - px;
                    double dy = sy[q] - py;
                    double dz = sz[q] - pz;
                    double d2 = dx * dx + dy * dy + dz * dz;
                    if (d2 <= rangeSq & keys[q] == wanted) {
                        link(out, i, px, py, pz, q, d2);
                    }
                }
            }
        }
    }

    /** Records pair (i, sorted entry q), already within range, if it has line of sight. */
    private void link(EdgeBuffer out, int i, double px, double py, double pz, int q, double d2) {
        double qx = sortedX[q];
        double qy = sortedY[q];
        double qz = sortedZ[q];
        if (allClear || lineOfSight.clear(px, py, pz, qx, qy, qz)) {
            int j = sortedId[q];
            out.add(Math.min(i, j), Math.max(i, j), out.withDistances ? Math.sqrt(d2) : 0);
        }
    }
}
