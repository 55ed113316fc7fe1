package io.orbitdc.core.twin;

/**
 * Where the nameplate compute of a satellite (or fleet) went, FLOP: nameplate = delivered +
 * lost to failures + lost to throttling + lost to power shortfall (eclipse) + lost to radiation
 * rollbacks. Losses are attributed in that order within a step: units that are dead cannot be
 * throttled, a throttled unit asks for less power, and rollbacks consume compute that ran.
 * A rollback larger than the step's compute is carried as a debt into the next steps; debt still
 * open at mission end is dropped (it never ran). Accumulators only.
 */
public final class ComputeAccounts {
    private double nameplateFlop;
    private double deliveredFlop;
    private double lostToFailuresFlop;
    private double lostToThrottlingFlop;
    private double lostToEclipseFlop;
    private double lostToRadiationFlop;
    private double rollbackDebtFlop;

    /**
     * Books one step.
     *
     * @param installedFlopPerS nameplate rate of the installed units, FLOP/s
     * @param workingFlopPerS   rate of the units still working, FLOP/s
     * @param duty              throttle duty in [0, 1]
     * @param servedFraction    share of the compute power demand that was served, [0, 1]
     * @param newRollbackFlop   compute to roll back for the step's radiation events, FLOP
     * @param dtS               step, s
     */
    void book(double installedFlopPerS, double workingFlopPerS, double duty, double servedFraction,
              double newRollbackFlop, double dtS) {
        nameplateFlop += installedFlopPerS * dtS;
        lostToFailuresFlop += (installedFlopPerS - workingFlopPerS) * dtS;
        lostToThrottlingFlop += workingFlopPerS * (1.0 - duty) * dtS;
        lostToEclipseFlop += workingFlopPerS * duty * (1.0 - servedFraction) * dtS;
        double ran = workingFlopPerS * duty * servedFraction * dtS;
        rollbackDebtFlop += newRollbackFlop;
        double rolledBack = Math.min(rollbackDebtFlop, ran);
        rollbackDebtFlop -= rolledBack;
        lostToRadiationFlop += rolledBack;
        deliveredFlop += ran - rolledBack;
    }

    /** Adds another account's totals (fleet reduction). */
    void add(ComputeAccounts other) {
        nameplateFlop += other.nameplateFlop;
        deliveredFlop += other.deliveredFlop;
        lostToFailuresFlop += other.lostToFailuresFlop;
        lostToThrottlingFlop += other.lostToThrottlingFlop;
        lostToEclipseFlop += other.lostToEclipseFlop;
        lostToRadiationFlop += other.lostToRadiationFlop;
    }

    public double nameplateFlop() {
        return nameplateFlop;
    }

    public double deliveredFlop() {
        return deliveredFlop;
    }

    public double lostToFailuresFlop() {
        return lostToFailuresFlop;
    }

    public double lostToThrottlingFlop() {
        return lostToThrottlingFlop;
    }

    public double lostToEclipseFlop() {
        return lostToEclipseFlop;
    }

    public double lostToRadiationFlop() {
        return lostToRadiationFlop;
    }
}
