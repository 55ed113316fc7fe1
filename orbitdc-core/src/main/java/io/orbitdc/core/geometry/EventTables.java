package io.orbitdc.core.geometry;

import io.orbitdc.core.files.AtomicOutput;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Event tables as CSV (header row, UTC ISO-8601 times, durations in seconds), written atomically:
 * eclipses {@code satellite,kind,start,end,duration_s,truncated}; contacts
 * {@code satellite,station,start,end,duration_s,truncated}; SAA passes
 * {@code satellite,start,end,duration_s,truncated}; beta {@code satellite,time,beta_deg}. From
 * {@link EventRows} the rows are streamed satellite by satellite: memory does not grow with the table.
 */
public final class EventTables {

    private EventTables() {
    }

    public static void writeEclipses(Path file, List<EclipseInterval> rows) {
        eclipses(file, each(rows));
    }

    public static void writeContacts(Path file, List<ContactWindow> rows) {
        contacts(file, each(rows));
    }

    public static void writeSaaPasses(Path file, List<SaaPass> rows) {
        saaPasses(file, each(rows));
    }

    public static void writeBetaAngles(Path file, List<BetaAngle> rows) {
        betaAngles(file, each(rows));
    }

    /** The eclipse table, streamed satellite by satellite from {@code rows}. */
    public static void writeEclipses(Path file, EventRows rows) {
        eclipses(file, EventTables.<EclipseInterval>bySatellite(rows, rows::eclipses));
    }

    /** The contact table, streamed satellite by satellite from {@code rows}. */
    public static void writeContacts(Path file, EventRows rows) {
        contacts(file, EventTables.<ContactWindow>bySatellite(rows, rows::contacts));
    }

    /** The SAA table, streamed satellite by satellite from {@code rows}. */
    public static void writeSaaPasses(Path file, EventRows rows) {
        saaPasses(file, EventTables.<SaaPass>bySatellite(rows, rows::saaPasses));
    }

    /** The beta table, streamed satellite by satellite from {@code rows}. */
    public static void writeBetaAngles(Path file, EventRows rows) {
        betaAngles(file, EventTables.<BetaAngle>bySatellite(rows, rows::betaAngles));
    }

    /** Rows in the order a table lists them, handed to a sink one at a time. */
    @FunctionalInterface
    private interface Source<T> {
        void forEach(EventRows.Sink<? super T> sink) throws IOException;
    }

    private static <T> Source<T> each(List<T> rows) {
        return sink -> {
            for (T r : rows) {
                sink.accept(r);
            }
        };
    }

    private static <T> Source<T> bySatellite(EventRows rows, EventRows.Table<T> table) {
        return sink -> {
            for (int k = 0; k < rows.satellites().size(); k++) {
                table.read(k, sink);
            }
        };
    }

    private static void eclipses(Path file, Source<EclipseInterval> rows) {
        AtomicOutput.write(file, w -> {
            w.write("satellite,kind,start,end,duration_s,truncated\n");
            rows.forEach(e -> line(w, text(e.satelliteId()), e.kind().name().toLowerCase(Locale.ROOT), e.start().toString(),
                    e.end().toString(), num(e.durationS()), Boolean.toString(e.truncated())));
        });
    }

    private static void contacts(Path file, Source<ContactWindow> rows) {
        AtomicOutput.write(file, w -> {
            w.write("satellite,station,start,end,duration_s,truncated\n");
            rows.forEach(c -> line(w, text(c.satelliteId()), text(c.stationId()), c.start().toString(), c.end().toString(),
                    num(c.durationS()), Boolean.toString(c.truncated())));
        });
    }

    private static void saaPasses(Path file, Source<SaaPass> rows) {
        AtomicOutput.write(file, w -> {
            w.write("satellite,start,end,duration_s,truncated\n");
            rows.forEach(p -> line(w, text(p.satelliteId()), p.start().toString(), p.end().toString(), num(p.durationS()),
                    Boolean.toString(p.truncated())));
        });
    }

    private static void betaAngles(Path file, Source<BetaAngle> rows) {
        AtomicOutput.write(file, w -> {
            w.write("satellite,time,beta_deg\n");
            rows.forEach(b -> line(w, text(b.satelliteId()), b.time().toString(), num(b.betaDeg())));
        });
    }

    /** A user-given name (TLE or station name): neutralised so a spreadsheet never runs it as a formula. */
    private static String text(String name) {
        return io.orbitdc.core.CsvCell.neutralise(name);
    }

    /**
     * Three decimals, as {@code String.format("%.3f")} gives for the values these tables hold
     * (finite, |v| < 9e12; half away from zero), without the formatter's cost on millions of rows.
     */
    static String num(double v) {
        if (!Double.isFinite(v) || Math.abs(v) >= 9e12) {
            return String.format(Locale.ROOT, "%.3f", v);
        }
        long milli = Math.round(Math.abs(v) * 1000);
        String frac = Long.toString(1000 + milli % 1000).substring(1);
        // the formatter keeps the sign of a negative value that rounds to zero (and of -0.0)
        return (Double.doubleToRawLongBits(v) < 0 ? "-" : "") + milli / 1000 + "." + frac;
    }

    private static void line(Writer w, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(quote(cells[i]));
        }
        w.write('\n');
    }

    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
