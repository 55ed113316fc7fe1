package io.orbitdc.core.geometry.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Regression checks of the scan's on-disk interval record: table order across chunk flushes. */
class RecordedIntervalsTest {

    private static FleetEventSummary.Interval interval(int k, String kind, double s, double e, boolean t) {
        return new FleetEventSummary.Interval(k, kind, s, e, t);
    }

    @Test
    void readsEachSatelliteBackByKindNameThenStartAcrossChunks() {
        // kinds as the scan names them: umbra, shadow, saa, then stations "b" and "a"
        try (RecordedIntervals r = RecordedIntervals.of(2, List.of("umbra", "shadow", "saa", "contact:b", "contact:a"))) {
            r.add(1, 0, 10, 20, false);
            r.add(0, 3, 5, 6, true);
            r.add(0, 1, 7, 9, false);
            r.flush();
            r.flush(); // an empty chunk adds nothing
            r.add(0, 4, 30, 31, false);
            r.add(0, 1, 40, 45, false);
            r.add(0, 3, 50, 52, false);
            r.flush();
            assertThat(r.stream().toList()).containsExactly(
                    interval(0, "contact:a", 30, 31, false),
                    interval(0, "contact:b", 5, 6, true),
                    interval(0, "contact:b", 50, 52, false),
                    interval(0, "shadow", 7, 9, false),
                    interval(0, "shadow", 40, 45, false),
                    interval(1, "umbra", 10, 20, false));
        }
    }

    @Test
    void twoStationsWithOneIdAreMergedByStart() {
        try (RecordedIntervals r = RecordedIntervals.of(1, List.of("umbra", "shadow", "saa", "contact:x", "contact:x"))) {
            r.add(0, 3, 100, 110, false);
            r.add(0, 4, 50, 60, false);
            r.add(0, 4, 200, 210, false);
            r.flush();
            assertThat(r.stream().map(FleetEventSummary.Interval::startS).toList()).containsExactly(50.0, 100.0, 200.0);
        }
    }

    @Test
    void equalWhenTheSameIntervalsWereRecordedInOtherChunks() {
        List<String> kinds = List.of("umbra", "shadow", "saa");
        try (RecordedIntervals a = RecordedIntervals.of(1, kinds); RecordedIntervals b = RecordedIntervals.of(1, kinds)) {
            a.add(0, 0, 1, 2, false);
            a.add(0, 0, 3, 4, true);
            a.flush();
            b.add(0, 0, 1, 2, false);
            b.flush();
            b.add(0, 0, 3, 4, true);
            b.flush();
            assertThat(a).isEqualTo(b);
            assertThat(RecordedIntervals.none().satellites()).isZero();
        }
    }
}
