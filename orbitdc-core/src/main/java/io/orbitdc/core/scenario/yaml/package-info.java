/**
 * A YAML reader that keeps the line and column of every node, with hard limits on size, depth and
 * aliases, so that every later error can point at FILE:LINE:COL.
 */
package io.orbitdc.core.scenario.yaml;
