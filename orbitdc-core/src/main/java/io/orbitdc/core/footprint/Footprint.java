package io.orbitdc.core.footprint;

/**
 * Carbon and water of both sides per unit of IT energy delivered, with the carbon split by cause.
 *
 * @param space  the orbital side
 * @param ground the terrestrial side
 */
public record Footprint(Side space, Side ground) {

    /**
     * One side's footprint.
     *
     * @param gCo2ePerKwh       total life-cycle carbon per kWh of IT energy
     * @param operationalGPerKwh electricity (ground: grid x PUE; orbit: 0, solar)
     * @param launchGPerKwh     launch (0 on the ground)
     * @param manufacturingGPerKwh satellite platform and accelerators (ground: accelerators)
     * @param litresPerMwh      water consumed per MWh of IT energy
     */
    public record Side(double gCo2ePerKwh, double operationalGPerKwh, double launchGPerKwh,
                       double manufacturingGPerKwh, double litresPerMwh) {
    }
}
