/**
 * The fleet event scan: one pass over every satellite and step that finds umbra/penumbra intervals,
 * ground-station contacts, SAA passes and beta-angle ranges from the batch propagator, in fixed-size
 * chunks so that the answer is identical for any thread count. Validated within seconds against
 * Orekit's EclipseDetector and ElevationDetector (docs/models/fleet-event-scan.md).
 */
package io.orbitdc.core.geometry.scan;
