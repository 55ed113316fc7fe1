package io.orbitdc.core.scenario;

import io.orbitdc.core.scenario.schema.ScenarioSchema;
import io.orbitdc.core.workload.SdcDetector;
import io.orbitdc.core.workload.TrainingSpec;
import io.orbitdc.core.workload.Workload;
import io.orbitdc.core.workload.Workload.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Binds the {@code workloads:} list to the typed {@link Workload} records: the {@code type} word
 * picks the record, the fields each kind has are read into it (model defaults applied by the
 * workload's own factory), and a field written on a kind that has no use for it is an error at
 * that field, not a value silently dropped.
 */
final class WorkloadBinder {

    /** Fields every kind has. */
    private static final Set<String> COMMON = Set.of("type", "name", "share");

    /** The fields each kind has beyond {@link #COMMON}; every other WORKLOAD field is refused on it. */
    private static final Map<Kind, Set<String>> FIELDS = new EnumMap<>(Map.of(
            Kind.TRAINING, Set.of("modelParameters", "tokens", "checkpointInterval", "batchTokens", "gradientBytes",
                    "interSatelliteBandwidth", "modelFlopsUtilisation", "checkpointCost", "checkpointWriteRate",
                    "restartTime", "sdcDetection", "sdcDetectorOverhead", "sdcRecovery"),
            Kind.INFERENCE, Set.of("requestsPerSecond", "modelParameters"),
            Kind.EARTH_OBSERVATION, Set.of("rawDataPerOrbit", "reductionFactor")));

    private WorkloadBinder() {
    }

    /** The fields a workload of {@code kind} reads (for tests and docs). */
    static Set<String> fields(Kind kind) {
        return FIELDS.get(kind);
    }

    static List<Workload> bind(FieldReader r) {
        List<Workload> out = new ArrayList<>();
        // kinds and shares as written, also of workloads whose other fields are in error
        List<Kind> kinds = new ArrayList<>();
        double shares = 0;
        for (FieldReader w : r.groups("workloads")) {
            Kind kind = w.choice("type", Kind.class, Kind::id);
            double share = w.real("share");
            kinds.add(kind);
            shares += share;
            Workload workload = kind == null ? null : workload(w, kind, share);
            if (workload != null) {
                out.add(workload);
            }
        }
        if (kinds.stream().filter(k -> k == Kind.TRAINING).count() > 1) {
            r.error("workloads", "lists several training workloads; expected at most one (the twin runs one training job)");
        }
        if (shares > 1 + 1e-9) {
            r.error("workloads", String.format(Locale.ROOT, "shares add up to %.3f; expected at most 1", shares));
        }
        return out;
    }

    private static Workload workload(FieldReader w, Kind kind, double share) {
        int before = w.diagnostics().count();
        for (String field : ScenarioSchema.WORKLOAD.fieldNames()) {
            if (w.present(field) && !COMMON.contains(field) && !FIELDS.get(kind).contains(field)) {
                String owners = Arrays.stream(Kind.values()).filter(k -> FIELDS.get(k).contains(field)).map(Kind::id)
                        .collect(Collectors.joining(" or "));
                w.error(field, "has no meaning for " + article(kind.id()) + " " + kind.id() + " workload; expected it on " + article(owners) + " " + owners
                        + " workload only, or remove it");
            }
        }
        String name = w.optionalText("name").orElse(kind.id());
        // exhaustive over the kinds: a new kind does not compile until it is bound here
        return switch (kind) {
            case TRAINING -> training(w, name, share, before);
            case INFERENCE -> {
                need(w, kind, "requestsPerSecond");
                double rate = w.optionalReal("requestsPerSecond").orElse(Double.NaN);
                OptionalDouble parameters = w.optionalReal("modelParameters");
                yield build(w, before, () -> new Workload.Inference(name, share, rate, parameters));
            }
            case EARTH_OBSERVATION -> {
                need(w, kind, "rawDataPerOrbit");
                double raw = w.optionalQuantity("rawDataPerOrbit").orElse(Double.NaN);
                OptionalDouble reduction = w.optionalReal("reductionFactor");
                yield build(w, before, () -> new Workload.EarthObservation(name, share, raw, reduction));
            }
        };
    }

    private static Workload training(FieldReader w, String name, double share, int before) {
        need(w, Kind.TRAINING, "modelParameters", "tokens");
        OptionalDouble detection = w.optionalReal("sdcDetection");
        if (w.present("sdcRecovery") && !(detection.orElse(0.0) > 0.0)) {
            w.error("sdcRecovery", "says what a detected SDC costs, but no detector is stated; expected"
                    + " sdcDetection > 0 beside it (without a detector every SDC is silent)");
        }
        double parameters = w.optionalReal("modelParameters").orElse(Double.NaN);
        double tokens = w.optionalReal("tokens").orElse(Double.NaN);
        OptionalDouble batch = w.optionalReal("batchTokens");
        OptionalDouble gradient = w.optionalReal("gradientBytes");
        OptionalDouble bandwidth = w.optionalQuantity("interSatelliteBandwidth");
        OptionalDouble mfu = w.optionalReal("modelFlopsUtilisation");
        OptionalDouble cost = w.optionalQuantity("checkpointCost");
        OptionalDouble writeRate = w.optionalQuantity("checkpointWriteRate");
        OptionalDouble interval = w.optionalQuantity("checkpointInterval");
        OptionalDouble restart = w.optionalQuantity("restartTime");
        OptionalDouble overhead = w.optionalReal("sdcDetectorOverhead");
        boolean rollback = w.choice("sdcRecovery").equals("checkpoint");
        return build(w, before, () -> new Workload.Training(name, TrainingSpec.stated(parameters, tokens, share, batch,
                gradient, bandwidth, mfu, cost, writeRate, interval, restart,
                SdcDetector.stated(detection, overhead, rollback))));
    }

    private static String article(String word) {
        return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    private static void need(FieldReader w, Kind kind, String... fields) {
        for (String f : fields) {
            if (!w.present(f)) {
                w.error(f, "missing; a " + kind.id() + " workload needs " + f);
            }
        }
    }

    /**
     * The record from values read since {@code before} errors, or none when reading them reported
     * one already; a value the workload model refuses is reported at the workload.
     */
    private static Workload build(FieldReader w, int before, Supplier<Workload> make) {
        if (w.diagnostics().count() > before) {
            return null;
        }
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            // the workload models state their ranges as IllegalArgumentException (InputException is one too)
            w.diagnostics().error(w.location(), w.path(), e.getMessage());
            return null;
        }
    }
}
