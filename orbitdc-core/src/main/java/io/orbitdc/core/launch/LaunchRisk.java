package io.orbitdc.core.launch;

import io.orbitdc.core.economics.LaunchFailureExposure;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The expected cost of launch failures in a plan: each manifest entry is re-flown until it
 * succeeds, and every failure also loses the satellites it carried, which are rebuilt. With a
 * per-launch success probability p (the vehicle's posterior-mean reliability, as the deployment
 * Monte Carlo draws it), the number of attempts is geometric with mean 1/p, so the expected
 * extra cost of an entry beyond its planned price is
 * <pre>  (1/p - 1) x (launch price + satellites x satellite unit cost)</pre>
 * This is exactly the mean of {@link DeploymentSimulation}'s deployment cost minus the plan's
 * (validated in LaunchRiskTest), computed without sampling so that a cost sweep can price it.
 * Valid for p in (0, 1]; slips change dates, not this cost.
 *
 * @param expectedLossUsd   expected re-flight and rebuild cost over the plan, USD
 * @param expectedFailures  expected number of failed launches
 * @param worstVehicleId    the plan's least reliable vehicle (the one driving the loss)
 * @param worstReliability  its posterior-mean success probability
 * @param exposure          the same loss split into a share of the launch price and satellites lost, so a
 *                          cost draw that re-prices the launch or the satellite re-prices the loss
 */
public record LaunchRisk(double expectedLossUsd, double expectedFailures, String worstVehicleId, double worstReliability,
                         LaunchFailureExposure exposure) {

    /** The expected failure loss of {@code plan} flown by {@code vehicles} for {@code request}. */
    public static LaunchRisk of(LaunchPlan plan, List<LaunchVehicle> vehicles, LaunchRequest request) {
        Map<String, LaunchVehicle> byId = vehicles.stream()
                .collect(Collectors.toMap(LaunchVehicle::id, Function.identity(), (a, b) -> a));
        double unitCost = request.satellite().unitCostUsd();
        double failures = 0;
        double planned = 0;
        double reflights = 0;
        double lost = 0;
        String worst = null;
        double worstP = 1;
        for (ManifestEntry e : plan.launches()) {
            LaunchVehicle v = byId.get(e.vehicleId());
            if (v == null) {
                throw new IllegalStateException("plan flies " + e.vehicleId() + ", which is not among the eligible vehicles");
            }
            double p = v.reliability(request.prior());
            double extraAttempts = 1 / p - 1;
            failures += extraAttempts;
            planned += v.priceUsd();
            reflights += extraAttempts * v.priceUsd();
            lost += extraAttempts * e.satellites();
            if (worst == null || p < worstP) {
                worst = v.id();
                worstP = p;
            }
        }
        LaunchFailureExposure exposure = new LaunchFailureExposure(planned > 0 ? reflights / planned : 0, lost,
                java.util.OptionalDouble.empty());
        // one formula for the loss: the exposure at the plan's own prices, as the cost model prices it
        return new LaunchRisk(exposure.lossUsd(planned, unitCost), failures, worst == null ? "" : worst, worstP, exposure);
    }
}
