/**
 * Carbon and water of a compute fleet, in orbit and on the ground, per unit of IT energy
 * delivered: launch and manufacturing emissions amortised over the mission in orbit, grid
 * electricity (times PUE) and embodied IT on the ground, and the water each side consumes.
 * Equations and sources: docs/models/carbon-water.md.
 */
package io.orbitdc.core.footprint;
