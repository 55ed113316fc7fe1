package io.orbitdc.core.geometry.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The intervals a fleet scan recorded, kept on disk rather than in memory: each chunk of steps
 * appends its intervals to a temporary file, satellite after satellite, and a small index (one
 * offset per satellite and chunk) finds a satellite's intervals again. Memory is one chunk's
 * intervals plus the index, whatever the span; a year of 81 satellites (≈ 2 M intervals) is
 * ≈ 40 MB of file. The file is unlinked as soon as it is opened ({@code DELETE_ON_CLOSE}), so no
 * run, however it ends, leaves it behind.
 *
 * <p>{@link #of(int)} gives one satellite's intervals in table order: by kind name (a station's
 * contacts as {@code contact:ID}, then {@code saa}, {@code shadow}, {@code umbra}), then start —
 * the order the scan's tables have always had, whatever the thread count. Intervals are added by
 * the worker that owns the satellite during a chunk and flushed by the scan's thread between
 * chunks; reading is single-threaded.
 */
public final class RecordedIntervals implements AutoCloseable {

    /** start (8), end (8), kind × 2 + truncated (4). */
    private static final int RECORD_BYTES = 20;
    private static final RecordedIntervals NONE = new RecordedIntervals(0, List.of());

    private final int satellites;
    private final List<String> kinds;
    /** Rank of each kind's name among the distinct names in string order: the table's kind order. */
    private final int[] rank;
    /** Whether a rank is shared by more than one kind. */
    private final boolean[] sharedRank;
    private final FileChannel file;
    private final double[][] startS;
    private final double[][] endS;
    private final int[][] code;
    private final int[] size;
    /** Per flushed chunk: file offset of each satellite's run, and the chunk's end. */
    private final List<long[]> index = new ArrayList<>();
    private ByteBuffer out = ByteBuffer.allocate(0);
    private long written;

    private RecordedIntervals(int satellites, List<String> kinds) {
        this.satellites = satellites;
        this.kinds = List.copyOf(kinds);
        String[] sorted = kinds.stream().distinct().sorted().toArray(String[]::new);
        rank = kinds.stream().mapToInt(k -> Arrays.binarySearch(sorted, k)).toArray();
        sharedRank = new boolean[sorted.length];
        for (int r : rank) {
            sharedRank[r] = kinds.stream().filter(k -> k.equals(sorted[r])).count() > 1;
        }
        startS = new double[satellites][16];
        endS = new double[satellites][16];
        code = new int[satellites][16];
        size = new int[satellites];
        file = satellites == 0 ? null : open();
    }

    /** Nothing recorded. */
    public static RecordedIntervals none() {
        return NONE;
    }

    /**
     * A record of the first {@code satellites} satellites' intervals, of the kinds named
     * {@code kinds} (an interval names its kind by position in that list).
     */
    static RecordedIntervals of(int satellites, List<String> kinds) {
        return satellites == 0 ? NONE : new RecordedIntervals(satellites, kinds);
    }

