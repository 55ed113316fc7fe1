package io.orbitdc.core.economics;

import java.util.List;

/**
 * A terrestrial AI data-center campus: its IT load, efficiency, hardware, power price, build
 * cost and how long it waited for power. Validity: campus-level averages, not hall-by-hall.
 *
 * @param itPowerW               IT (critical) load
 * @param electricityUsdPerMwh   delivered electricity price
 * @param facilityCapexUsdPerW   building, electrical and mechanical plant per W of IT load
 * @param waterM3PerMwh          on-site water consumed per MWh of IT energy (WUE, m3/MWh = L/kWh)
 * @param gridGCo2ePerKwh        average (location-based) carbon intensity of the grid feeding the site
 * @param timeToPowerYears       wait for power beyond construction
 */
public record TerrestrialSite(String id, String name, String location, String status, double itPowerW, double pue,
                              String acceleratorId, long accelerators, double electricityUsdPerMwh,
                              double facilityCapexUsdPerW, double backupCapexUsdPerW, double waterM3PerMwh, double gridGCo2ePerKwh,
                              double timeToPowerYears, List<String> sources) {
    public TerrestrialSite {
        sources = List.copyOf(sources);
    }
}
