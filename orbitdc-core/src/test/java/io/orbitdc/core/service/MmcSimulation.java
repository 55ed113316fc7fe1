package io.orbitdc.core.service;

import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * An independent check on the analytic latency: a seeded discrete-event simulation of an M/M/c
 * first-come-first-served queue (each arrival takes the server that frees first; Kiefer–Wolfowitz
 * recursion), with light time and a contact wait drawn per request. Test code only.
 */
final class MmcSimulation {

    record Sample(double[] waits, double[] latencies) {
        double waitFraction() {
            return Arrays.stream(waits).filter(w -> w > 0).count() / (double) waits.length;
        }

        double waitExceedance(double t) {
            return Arrays.stream(waits).filter(w -> w > t).count() / (double) waits.length;
        }

        double latencyQuantile(double p) {
            double[] sorted = latencies.clone();
            Arrays.sort(sorted);
            return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
        }
    }

    private MmcSimulation() {
    }

    static Sample run(long seed, int servers, double lambda, double mu, PathDelay path, int customers, int warmup) {
        SplittableRandom rng = new SplittableRandom(seed);
        PriorityQueue<Double> free = new PriorityQueue<>();
        for (int i = 0; i < servers; i++) {
            free.add(0.0);
        }
        double t = 0;
        double[] waits = new double[customers];
        double[] latencies = new double[customers];
        for (int n = -warmup; n < customers; n++) {
            t += -Math.log(1 - rng.nextDouble()) / lambda;
            double start = Math.max(t, free.poll());
            double service = -Math.log(1 - rng.nextDouble()) / mu;
            free.add(start + service);
            double contact = rng.nextDouble() < path.coverage() ? 0 : rng.nextDouble() * path.gapS();
            if (n >= 0) {
                waits[n] = start - t;
                latencies[n] = start - t + service + path.lightTimeS() + contact;
            }
        }
        return new Sample(waits, latencies);
    }
}
