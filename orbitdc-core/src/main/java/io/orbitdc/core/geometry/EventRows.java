package io.orbitdc.core.geometry;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The event tables of a geometry run, read satellite by satellite: each table's rows of the
 * {@code k}-th of {@link #satellites()} in table order (eclipses penumbra then umbra, contacts by
 * station then start, SAA passes and beta samples by time). Readers walk the satellites in order
 * and stream each row into a writer, so a table never has to be in memory whole; every method may
 * be called any number of times and gives the same rows. Reading is single-threaded.
 */
public interface EventRows extends AutoCloseable {

    /** Takes one row; may write it to a file. */
    @FunctionalInterface
    interface Sink<T> {
        void accept(T row) throws IOException;
    }

    /** The satellites the rows are grouped by, in table order. */
    List<Satellite> satellites();

    void eclipses(int satellite, Sink<? super EclipseInterval> sink) throws IOException;

    void contacts(int satellite, Sink<? super ContactWindow> sink) throws IOException;

    void saaPasses(int satellite, Sink<? super SaaPass> sink) throws IOException;

    void betaAngles(int satellite, Sink<? super BetaAngle> sink) throws IOException;

    /** Frees what holds the rows (a temporary file); rows held in memory need nothing. */
    @Override
    default void close() {
    }

    /** No rows for any of {@code satellites}. */
    static EventRows none(List<Satellite> satellites) {
        return of(satellites, List.of(), List.of(), List.of(), List.of());
    }

    /**
     * Rows held in lists (Orekit's detectors on a subset: small), grouped by satellite id in the
     * order of {@code satellites}, each satellite's rows in list order.
     *
     * @throws IllegalArgumentException for a row of a satellite not in {@code satellites}
     */
    static EventRows of(List<Satellite> satellites, List<EclipseInterval> eclipses, List<ContactWindow> contacts,
                        List<SaaPass> saa, List<BetaAngle> beta) {
        List<Satellite> sats = List.copyOf(satellites);
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < sats.size(); k++) {
            index.putIfAbsent(sats.get(k).id(), k);
        }
        List<List<EclipseInterval>> e = byIndex(sats.size(), index, eclipses, EclipseInterval::satelliteId);
        List<List<ContactWindow>> c = byIndex(sats.size(), index, contacts, ContactWindow::satelliteId);
        List<List<SaaPass>> s = byIndex(sats.size(), index, saa, SaaPass::satelliteId);
        List<List<BetaAngle>> b = byIndex(sats.size(), index, beta, BetaAngle::satelliteId);
        return new EventRows() {
            @Override
            public List<Satellite> satellites() {
                return sats;
            }

            @Override
            public void eclipses(int k, Sink<? super EclipseInterval> sink) throws IOException {
                feed(e.get(k), sink);
            }

            @Override
            public void contacts(int k, Sink<? super ContactWindow> sink) throws IOException {
                feed(c.get(k), sink);
            }

            @Override
            public void saaPasses(int k, Sink<? super SaaPass> sink) throws IOException {
                feed(s.get(k), sink);
            }

            @Override
            public void betaAngles(int k, Sink<? super BetaAngle> sink) throws IOException {
                feed(b.get(k), sink);
            }
        };
    }

    /** One table's reader: the rows of satellite {@code k}. */
    @FunctionalInterface
    interface Table<T> {
        void read(int satellite, Sink<? super T> sink) throws IOException;
    }

    /**
     * Every row of one table of {@code rows} in table order, e.g. {@code all(rows, rows::eclipses)}:
     * materialised, for tests and small runs (writers stream instead).
     */
    static <T> List<T> all(EventRows rows, Table<T> table) {
        List<T> out = new ArrayList<>();
        try {
            for (int k = 0; k < rows.satellites().size(); k++) {
                table.read(k, out::add);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    private static <T> List<List<T>> byIndex(int n, Map<String, Integer> index, List<T> rows, Function<T, String> id) {
        List<List<T>> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            out.add(new ArrayList<>());
        }
        for (T row : rows) {
            Integer k = index.get(id.apply(row));
            if (k == null) {
                throw new IllegalArgumentException("event of satellite " + id.apply(row) + ", which is not among the evaluated ones");
            }
            out.get(k).add(row);
        }
        return out;
    }

    private static <T> void feed(List<T> rows, Sink<? super T> sink) throws IOException {
        for (T row : rows) {
            sink.accept(row);
        }
    }
}
