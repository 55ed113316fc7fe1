package io.orbitdc.core.links;

import java.util.Objects;

/**
 * The data rate of a satellite-to-ground RF downlink at a given slant range, from its link budget.
 *
 * <p>Equations (docs/models/downlink-budget.md; ref: itu-r-p525, smad-1999 §13.3):
 * <pre>L_fs = 20 log10(4 π d f / c)
 * C/N0 = EIRP + G/T − L_fs − L_other − 10 log10 k      [dB-Hz], 10 log10 k = −228.6 dBW/K/Hz
 * R    = min(R_modem, 10^((C/N0 − (Eb/N0)_req − M) / 10))</pre>
 * The rate is the largest at which the received Eb/N0 still exceeds the requirement plus the
 * margin; a rate-adaptive modem (variable coding and modulation) follows it through the pass.
 * orbitdc uses the Eb/N0 form rather than Shannon's bound with an implementation loss because the
 * required Eb/N0 of a named modulation and code is what data sheets and mission budgets quote.
 * With a fixed rate the budget is bypassed. Valid for clear-sky links; rain fades belong in the
 * losses.
 */
public final class DownlinkBudget {

    /** 10 log10 of Boltzmann's constant (dBW/K/Hz); ref: codata-2018. */
    public static final double BOLTZMANN_DB = 10 * Math.log10(1.380_649e-23);

    private final DownlinkTerminal terminal;

    public DownlinkBudget(DownlinkTerminal terminal) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
    }

    public DownlinkTerminal terminal() {
        return terminal;
    }

    /** Free-space path loss over {@code distanceM} at the terminal's frequency (dB). */
    public double freeSpaceLossDb(double distanceM) {
        if (!(distanceM > 0) || !Double.isFinite(distanceM)) {
            throw new IllegalArgumentException("slant range must be a positive finite number of metres, found " + distanceM);
        }
        return 20 * Math.log10(4 * Math.PI * distanceM * terminal.frequencyHz() / OpticalLinkBudget.C);
    }

    /** Carrier-to-noise-density ratio at the station (dB-Hz). */
    public double carrierToNoiseDensityDbHz(double distanceM) {
        return terminal.eirpDbw() + terminal.gOverTDbPerK() - freeSpaceLossDb(distanceM) - terminal.otherLossesDb()
                - BOLTZMANN_DB;
    }

    /** Largest rate the budget supports at this range, before the modem cap (bit/s). */
    public double budgetRateBps(double distanceM) {
        double db = carrierToNoiseDensityDbHz(distanceM) - terminal.requiredEbN0Db() - terminal.marginDb();
        return Math.pow(10, db / 10);
    }

    /** Information rate while in contact at this slant range (bit/s): fixed, or the budget capped at the modem rate. */
    public double rateBps(double distanceM) {
        if (terminal.fixedRateBps().isPresent()) {
            return terminal.fixedRateBps().getAsDouble();
        }
        return Math.min(terminal.modemRateBps(), budgetRateBps(distanceM));
    }

    /** Margin left at a given rate and range (dB): received Eb/N0 − required − design margin. */
    public double marginAtRateDb(double distanceM, double rateBps) {
        return carrierToNoiseDensityDbHz(distanceM) - 10 * Math.log10(rateBps) - terminal.requiredEbN0Db()
                - terminal.marginDb();
    }
}
