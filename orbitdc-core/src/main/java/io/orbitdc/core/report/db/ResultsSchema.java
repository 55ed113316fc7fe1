package io.orbitdc.core.report.db;

import java.util.List;

/**
 * The tables of a results file and the key order of each. Column units are in the names
 * ({@code _s}, {@code _w}, {@code _k}, {@code _rad}, {@code _flop}, {@code _m}) and in
 * docs/results-database.md. A change to a table bumps {@link #FORMAT_VERSION}.
 *
 * <p>Joins: every table's {@code satellite} is the index into {@code satellites}, whose {@code id}
 * is the name the CSV tables, CZML packets and OEM files use; {@code time_utc} is
 * {@code run.epoch_utc + time_s} (TIMESTAMPTZ, microseconds). Format 2 added {@code satellites},
 * {@code intervals} and the {@code time_utc} columns, and made {@code epoch_utc} a TIMESTAMPTZ.
 */
public final class ResultsSchema {
    /** Version of this layout, stored in {@code run.format_version}. */
    public static final int FORMAT_VERSION = 2;

    /** The tables, each with its DDL and the ORDER BY that defines its row order. */
    public enum Table {
        RUN("run", "CREATE TABLE run (scenario_name VARCHAR NOT NULL, scenario_sha256 VARCHAR NOT NULL,"
                + " seed BIGINT NOT NULL, epoch_utc TIMESTAMPTZ NOT NULL, duration_s DOUBLE NOT NULL,"
                + " step_s DOUBLE NOT NULL, record_every_steps INTEGER NOT NULL, satellites INTEGER NOT NULL,"
                + " orbitdc_version VARCHAR NOT NULL, format_version INTEGER NOT NULL)",
                "scenario_name"),
        SATELLITES("satellites", "CREATE TABLE satellites (satellite INTEGER NOT NULL, id VARCHAR NOT NULL,"
                + " shell VARCHAR NOT NULL, plane INTEGER, slot INTEGER NOT NULL, elements_epoch_utc TIMESTAMPTZ NOT NULL,"
                + " a_m DOUBLE NOT NULL, e DOUBLE NOT NULL, i_rad DOUBLE NOT NULL, raan_rad DOUBLE NOT NULL,"
                + " argp_rad DOUBLE NOT NULL, mean_anomaly_rad DOUBLE NOT NULL)",
                "satellite"),
        SERIES("series", "CREATE TABLE series (satellite INTEGER NOT NULL, step INTEGER NOT NULL,"
                + " time_s DOUBLE NOT NULL, time_utc TIMESTAMPTZ NOT NULL, sunlit_fraction DOUBLE NOT NULL, array_w DOUBLE NOT NULL,"
                + " soc DOUBLE NOT NULL, compute_w DOUBLE NOT NULL, duty DOUBLE NOT NULL, die_k DOUBLE NOT NULL,"
                + " radiator_k DOUBLE NOT NULL, dose_rad DOUBLE NOT NULL, working_accelerators INTEGER NOT NULL,"
                + " delivered_flop DOUBLE NOT NULL)",
                "satellite, step"),
        EVENTS("events", "CREATE TABLE events (satellite INTEGER, step INTEGER NOT NULL, time_s DOUBLE NOT NULL,"
                + " time_utc TIMESTAMPTZ NOT NULL, kind VARCHAR NOT NULL, detail VARCHAR NOT NULL)",
                // every column: two events of one satellite, step and kind still sort the same way
                "satellite NULLS FIRST, step, time_s, kind, detail"),
        INTERVALS("intervals", "CREATE TABLE intervals (satellite INTEGER NOT NULL, kind VARCHAR NOT NULL,"
                + " station VARCHAR, start_s DOUBLE NOT NULL, end_s DOUBLE NOT NULL, start_utc TIMESTAMPTZ NOT NULL,"
                + " end_utc TIMESTAMPTZ NOT NULL, duration_s DOUBLE NOT NULL, truncated BOOLEAN NOT NULL)",
                "satellite, kind, station NULLS FIRST, start_s"),
        SUMMARY("summary", "CREATE TABLE summary (key VARCHAR NOT NULL, value DOUBLE NOT NULL)", "key");

        private final String sqlName;
        private final String ddl;
        private final String orderBy;

        Table(String sqlName, String ddl, String orderBy) {
            this.sqlName = sqlName;
            this.ddl = ddl;
            this.orderBy = orderBy;
        }

        /** The table's name in SQL (also the base name of its export files). */
        public String sqlName() {
            return sqlName;
        }

        String ddl() {
            return ddl;
        }

        /** Every row in key order: the only order the format promises. */
        public String orderedSelect() {
            return "SELECT * FROM " + sqlName + " ORDER BY " + orderBy;
        }
    }

    private ResultsSchema() {
    }

    /** Every table, in creation order. */
    public static List<Table> tables() {
        return List.of(Table.values());
    }
}
