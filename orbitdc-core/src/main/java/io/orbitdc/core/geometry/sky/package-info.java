/**
 * Sky impact of a fleet: each satellite's apparent visual magnitude from its area, albedo and the
 * Sun–satellite–observer geometry (Lambertian diffuse sphere or nadir-facing flat plate), the IAU
 * brightness recommendation, and the number of satellites an observer sees with the naked eye at
 * astronomical twilight. Equations, validity and validation: docs/models/sky-brightness.md.
 *
 * <p>An engine package: it takes plain records in SI units and never reads a scenario.
 */
package io.orbitdc.core.geometry.sky;
