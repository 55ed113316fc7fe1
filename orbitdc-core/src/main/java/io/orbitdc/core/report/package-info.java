/**
 * Report writers: the JSON documents (key names are a public contract, docs/cli.md) and the
 * terminal tables of each verb, and atomic output files (written to a temporary path and moved into
 * place). The DuckDB results database of a twin run is in {@code report.db}.
 */
package io.orbitdc.core.report;
