/**
 * Simulation results in one embedded DuckDB file per run: the run's identity ({@code run}), every
 * satellite's recorded time series ({@code series}), discrete events ({@code events}) and the
 * fleet totals ({@code summary}). Schema, units and the ordering contract:
 * docs/results-database.md (ref: duckdb-appender, duckdb-copy).
 *
 * <p>{@link io.orbitdc.core.report.db.RunDatabase} writes a run: samples stream in through a
 * bounded queue to one writer thread while the twin flies, so memory does not grow with mission
 * length, and the file appears under its final name only when the run commits.
 * {@link io.orbitdc.core.report.db.RunResults} reads a committed file back and exports its
 * tables as CSV or Parquet. Rows are ordered by key (satellite, step, …) in every query and
 * export; the physical row order in the file depends on thread interleaving and is not part of
 * the contract.
 */
package io.orbitdc.core.report.db;
