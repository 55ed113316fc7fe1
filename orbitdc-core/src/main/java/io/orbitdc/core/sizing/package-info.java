/**
 * Sizing engine: closed-form budgets of one satellite and of the fleet from a compute target and an
 * orbit: orbit and eclipse, solar array, battery, radiator and die temperature, radiation dose and
 * single-event rates, mass, and the satellite count, with the constraint that binds. Steady-state
 * equations documented in docs/models/ (orbit-budget, solar-array, battery, radiator,
 * radiation-dose, mass-budget), each with its validation table.
 */
package io.orbitdc.core.sizing;
