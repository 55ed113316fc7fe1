package io.orbitdc.core.launch;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A launch vehicle configuration (or a price scenario of one) as a customer books it: payload
 * to the reference LEO and, where published, to SSO; payload envelope; price per dedicated
 * launch with its published range; flight record; the cadence one customer can get; and the
 * peak acceleration a payload sees. Figures are those of the catalog row's sources.
 *
 * @param payloadLeoKg      payload to the reference LEO (200 km circular, 28.5°) in the configuration priced here
 * @param payloadSsoKg      payload to a 500 km sun-synchronous orbit, empty where not published
 * @param fairingDiameterM  usable payload envelope diameter, empty where not published
 * @param fairingVolumeM3   usable payload envelope volume, empty where not published (volume then not checked)
 * @param availableFrom     first date a customer launch can fly: the first flight of an operational vehicle,
 *                          the NET service-entry date of one in development, the NET return-to-flight date of a
 *                          grounded one. The deterministic plan never uses the vehicle before it.
 * @param scenarioOf        id of the row this is a price scenario of, or ""; such rows are used only when requested by id
 * @param cadencePerYear    dedicated launches per year one customer can book
 * @param peakAccelerationG peak (quasi-static) acceleration at the payload, in standard g
 * @param sources           reference keys (docs/references/launch.md)
 * @param statusSince       date of the event that set the status (e.g. the pad loss that grounded it), if known
 * @param entrySlipMeanDays mean of the exponential delay of the actual availability beyond {@code availableFrom}
 *                          (0 for an operational vehicle); the Monte Carlo draws it once per run
 */
public record LaunchVehicle(String id, String name, String provider, VehicleStatus status,
                            double payloadLeoKg, OptionalDouble payloadSsoKg,
                            OptionalDouble fairingDiameterM, OptionalDouble fairingVolumeM3,
                            double priceUsd, double priceLowUsd, double priceHighUsd, boolean reusable,
                            LocalDate firstFlight, LocalDate availableFrom, String scenarioOf, int successes, int failures,
                            double cadencePerYear, double peakAccelerationG, String confidence,
                            List<String> sources, String notes, Optional<LocalDate> statusSince,
                            double entrySlipMeanDays) {

    public LaunchVehicle {
        sources = List.copyOf(sources);
        scenarioOf = scenarioOf == null ? "" : scenarioOf.trim();
        notes = notes == null ? "" : notes;
        require(id != null && !id.isBlank(), "vehicle id is empty");
        require(provider != null && !provider.isBlank(), "vehicle " + id + ": provider is empty");
        positive(id, "payload_leo_kg", payloadLeoKg);
        payloadSsoKg.ifPresent(v -> positive(id, "payload_sso_kg", v));
        fairingDiameterM.ifPresent(v -> positive(id, "fairing_diameter_m", v));
        fairingVolumeM3.ifPresent(v -> positive(id, "fairing_volume_m3", v));
        positive(id, "price_usd", priceUsd);
        require(priceLowUsd > 0 && priceLowUsd <= priceUsd && priceUsd <= priceHighUsd,
                "vehicle " + id + ": expected 0 < price_low_usd <= price_usd <= price_high_usd, found "
                        + priceLowUsd + " / " + priceUsd + " / " + priceHighUsd);
        positive(id, "cadence_per_year_to_one_customer", cadencePerYear);
        positive(id, "peak_acceleration_g", peakAccelerationG);
        require(successes >= 0 && failures >= 0, "vehicle " + id + ": negative flight record");
        require(firstFlight != null && availableFrom != null, "vehicle " + id + ": dates missing");
        require(statusSince != null, "vehicle " + id + ": statusSince is null (use Optional.empty())");
        require(Double.isFinite(entrySlipMeanDays) && entrySlipMeanDays >= 0,
                "vehicle " + id + ": entry_slip_mean_days must be >= 0, found " + entrySlipMeanDays);
        require(status.availabilityUncertain() || entrySlipMeanDays == 0,
                "vehicle " + id + ": an " + status.key() + " vehicle has no entry slip, found " + entrySlipMeanDays + " days");
    }

    /** A vehicle with the catalog's defaults for the newer columns: status date unknown, status-default slip. */
    public LaunchVehicle(String id, String name, String provider, VehicleStatus status,
                         double payloadLeoKg, OptionalDouble payloadSsoKg,
                         OptionalDouble fairingDiameterM, OptionalDouble fairingVolumeM3,
                         double priceUsd, double priceLowUsd, double priceHighUsd, boolean reusable,
                         LocalDate firstFlight, LocalDate availableFrom, String scenarioOf, int successes, int failures,
                         double cadencePerYear, double peakAccelerationG, String confidence,
                         List<String> sources, String notes) {
        this(id, name, provider, status, payloadLeoKg, payloadSsoKg, fairingDiameterM, fairingVolumeM3, priceUsd,
                priceLowUsd, priceHighUsd, reusable, firstFlight, availableFrom, scenarioOf, successes, failures,
                cadencePerYear, peakAccelerationG, confidence, sources, notes, Optional.empty(),
                status.defaultEntrySlipMeanDays());
    }

    /**
     * The {@code p}-quantile of the date the vehicle is actually available: {@code availableFrom} plus the
     * exponential slip's quantile {@code -mean ln(1 - p)} (P50 = mean ln 2, P90 = mean ln 10), to the day.
     */
    public LocalDate availabilityQuantile(double p) {
        require(p >= 0 && p < 1, "quantile must be in [0, 1), found " + p);
        return availableFrom.plusDays(Math.round(-entrySlipMeanDays * Math.log(1 - p)));
    }

    /** True if this row is a price scenario of another row. */
    public boolean isScenario() {
        return !scenarioOf.isEmpty();
    }

    /** Posterior-mean probability that one launch succeeds, given {@code prior}. */
    public double reliability(ReliabilityPrior prior) {
        return prior.posteriorMean(successes, failures);
    }

    /** Days between two launches for one customer at the catalogued cadence. */
    public double launchSpacingDays() {
        return 365.25 / cadencePerYear;
    }

    private static void positive(String id, String column, double value) {
        require(Double.isFinite(value) && value > 0, "vehicle " + id + ": " + column + " must be a positive number, found " + value);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
