package io.orbitdc.core.report.db;

/**
 * File formats a results table exports to with DuckDB's {@code COPY ... TO} (ref: duckdb-copy).
 * Options are spelled out rather than left to DuckDB's defaults so that the bytes of an export
 * do not change when a default does.
 */
public enum ExportFormat {
    /** Comma-separated, header line, '\n' line ends, doubles in shortest round-trip form. */
    CSV("csv", "FORMAT csv, HEADER true, DELIMITER ',', QUOTE '\"', NEW_LINE '\\n'"),
    /** Apache Parquet, zstd-compressed. */
    PARQUET("parquet", "FORMAT parquet, COMPRESSION zstd");

    private final String extension;
    private final String copyOptions;

    ExportFormat(String extension, String copyOptions) {
        this.extension = extension;
        this.copyOptions = copyOptions;
    }

    /** File name extension, without the dot. */
    public String extension() {
        return extension;
    }

    String copyOptions() {
        return copyOptions;
    }
}
