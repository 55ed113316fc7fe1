package io.orbitdc.core.report.db;

import io.orbitdc.core.geometry.EventRows;
import io.orbitdc.core.geometry.Satellite;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the {@code intervals} table: an eclipse ({@code umbra}, {@code penumbra}), a contact
 * with {@code station}, or an SAA pass of satellite {@code satellite}, in seconds after the run's
 * epoch (the table also stores both ends as UTC timestamps).
 */
public record IntervalRow(int satellite, String kind, Optional<String> station, double startS, double endS,
                          boolean truncated) {

    public IntervalRow {
        Objects.requireNonNull(kind, "kind");
        station = station == null ? Optional.empty() : station;
        if (!(endS >= startS)) {
            throw new IllegalArgumentException("interval ends before it starts: " + startS + " .. " + endS + " s");
        }
    }

    /** Rows handed over one at a time, in table order. */
    @FunctionalInterface
    public interface Source {
        void forEach(EventRows.Sink<? super IntervalRow> sink) throws IOException;
    }

    /**
     * The event tables of a geometry run as rows, streamed satellite by satellite: every eclipse,
     * then every contact, then every SAA pass; satellites numbered by their position in {@code fleet}.
     */
    public static Source of(EventRows events, List<Satellite> fleet, Instant epoch) {
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < fleet.size(); k++) {
            index.put(fleet.get(k).id(), k);
        }
        int n = events.satellites().size();
        return sink -> {
            for (int k = 0; k < n; k++) {
                events.eclipses(k, e -> sink.accept(new IntervalRow(at(index, e.satelliteId()),
                        e.kind().name().toLowerCase(Locale.ROOT), Optional.empty(), offset(epoch, e.start()),
                        offset(epoch, e.end()), e.truncated())));
            }
            for (int k = 0; k < n; k++) {
                events.contacts(k, c -> sink.accept(new IntervalRow(at(index, c.satelliteId()), "contact",
                        Optional.of(c.stationId()), offset(epoch, c.start()), offset(epoch, c.end()), c.truncated())));
            }
            for (int k = 0; k < n; k++) {
                events.saaPasses(k, p -> sink.accept(new IntervalRow(at(index, p.satelliteId()), "saa", Optional.empty(),
                        offset(epoch, p.start()), offset(epoch, p.end()), p.truncated())));
            }
        };
    }

    private static int at(Map<String, Integer> index, String id) {
        Integer k = index.get(id);
        if (k == null) {
            throw new IllegalArgumentException("event of satellite " + id + ", which is not in the fleet");
        }
        return k;
    }

    private static double offset(Instant epoch, Instant t) {
        return Duration.between(epoch, t).toNanos() * 1e-9;
    }
}
