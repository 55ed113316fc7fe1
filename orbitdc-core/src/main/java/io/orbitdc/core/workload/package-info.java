/**
 * AI workloads: the sealed {@link io.orbitdc.core.workload.Workload} (training, inference,
 * earth observation, each a record with exactly its fields) that the scenario binder builds and
 * the engines take, and the models of distributed training the digital twin runs:
 * synchronous data parallelism over the fleet's satellites ({@link io.orbitdc.core.workload.TrainingProgress}),
 * ring all-reduce over the inter-satellite links ({@link io.orbitdc.core.workload.RingAllReduce}),
 * and checkpoint/restart with Young's interval ({@link io.orbitdc.core.workload.CheckpointPlan}).
 * Inference and earth-observation workloads are served by {@link io.orbitdc.core.study.ServiceStage}
 * (latency and downlink over the fleet's real contacts, docs/models/service-stage.md).
 * Equations and sources: docs/models/twin-training.md.
 */
package io.orbitdc.core.workload;