    private static FileChannel open() {
        try {
            Path tmp = Files.createTempFile("orbitdc-scan-", ".intervals");
            return FileChannel.open(tmp, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the temporary file of the scan's intervals: " + e.getMessage(), e);
        }
    }

    /** Satellites recorded (the first ones of the scan). */
    public int satellites() {
        return satellites;
    }

    /** Adds an interval of satellite {@code k} (by the thread that owns k during this chunk). */
    void add(int k, int kind, double start, double end, boolean truncated) {
        int m = size[k];
        if (m == startS[k].length) {
            startS[k] = Arrays.copyOf(startS[k], 2 * m);
            endS[k] = Arrays.copyOf(endS[k], 2 * m);
            code[k] = Arrays.copyOf(code[k], 2 * m);
        }
        startS[k][m] = start;
        endS[k][m] = end;
        code[k][m] = 2 * kind + (truncated ? 1 : 0);
        size[k] = m + 1;
    }

    /** Moves the intervals added since the last flush to the file (scan thread, between chunks). */
    void flush() {
        if (satellites == 0) {
            return;
        }
        long total = 0;
        for (int m : size) {
            total += m;
        }
        if (total == 0) {
            return;
        }
        long[] offsets = new long[satellites + 1];
        int bytes = Math.toIntExact(total * RECORD_BYTES);
        if (out.capacity() < bytes) {
            out = ByteBuffer.allocate(bytes).order(ByteOrder.nativeOrder());
        }
        out.clear();
        for (int k = 0; k < satellites; k++) {
            offsets[k] = written + out.position();
            for (int i = 0; i < size[k]; i++) {
                out.putDouble(startS[k][i]).putDouble(endS[k][i]).putInt(code[k][i]);
            }
            size[k] = 0;
        }
        offsets[satellites] = written + bytes;
        out.flip();
        try {
            while (out.hasRemaining()) {
                written += file.write(out, written);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the scan's intervals to a temporary file: " + e.getMessage(), e);
        }
        index.add(offsets);
    }

    /** One satellite's intervals in table order (kind name, then start). */
    public Satellite of(int k) {
        if (k < 0 || k >= satellites) {
            return new Satellite(kinds, new double[0], new double[0], new int[0]);
        }
        long bytes = 0;
        for (long[] o : index) {
            bytes += o[k + 1] - o[k];
        }
        ByteBuffer in = ByteBuffer.allocate(Math.toIntExact(bytes)).order(ByteOrder.nativeOrder());
        try {
            for (long[] o : index) {
                in.limit(in.position() + (int) (o[k + 1] - o[k]));
                for (long at = o[k]; in.hasRemaining(); ) {
                    int n = file.read(in, at);
                    if (n < 0) {
                        throw new IOException("temporary file ended early");
                    }
                    at += n;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the scan's intervals back: " + e.getMessage(), e);
        }
        in.flip();
        int n = Math.toIntExact(bytes / RECORD_BYTES);
        double[] s = new double[n];
        double[] e = new double[n];
        int[] c = new int[n];
        for (int i = 0; i < n; i++) {
            s[i] = in.getDouble();
            e[i] = in.getDouble();
            c[i] = in.getInt();
        }
        // by kind name, then start: a stable counting sort by the kind's rank, as each kind's
        // intervals already arrive in time order; a rank shared by two kinds (two stations with one
        // id) is then sorted by start, stably
        int ranks = 0;
        for (int r : rank) {
            ranks = Math.max(ranks, r + 1);
        }
        int[] first = new int[ranks + 1];
        for (int i = 0; i < n; i++) {
            first[rank[c[i] >> 1] + 1]++;
        }
        for (int r = 0; r < ranks; r++) {
            first[r + 1] += first[r];
        }
        int[] order = new int[n];
        int[] next = Arrays.copyOf(first, ranks);
        for (int i = 0; i < n; i++) {
            order[next[rank[c[i] >> 1]]++] = i;
        }
        for (int r = 0; r < ranks; r++) {
            if (sharedRank[r]) {
                Integer[] run = IntStream.range(first[r], first[r + 1]).mapToObj(i -> order[i]).toArray(Integer[]::new);
                Arrays.sort(run, (x, y) -> Double.compare(s[x], s[y]));
                for (int i = 0; i < run.length; i++) {
                    order[first[r] + i] = run[i];
                }
            }
        }
        double[] s2 = new double[n];
        double[] e2 = new double[n];
        int[] c2 = new int[n];
        for (int i = 0; i < n; i++) {
            s2[i] = s[order[i]];
            e2[i] = e[order[i]];
            c2[i] = c[order[i]];
        }
        return new Satellite(kinds, s2, e2, c2);
    }

    /** Every recorded interval, satellite by satellite in table order (materialised: for tests and small runs). */
    public Stream<FleetEventSummary.Interval> stream() {
        List<FleetEventSummary.Interval> all = new ArrayList<>();
        for (int k = 0; k < satellites; k++) {
            Satellite one = of(k);
            for (int i = 0; i < one.size(); i++) {
                all.add(new FleetEventSummary.Interval(k, one.kind(i), one.startS(i), one.endS(i), one.truncated(i)));
            }
        }
        return all.stream();
    }

    /** Equal when they hold the same intervals of the same kinds (reads both files: for tests and checks). */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof RecordedIntervals other) || other.satellites != satellites || !other.kinds.equals(kinds)) {
            return false;
        }
        for (int k = 0; k < satellites; k++) {
            Satellite a = of(k);
            Satellite b = other.of(k);
            if (!Arrays.equals(a.startS, b.startS) || !Arrays.equals(a.endS, b.endS) || !Arrays.equals(a.code, b.code)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return 31 * satellites + kinds.hashCode();
    }

    /** Frees the temporary file (also freed when the process ends). */
    @Override
    public void close() {
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One satellite's intervals in table order; times in seconds after the scan's start. */
    public static final class Satellite {
        private final List<String> kinds;
        private final double[] startS;
        private final double[] endS;
        private final int[] code;

        Satellite(List<String> kinds, double[] startS, double[] endS, int[] code) {
            this.kinds = kinds;
            this.startS = startS;
            this.endS = endS;
            this.code = code;
        }

        public int size() {
            return startS.length;
        }

        /** umbra, shadow, saa or contact:STATION. */
        public String kind(int i) {
            return kinds.get(code[i] >> 1);
        }

        public double startS(int i) {
            return startS[i];
        }

        public double endS(int i) {
            return endS[i];
        }

        public boolean truncated(int i) {
            return (code[i] & 1) != 0;
        }
    }
}
