package io.orbitdc.core.economics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs a cost comparison: the space and ground models at the base case, the launch price at
 * which they cross, and a tornado of the inputs in {@link SensitivityInput}, sorted by swing.
 */
public final class CostStudy {

    private CostStudy() {
    }

    public static CostComparison run(CostStudyInputs in) {
        CostSide space = new SpaceCostModel(new Financing(in.discountRate())).cost(in.space());
        CostSide ground = new GroundCostModel(new Financing(in.discountRate())).cost(in.ground());
        double effectivePerKg = space.line(SpaceCostModel.LAUNCH).usd() / in.space().fleetMassKg();
        double massKg = in.space().satelliteMassKg();
        LaunchedPower launched = new LaunchedPower(effectivePerKg, in.space().itPowerPerSatelliteW() / massKg,
                in.space().satellitePowerPerSatelliteW() / massKg, in.space().missionYears());
        Crossover crossover = Crossover.find(p -> ratio(in.with(in.space().withLaunchPrice(p), in.ground())) - 1,
                Crossover.LOW, Crossover.HIGH);
        return new CostComparison(space, ground, space.usdPerGpuHour() / ground.usdPerGpuHour(), launched,
                effectivePerKg, crossover, tornado(in));
    }

    /** Space cost per GPU-hour over ground cost per GPU-hour. */
    static double ratio(CostStudyInputs in) {
        double space = new SpaceCostModel(new Financing(in.discountRate())).cost(in.space()).usdPerGpuHour();
        double ground = new GroundCostModel(new Financing(in.discountRate())).cost(in.ground()).usdPerGpuHour();
        return space / ground;
    }

    static List<SensitivityBar> tornado(CostStudyInputs in) {
        List<SensitivityBar> bars = new ArrayList<>();
        for (SensitivityInput input : SensitivityInput.values()) {
            double lo = ratio(input.apply(in, input.low()));
            double hi = ratio(input.apply(in, input.high()));
            bars.add(new SensitivityBar(input.label(), input.unit(), input.low(), input.high(), lo, hi, Math.abs(hi - lo)));
        }
        bars.sort(Comparator.comparingDouble(SensitivityBar::swing).reversed().thenComparing(SensitivityBar::input));
        return bars;
    }
}
