/**
 * Link models for the digital twin: the capacity of a free-space optical inter-satellite link
 * from its optical budget ({@link io.orbitdc.core.links.OpticalLinkBudget}), the ground downlink
 * rate from an RF link budget ({@link io.orbitdc.core.links.DownlinkBudget}) and the data volume
 * of one ground-station pass ({@link io.orbitdc.core.links.PassVolume}).
 *
 * <p>Every class here is a pure function of its inputs (no state, no threads), so the twin may
 * call it per step or once per run. Geometry (neighbour distances, contact windows) comes from
 * {@code io.orbitdc.core.geometry}; this package never propagates an orbit. Equations and sources:
 * docs/models/inter-satellite-links.md and docs/models/downlink-budget.md; reference keys in
 * docs/references/links.md.
 */
package io.orbitdc.core.links;
