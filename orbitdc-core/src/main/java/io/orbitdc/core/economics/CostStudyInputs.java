package io.orbitdc.core.economics;

/** Both sides of a comparison and the discount rate they are financed at. */
public record CostStudyInputs(SpaceCostInputs space, GroundCostInputs ground, double discountRate) {

    /** The same study with a different discount rate. */
    public CostStudyInputs withDiscountRate(double rate) {
        return new CostStudyInputs(space, ground, rate);
    }

    /** The same study with both sides changed. */
    public CostStudyInputs with(SpaceCostInputs newSpace, GroundCostInputs newGround) {
        return new CostStudyInputs(newSpace, newGround, discountRate);
    }
}
