/**
 * The one-page verdict: orbit versus ground cost per GPU-hour with uncertainty bands from a
 * Latin-hypercube sample of the uncertain inputs, the probability that orbit is cheaper, the
 * launch price at which it flips, the inputs that move the answer most (first-order variance
 * shares), the binding physical constraint, published assumption presets, and carbon and water
 * on both sides. How to read it: docs/verdict.md.
 */
package io.orbitdc.core.verdict;
