package io.orbitdc.core.launch;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Launch opportunities one customer gets on one vehicle: the first at the later of the plan's
 * start and the vehicle's availability date, then one every {@code 365.25 / cadence} days.
 */
final class SlotCalendar {

    private final long firstDay;
    private final double spacingDays;

    SlotCalendar(LaunchVehicle v, LocalDate start) {
        LocalDate first = v.availableFrom().isAfter(start) ? v.availableFrom() : start;
        this.firstDay = ChronoUnit.DAYS.between(start, first);
        this.spacingDays = v.launchSpacingDays();
    }

    /** Day (from the plan start) of the {@code index}-th slot, 0-based. */
    long day(int index) {
        return firstDay + Math.round(index * spacingDays);
    }

    /** Number of slots on or before {@code day}. */
    int slotsBy(long day) {
        if (day < firstDay) {
            return 0;
        }
        int n = (int) Math.floor((day - firstDay) / spacingDays) + 1;
        while (n > 0 && day(n - 1) > day) {
            n--;
        }
        while (day(n) <= day) {
            n++;
        }
        return n;
    }

    double spacingDays() {
        return spacingDays;
    }
}
