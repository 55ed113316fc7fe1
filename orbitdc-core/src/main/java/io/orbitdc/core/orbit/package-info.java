/**
 * The orbit every engine shares, defined once: {@link io.orbitdc.core.orbit.Earth} (the EIGEN-5C
 * gravity field, the WGS-84 figure and rotation, the altitude ranges the models cover),
 * {@link io.orbitdc.core.orbit.SunSynchronous} (the J2 sun-synchronous condition with eccentricity,
 * and the LTAN–node relation) and {@link io.orbitdc.core.orbit.OrbitSpec} (mean orbital elements,
 * the orbit type the scenario binder builds and sizing, geometry, launch and the twin read).
 *
 * <p>Depends on nothing in orbitdc but {@link io.orbitdc.core.InputException}; Orekit only for its
 * published constants. Models and equations: docs/models/earth-and-orbit.md.
 */
package io.orbitdc.core.orbit;
