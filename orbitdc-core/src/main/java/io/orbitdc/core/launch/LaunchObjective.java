package io.orbitdc.core.launch;

/** What the planner minimises first: total launch cost, or days until the whole fleet is launched. Ties go to the other. */
public enum LaunchObjective {
    COST, TIME
}
