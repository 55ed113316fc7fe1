/**
 * Batch propagation of a whole fleet with structure-of-arrays J2-secular elements
 * ({@link io.orbitdc.core.geometry.batch.BatchJ2Propagator}), the conical Earth shadow, line of
 * sight and the spatial-hash neighbour graph between satellites. Used where Orekit one satellite at
 * a time would be too slow (10^4-10^5 satellites); validated against Orekit propagators in
 * docs/models/batch-propagator.md and neighbour-graph.md.
 */
package io.orbitdc.core.geometry.batch;
