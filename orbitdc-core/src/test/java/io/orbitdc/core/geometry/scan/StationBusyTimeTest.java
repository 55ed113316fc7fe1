package io.orbitdc.core.geometry.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The union of contact intervals, by hand. */
class StationBusyTimeTest {

    @Test
    void overlappingContactsCountOnce() {
        StationBusyTime busy = new StationBusyTime(86_400);
        busy.mark(10.2, 20.7);
        busy.mark(15, 30);
        // union [10.2, 30] = 19.8 s; 1 s bins, the edges each within a bin
        assertThat(busy.busyS()).isCloseTo(19.8, within(1.0));
        busy.mark(60, 200);   // spans several 64-bin words
        assertThat(busy.busyS()).isCloseTo(19.8 + 140, within(2.0));
        busy.mark(100, 150);  // inside an earlier contact: nothing new
        assertThat(busy.busyS()).isCloseTo(19.8 + 140, within(2.0));
    }

    @Test
    void contactsAtTheSpanEndsAreClipped() {
        StationBusyTime busy = new StationBusyTime(100);
        busy.mark(-5, 3);
        busy.mark(95, 120);
        assertThat(busy.busyS()).isCloseTo(3 + 5, within(2.0));
    }

    @Test
    void longSpansUseLongerBinsWithinTheBitmapLimit() {
        // ten years: 315 million seconds in at most 2^25 bins of ~9.4 s
        StationBusyTime busy = new StationBusyTime(10 * 365.25 * 86_400);
        busy.mark(1_000, 1_600);
        assertThat(busy.busyS()).isCloseTo(600, within(2 * 10 * 365.25 * 86_400 / StationBusyTime.MAX_BINS));
    }
}
