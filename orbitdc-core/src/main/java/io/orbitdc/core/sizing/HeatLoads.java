package io.orbitdc.core.sizing;

/**
 * Which heat goes to which radiator. One rule for the sizing and the twin, so both count the
 * same heat on the same radiator:
 * <ul>
 * <li>the <b>compute radiator</b> (the scenario's radiator, at its design temperature) rejects
 *     the IT load: the accelerators' power and the IT overhead (host CPUs, memory, network,
 *     board-level conversion), all dissipated on cold plates of the compute loop;</li>
 * <li>the <b>bus radiator</b> rejects the bus load (avionics, attitude control, communications)
 *     and the power chain's losses (array regulators, distribution, battery charge and
 *     discharge).</li>
 * </ul>
 * Why: the battery and the power-conditioning unit are bus equipment with tighter temperature
 * ranges than a 45 °C compute loop allows — Li-ion batteries operate near 0–30 °C and power
 * electronics baseplates at −10…+50 °C (ref: gilmore-2002 ch. 1, typical component temperature
 * ranges) — so spacecraft reject their heat through the bus structure's own radiators, not
 * through a payload loop. Board-level conversion losses are inside the IT overhead (the server
 * input power, as a data centre meters it), so they stay with the compute.
 *
 * <p>Validity: loop pumps are counted in the bus load (their heat, a few per cent of the loop's,
 * goes to the bus radiator); the compute radiator's heat is the same in daylight and eclipse
 * at full load.
 *
 * @param computeHeatW heat on the compute radiator, W
 * @param busHeatW     heat on the bus radiator, W
 */
public record HeatLoads(double computeHeatW, double busHeatW) {
    public HeatLoads {
        Bounds.nonNegative("compute heat (W)", computeHeatW);
        Bounds.nonNegative("bus heat (W)", busHeatW);
    }

    /** Heat of a satellite with IT load {@code itLoadW}, bus load {@code busLoadW} and power-chain losses {@code conversionLossW}. */
    public static HeatLoads of(double itLoadW, double busLoadW, double conversionLossW) {
        return new HeatLoads(itLoadW, busLoadW + conversionLossW);
    }

    /** All the heat of the satellite, W. */
    public double totalW() {
        return computeHeatW + busHeatW;
    }
}
