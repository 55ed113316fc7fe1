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
            Row row = new Row(w);
            rows.forEach(e -> row.text(e.satelliteId()).cell(e.kind().name().toLowerCase(Locale.ROOT))
                    .instant(e.start()).instant(e.end()).cell(num(e.durationS())).cell(Boolean.toString(e.truncated())).end());
        });
    }

    private static void contacts(Path file, Source<ContactWindow> rows) {
        AtomicOutput.write(file, w -> {
            w.write("satellite,station,start,end,duration_s,truncated\n");
            Row row = new Row(w);
            rows.forEach(c -> row.text(c.satelliteId()).text(c.stationId()).instant(c.start()).instant(c.end())
                    .cell(num(c.durationS())).cell(Boolean.toString(c.truncated())).end());
        });
    }

    private static void saaPasses(Path file, Source<SaaPass> rows) {
        AtomicOutput.write(file, w -> {
            w.write("satellite,start,end,duration_s,truncated\n");
            Row row = new Row(w);
            rows.forEach(p -> row.text(p.satelliteId()).instant(p.start()).instant(p.end()).cell(num(p.durationS()))
                    .cell(Boolean.toString(p.truncated())).end());
        });
    }

    private static void betaAngles(Path file, Source<BetaAngle> rows) {
        AtomicOutput.write(file, w -> {
            w.write("satellite,time,beta_deg\n");
            Row row = new Row(w);
            rows.forEach(b -> row.text(b.satelliteId()).instant(b.time()).cell(num(b.betaDeg())).end());
        });
    }

    /**
     * One CSV line built in a reused buffer: a table of millions of rows then makes no string per
     * time stamp or line (the formatter's garbage is what made the JVM grow its heap).
     */
    private static final class Row {
        private final Writer out;
        private final StringBuilder line = new StringBuilder(160);
        private char[] chars = new char[160];
        private boolean started;

        Row(Writer out) {
            this.out = out;
        }

        /** A user-given name: neutralised and quoted as needed. */
        Row text(String name) {
            return cell(quote(EventTables.text(name)));
        }

        /** A cell that needs no quoting (numbers, booleans, kind names). */
        Row cell(String value) {
            separate();
            line.append(value);
            return this;
        }

        /** An instant as {@link Instant#toString()} writes it. */
        Row instant(java.time.Instant t) {
            separate();
            IsoInstant.append(line, t);
            return this;
        }

        void end() throws IOException {
            line.append('\n');
            int n = line.length();
            if (chars.length < n) {
                chars = new char[2 * n];
            }
            line.getChars(0, n, chars, 0);
            out.write(chars, 0, n);
            line.setLength(0);
            started = false;
        }

        private void separate() {
            if (started) {
                line.append(',');
            }
            started = true;
        }
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

    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
