/**
 * Orbital geometry on Orekit: fleets (single, cluster, Walker, TLE/OMM), propagator choice (Keplerian,
 * J2 secular, Eckstein-Hechler, numerical), eclipse, ground-contact and South Atlantic Anomaly
 * intervals from Orekit event detectors, beta angle, drag decay, and the CSV / CZML / CCSDS OEM
 * exports. Computed once per run as interval lists; the fleet-wide fast path lives in
 * {@code geometry.batch} and {@code geometry.scan} and is validated against the detectors here.
 * Model pages: docs/models/propagators.md, eclipses.md, contacts.md, saa.md, drag.md.
 */
package io.orbitdc.core.geometry;
