package io.orbitdc.server;

import io.javalin.http.Context;
import io.orbitdc.core.InputException;
import io.orbitdc.core.geometry.CzmlWindow;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * What the 3D view loads: a time window of a geometry job's {@code fleet.czml}
 * ({@link CzmlWindow}), so a year-long file (an 81-satellite year is ~146 MB, more than a browser
 * parses comfortably) reaches the browser a week at a time (~2.6 MB, ~0.7 MB gzip-compressed).
 * Without {@code from}/{@code to} the window is the whole span up to {@link #WHOLE_SPAN_LIMIT},
 * else its first {@link #DEFAULT_WINDOW}. The file's own span goes in the {@value #SPAN_HEADER}
 * header so the page can offer the rest.
 */
final class FleetView {

    static final String FILE = "fleet.czml";
    static final String SPAN_HEADER = "X-Orbitdc-Czml-Span";
    /** Spans up to a month load whole (a month of 81 satellites is ~12 MB). */
    static final Duration WHOLE_SPAN_LIMIT = Duration.ofDays(31);
    static final Duration DEFAULT_WINDOW = Duration.ofDays(7);

    private final JobStore store;

    FleetView(JobStore store) {
        this.store = store;
    }

    void czml(Context ctx) throws IOException {
        Job job = store.get(ctx.pathParam("id"));
        Path file = store.file(job.id(), FILE);
        CzmlWindow.Span span;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            span = CzmlWindow.span(in);
        }
        Instant from = instant(ctx, "from", span.start());
        Instant defaultEnd = Duration.between(span.start(), span.end()).compareTo(WHOLE_SPAN_LIMIT) <= 0
                ? span.end() : min(span.end(), from.plus(DEFAULT_WINDOW));
        Instant to = instant(ctx, "to", defaultEnd.isAfter(from) ? defaultEnd : span.end());
        CzmlWindow window;
        try {
            window = new CzmlWindow(from, to);
        } catch (InputException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        ctx.contentType("application/json");
        ctx.header(SPAN_HEADER, span.start() + "/" + span.end());
        // a window is at most a month of the fleet (tens of MB): built whole, then handed to Javalin as a
        // result so that its response compression applies (a week of 81 satellites: 2.6 MB, gzip ~0.7 MB)
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            window.copy(in, out);
        }
        ctx.result(out.toByteArray());
    }

    private static Instant instant(Context ctx, String name, Instant otherwise) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + ": found '" + SafeName.printable(text)
                    + "'; expected an ISO-8601 UTC instant such as 2027-01-01T00:00:00Z");
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
