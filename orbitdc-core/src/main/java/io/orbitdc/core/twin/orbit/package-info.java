/**
 * Adapts the geometry engine to the twin: {@link io.orbitdc.core.twin.orbit.FleetTimeline} is the
 * {@link io.orbitdc.core.twin.GeometryTimeline} of a real fleet, evaluated on demand from the
 * J2-secular fleet geometry ({@link io.orbitdc.core.geometry.scan.FleetStepGeometry}). Depends on
 * {@code twin} and {@code geometry}; neither depends on it. Model and validation:
 * docs/models/twin-timeline.md.
 */
package io.orbitdc.core.twin.orbit;
