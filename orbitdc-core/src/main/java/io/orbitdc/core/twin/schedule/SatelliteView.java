package io.orbitdc.core.twin.schedule;

/**
 * What a {@link SchedulerPolicy} may see of one satellite when it sets the compute duty of a
 * step: the state at the end of the previous step (battery, temperatures, last duty) and the
 * conditions of the step about to run (illumination, array output, working units, whether a
 * checkpoint falls in it). Immutable; built fresh each step by the twin.
 *
 * <p>Power figures are at the bus unless named otherwise. The compute power of the working units
 * at a duty d is {@code workingUnits·unitPowerW·(idle + (1 − idle)·d)} (see {@link #computePowerW}).
 *
 * @param satellite             satellite index in the fleet
 * @param step                  index of the step about to run
 * @param timeS                 start of the step from mission start, s
 * @param stepS                 step length, s (&gt; 0)
 * @param soc                   battery state of charge, [0, 1]
 * @param minSoc                lowest state of charge the battery may reach (1 − depth of discharge)
 * @param batteryCapacityJ      usable energy at state of charge 1, J (0 without a battery)
 * @param maxDischargeW         largest bus power the battery can deliver, W
 * @param dischargeEfficiency   bus energy delivered per stored energy drawn, (0, 1]
 * @param sunlitFraction        sunlit fraction of the step, [0, 1]
 * @param arrayW                array output over the step, W (before regulation)
 * @param regulatorEfficiency   array → bus efficiency, (0, 1]
 * @param busLoadW              bus (housekeeping) load, W — served first
 * @param thermalControlW       thermal-control load, W — served second
 * @param workingUnits          accelerator units able to compute this step, ≥ 0
 * @param unitPowerW            full-duty power of one unit including its host share, W
 * @param idlePowerFraction     power at zero duty as a fraction of full power, [0, 1)
 * @param dieK                  die temperature at the end of the previous step, K
 * @param radiatorK             radiator temperature at the end of the previous step, K
 * @param dieLimitK             die temperature at which the hardware throttle engages, K
 * @param dieRiseAtZeroDutyK    steady die-over-radiator rise with the working units idle (and thermal control on), K
 * @param dieRiseAtFullDutyK    steady die-over-radiator rise with every working unit at full duty, K
 * @param throttleDuty          largest duty the hardware throttle allows this step, [0, 1]
 * @param previousDuty          duty the satellite ran in the previous step, [0, 1] (1 before the first step)
 * @param checkpointDue         whether a training checkpoint starts during this step
 */
public record SatelliteView(int satellite, int step, double timeS, double stepS, double soc, double minSoc,
                            double batteryCapacityJ, double maxDischargeW, double dischargeEfficiency,
                            double sunlitFraction, double arrayW, double regulatorEfficiency, double busLoadW,
                            double thermalControlW, int workingUnits, double unitPowerW, double idlePowerFraction,
                            double dieK, double radiatorK, double dieLimitK, double dieRiseAtZeroDutyK,
                            double dieRiseAtFullDutyK,
                            double throttleDuty, double previousDuty, boolean checkpointDue) {

    /** Compute power of the working units at {@code duty}, W. */
    public double computePowerW(double duty) {
        return workingUnits * unitPowerW * (idlePowerFraction + (1.0 - idlePowerFraction) * duty);
    }

    /** Energy the battery can still give before reaching its floor, J (stored, before discharge losses). */
    public double usableBatteryJ() {
        return Math.max(0.0, (soc - minSoc) * batteryCapacityJ);
    }

    /** Array power available at the bus, W. */
    public double arrayAtBusW() {
        return arrayW * regulatorEfficiency;
    }

    /** Bus plus thermal-control load, W: what must never be shed. */
    public double housekeepingW() {
        return busLoadW + thermalControlW;
    }
}
