package io.orbitdc.core.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.orbitdc.core.catalog.CatalogException;
import io.orbitdc.core.catalog.CatalogTable;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class VehicleCatalogTest {

    private final VehicleCatalog catalog = VehicleCatalog.shipped();

    @Test
    void shipsEveryVehicleTheIssueNames() {
        assertThat(catalog.vehicles()).extracting(LaunchVehicle::id).contains("falcon-9", "falcon-heavy",
                "starship-contract", "starship-mid-reuse", "starship-full-reuse", "stoke-nova", "firefly-alpha",
                "firefly-eclipse", "astra-rocket-4", "electron", "neutron", "new-glenn", "vulcan-vc6", "terran-r",
                "ariane-62", "ariane-64", "vega-c", "pslv-xl", "longshot", "spinlaunch");
        assertThat(catalog.vehicles()).allSatisfy(v -> assertThat(v.sources()).isNotEmpty());
    }

    @Test
    void catalogFiguresMatchTheirSources() {
        // ref: wikipedia-falcon-9-2024 (17,500 kg reusable to LEO, $69.75M); exact
        LaunchVehicle f9 = catalog.find("falcon-9").orElseThrow();
        assertThat(f9.payloadLeoKg()).isEqualTo(17_500);
        assertThat(f9.priceUsd()).isEqualTo(69_750_000);
        // ref: exterra-firefly-alpha-2021 (630 kg to 500 km SSO); exact
        assertThat(catalog.find("firefly-alpha").orElseThrow().payloadSsoKg()).hasValue(630);
        // ref: nsil-pslv (1,750 kg to SSPO, first flight 20 Sep 1993); exact
        LaunchVehicle pslv = catalog.find("pslv-xl").orElseThrow();
        assertThat(pslv.payloadSsoKg()).hasValue(1750);
        assertThat(pslv.firstFlight()).isEqualTo(LocalDate.of(1993, 9, 20));
        // ref: universetoday-spinlaunch-2022 (up to 10,000 g); exact
        assertThat(catalog.find("spinlaunch").orElseThrow().peakAccelerationG()).isEqualTo(10_000);
    }

    @Test
    void vehicleStatusCarriesTheTwentyTwentySixEvents() {
        // regression of the Dec 2026 status review (docs/models/launch-planner.md §Vehicle status):
        // ref: space-new-glenn-pad-explosion-2026, herald-new-glenn-pad-2026 — LC-36, the only pad, lost on
        // 2026-05-28; return to flight NET pad loss + 1 year is our assumption
        LaunchVehicle ng = catalog.find("new-glenn").orElseThrow();
        assertThat(ng.status()).isEqualTo(VehicleStatus.GROUNDED);
        assertThat(ng.statusSince()).hasValue(LocalDate.of(2026, 5, 28));
        assertThat(ng.availableFrom()).isAfter(LocalDate.of(2027, 5, 28));
        // ref: space-new-glenn-ng3-2026 — NG-3 lost its payload: 2 successes, 1 failure
        assertThat(ng.successes()).isEqualTo(2);
        assertThat(ng.failures()).isEqualTo(1);
        // ref: starship-flight-12-2026 — no customer payload flown in 2026: every Starship row is in development and
        // cannot serve a customer in 2026
        assertThat(catalog.vehicles()).filteredOn(v -> v.provider().equals("SpaceX") && v.id().startsWith("starship"))
                .hasSize(3).allSatisfy(v -> {
                    assertThat(v.status()).isEqualTo(VehicleStatus.IN_DEVELOPMENT);
                    assertThat(v.availableFrom()).isAfter(LocalDate.of(2026, 12, 31));
                    assertThat(v.entrySlipMeanDays()).isPositive();
                });
        // ref: orbitdc-launch-status-2026-12 — Stoke Nova and Neutron had not flown
        assertThat(catalog.find("stoke-nova").orElseThrow().status()).isEqualTo(VehicleStatus.IN_DEVELOPMENT);
        assertThat(catalog.find("neutron").orElseThrow().status()).isEqualTo(VehicleStatus.IN_DEVELOPMENT);
        // only a vehicle whose availability is a forecast has an entry slip
        assertThat(catalog.vehicles()).allSatisfy(v -> assertThat(v.entrySlipMeanDays() > 0)
                .isEqualTo(v.status().availabilityUncertain()));
    }

    /** Date of the catalog's status review (its header: "Status checked Dec 2026"). */
    private static final LocalDate STATUS_REVIEW = LocalDate.of(2026, 12, 1);

    @Test
    void noForecastAvailabilityDateIsInThePastOfTheStatusReview() {
        // a vehicle still in development or grounded at the review cannot have entered service before it: a stale
        // NET date would let the plan fly it at once
        assertThat(catalog.vehicles()).filteredOn(v -> v.status().availabilityUncertain())
                .allSatisfy(v -> assertThat(v.availableFrom()).as(v.id()).isAfter(STATUS_REVIEW));
        assertThat(catalog.vehicles()).filteredOn(v -> v.status() == VehicleStatus.GROUNDED)
                .allSatisfy(v -> assertThat(v.statusSince()).as(v.id()).isPresent()
                        .hasValueSatisfying(d -> assertThat(d).isBefore(v.availableFrom())));
    }

    @Test
    void availabilityQuantilesAreThoseOfTheExponentialSlip() {
        // hand calculation: P50 = mean ln 2 = 180 x 0.6931 = 124.8 -> 125 d; P90 = mean ln 10 = 414.5 -> 414 d
        LaunchVehicle v = Fleets.vehicle("g", "G", 1000, 1e6, 4, VehicleStatus.GROUNDED, LocalDate.of(2027, 6, 1), 180, 1, 1);
        assertThat(v.availabilityQuantile(0.5)).isEqualTo(LocalDate.of(2027, 6, 1).plusDays(125));
        assertThat(v.availabilityQuantile(0.9)).isEqualTo(LocalDate.of(2027, 6, 1).plusDays(414));
        assertThat(VehicleStatus.parse(" Grounded ")).isEqualTo(VehicleStatus.GROUNDED);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> VehicleStatus.parse("paused"))
                .hasMessageContaining("operational, in-development, grounded, retired");
    }

    @Test
    void reliabilityIsTheBetaPosteriorMean() {
        // Falcon 9: 461 successes, 2 failures (ref: wikipedia-falcon-9-2025); Beta(1,1) -> 462/465
        LaunchVehicle f9 = catalog.find("falcon-9").orElseThrow();
        assertThat(f9.reliability(ReliabilityPrior.UNIFORM)).isCloseTo(462.0 / 465.0, within(1e-12));
        // a vehicle that never flew gets the prior mean: Beta(1,1) -> 0.5, Beta(9,1) -> 0.9
        LaunchVehicle nova = catalog.find("stoke-nova").orElseThrow();
        assertThat(nova.reliability(ReliabilityPrior.UNIFORM)).isEqualTo(0.5);
        assertThat(nova.reliability(new ReliabilityPrior(9, 1))).isCloseTo(0.9, within(1e-12));
    }

    @Test
    void overridesReplaceAndAdd() {
        LaunchVehicle cheapF9 = Fleets.vehicle("falcon-9", "SpaceX", 17_500, 157, 1e6, 12, Fleets.START, 1, 0, 6);
        LaunchVehicle extra = Fleets.vehicle("my-rocket", "Me", 500, 5, 2e6, 4, Fleets.START, 0, 0, 6);
        VehicleCatalog c = catalog.with(List.of(cheapF9, extra));
        assertThat(c.find("falcon-9").orElseThrow().priceUsd()).isEqualTo(1e6);
        assertThat(c.find("my-rocket")).isPresent();
        assertThat(c.vehicles()).hasSize(catalog.vehicles().size() + 1);
    }

    @Test
    void everySourceKeyIsInTheLaunchReferences() throws Exception {
        // docs/references/launch.md lines look like "- **key** — ..."; the module directory is the working directory
        java.nio.file.Path refs = java.nio.file.Path.of("..", "docs", "references", "launch.md");
        java.util.Set<String> keys = java.nio.file.Files.readAllLines(refs).stream()
                .filter(l -> l.startsWith("- **")).map(l -> l.substring(4, l.indexOf("**", 4)))
                .collect(java.util.stream.Collectors.toSet());
        assertThat(catalog.vehicles()).allSatisfy(v -> assertThat(keys).as(v.id()).containsAll(v.sources()));
    }

    @Test
    void badCellNamesFileLineAndColumn() {
        String header = "id,name,provider,status,payload_leo_kg,payload_sso_kg,fairing_diameter_m,fairing_volume_m3,"
                + "price_usd,price_low_usd,price_high_usd,reusable,first_flight,available_from,scenario_of,successes,failures,"
                + "cadence_per_year_to_one_customer,peak_acceleration_g,confidence,source,notes\n";
        String bad = header + "x,X,P,flying,100,,,,1,1,1,false,2020-01-01,,,0,0,1,6,low,k,\n";
        assertThatThrownBy(() -> VehicleCatalog.fromTable(CatalogTable.parse("v.csv", bad)))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("v.csv:2").hasMessageContaining("'flying' is not one of operational");
        String badDate = header + "x,X,P,operational,100,,,,1,1,1,false,soon,,,0,0,1,6,low,k,\n";
        assertThatThrownBy(() -> VehicleCatalog.fromTable(CatalogTable.parse("v.csv", badDate)))
                .isInstanceOf(CatalogException.class).hasMessage("v.csv:2 first_flight: 'soon' is not an ISO date (yyyy-mm-dd)");
    }
}
