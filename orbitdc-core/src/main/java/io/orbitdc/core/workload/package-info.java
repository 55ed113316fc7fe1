/**
 * AI workloads as the digital twin runs them. This version models distributed training:
 * synchronous data parallelism over the fleet's satellites ({@link io.orbitdc.core.workload.TrainingProgress}),
 * ring all-reduce over the inter-satellite links ({@link io.orbitdc.core.workload.RingAllReduce}),
 * and checkpoint/restart with Young's interval ({@link io.orbitdc.core.workload.CheckpointPlan}).
 * Inference and earth-observation workloads are parsed by the scenario but not yet simulated.
 * Equations and sources: docs/models/twin-training.md.
 */
package io.orbitdc.core.workload;
