/**
 * Physical quantities with units: parsing of input text such as {@code "650 km"}, {@code "45 C"} or
 * {@code "0.04 USD/kWh"} into SI values with dimension checks, and formatting back for reports.
 * Documented in docs/models/units.md.
 */
package io.orbitdc.core.units;
