package io.orbitdc.core.geometry;

import java.time.Instant;

/**
 * Writes an instant as {@link Instant#toString()} does (ISO-8601 UTC, seconds always, the
 * fraction in groups of three digits as needed: {@code 2027-01-01T00:14:48.707609401Z}) into a
 * builder, without the formatter's intermediate objects: the event tables write millions of them.
 * Years outside 0000–9999 (a sign or more digits) go through {@link Instant#toString()}.
 */
final class IsoInstant {

    /** 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z in seconds since 1970. */
    private static final long MIN_S = -62_167_219_200L;
    private static final long END_S = 253_402_300_800L;

    private IsoInstant() {
    }

    static void append(StringBuilder sb, Instant t) {
        long s = t.getEpochSecond();
        if (s < MIN_S || s >= END_S) {
            sb.append(t);
            return;
        }
        long days = Math.floorDiv(s, 86_400L);
        int secOfDay = (int) Math.floorMod(s, 86_400L);
        // civil date from days since 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithm)
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int day = (int) (doy - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        digits(sb, (int) year, 4);
        sb.append('-');
        digits(sb, month, 2);
        sb.append('-');
        digits(sb, day, 2);
        sb.append('T');
        digits(sb, secOfDay / 3600, 2);
        sb.append(':');
        digits(sb, secOfDay / 60 % 60, 2);
        sb.append(':');
        digits(sb, secOfDay % 60, 2);
        int nano = t.getNano();
        if (nano > 0) {
            sb.append('.');
            if (nano % 1_000_000 == 0) {
                digits(sb, nano / 1_000_000, 3);
            } else if (nano % 1000 == 0) {
                digits(sb, nano / 1000, 6);
            } else {
                digits(sb, nano, 9);
            }
        }
        sb.append('Z');
    }

    /** {@code value} (≥ 0) with leading zeros to {@code width} digits. */
    private static void digits(StringBuilder sb, int value, int width) {
        for (int p = pow10(width - 1); p > 0; p /= 10) {
            sb.append((char) ('0' + value / p % 10));
        }
    }

    private static int pow10(int n) {
        int p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }
}
