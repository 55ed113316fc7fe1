package io.orbitdc.core.twin;

/**
 * Energy accounts of one satellite (or, after {@link #add}, of a fleet), J:
 * generated = consumed + Δstored + losses + curtailed, where generated is the array output,
 * consumed the energy delivered to loads, Δstored the change in battery energy, losses the
 * regulation, charge and discharge losses and curtailed the array output left unused because
 * loads and battery could take no more. Shed is demand that was not served; it is reported
 * apart and is not part of the balance.
 *
 * <p>Accumulators only: memory does not grow with mission length. Mutable, not thread-safe.
 */
public final class EnergyLedger {
    private double generatedJ;
    private double consumedJ;
    private double storedDeltaJ;
    private double lossesJ;
    private double curtailedJ;
    private double shedJ;

    /** Adds one step's entries. */
    public void record(double generated, double consumed, double storedDelta, double losses, double curtailed,
                       double shed) {
        generatedJ += generated;
        consumedJ += consumed;
        storedDeltaJ += storedDelta;
        lossesJ += losses;
        curtailedJ += curtailed;
        // demand not served is never negative; rounding in the power chain can leave -1e-13 J
        shedJ += Math.max(0.0, shed);
    }

    /** Adds another ledger's totals (fleet reduction). */
    public void add(EnergyLedger other) {
        record(other.generatedJ, other.consumedJ, other.storedDeltaJ, other.lossesJ, other.curtailedJ, other.shedJ);
    }

    public double generatedJ() {
        return generatedJ;
    }

    public double consumedJ() {
        return consumedJ;
    }

    public double storedDeltaJ() {
        return storedDeltaJ;
    }

    public double lossesJ() {
        return lossesJ;
    }

    public double curtailedJ() {
        return curtailedJ;
    }

    public double shedJ() {
        return shedJ;
    }

    /**
     * |generated − (consumed + Δstored + losses + curtailed)| relative to the largest flow
     * through the balance (0 for an empty ledger).
     */
    public double relativeImbalance() {
        double rhs = consumedJ + storedDeltaJ + lossesJ + curtailedJ;
        double scale = Math.max(Math.max(Math.abs(generatedJ), consumedJ + lossesJ + curtailedJ),
                Math.abs(storedDeltaJ));
        return scale > 0.0 ? Math.abs(generatedJ - rhs) / scale : 0.0;
    }
}
