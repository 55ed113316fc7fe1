/**
 * The {@code orbitdc} command line (picocli): one verb per class, options and exit codes
 * (0 ok, 2 bad input, 1 internal error), progress on stderr. Holds no physics: each verb loads a
 * scenario and calls the core's stages and report writers. Documented in docs/cli.md.
 */
package io.orbitdc.cli;
