package io.orbitdc.server;

import java.util.Locale;

/** Where a job is in its life: queued → running → done | failed | cancelled. */
enum JobState {
    QUEUED, RUNNING, DONE, FAILED, CANCELLED;

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean finished() {
        return this == DONE || this == FAILED || this == CANCELLED;
    }

    static JobState parse(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
