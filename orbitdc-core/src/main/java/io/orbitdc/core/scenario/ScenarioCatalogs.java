package io.orbitdc.core.scenario;

import io.orbitdc.core.catalog.Accelerator;
import io.orbitdc.core.catalog.BatteryCell;
import io.orbitdc.core.catalog.RadiatorCoating;
import io.orbitdc.core.catalog.SolarCell;
import java.util.Collection;
import java.util.Optional;

/**
 * The catalogs a scenario may refer to by id. The binder uses it to resolve references and to
 * suggest the nearest id when one is misspelt; tests can supply a small one.
 */
public interface ScenarioCatalogs {

    Optional<Accelerator> accelerator(String id);

    Collection<String> acceleratorIds();

    Optional<SolarCell> solarCell(String id);

    Collection<String> solarCellIds();

    Optional<RadiatorCoating> radiatorCoating(String id);

    Collection<String> radiatorCoatingIds();

    Optional<BatteryCell> batteryCell(String id);

    Collection<String> batteryCellIds();

    Optional<GroundStation> groundStation(String id);

    Collection<String> groundStationIds();

    Collection<String> terrestrialSiteIds();

    Collection<String> launchVehicleIds();

    Collection<String> launchProviders();
}
