/** JMH micro-benchmarks and end-to-end benchmarks of orbitdc; results and commands go to docs/performance.md. */
package io.orbitdc.bench;
