/**
 * The stages front ends call: load a scenario ({@link io.orbitdc.core.study.Pipeline}) and run
 * sizing, geometry, the twin, launch and cost on it, mapping the validated scenario onto each
 * engine's input records. Data flows one way: a stage reads the scenario and the stages above it.
 */
package io.orbitdc.core.study;
