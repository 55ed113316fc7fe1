package io.orbitdc.core.scenario;

import io.orbitdc.core.InputException;
import io.orbitdc.core.orbit.Earth;
import io.orbitdc.core.orbit.OrbitSpec;
import io.orbitdc.core.geometry.WalkerConstellation;
import io.orbitdc.core.launch.LaunchObjective;
import io.orbitdc.core.scenario.schema.ScenarioSchema;
import io.orbitdc.core.scenario.schema.Suggestions;
import io.orbitdc.core.scenario.yaml.YamlNode;
import io.orbitdc.core.sizing.FleetTarget;
import io.orbitdc.core.twin.schedule.GreedyPolicy;
import io.orbitdc.core.twin.schedule.SchedulerPolicies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Binds a located YAML tree to a {@link Scenario}: schema checks field by field (through
 * {@link FieldReader}), then the checks that involve several fields or the catalogs. Collects
 * every error before throwing.
 */
final class ScenarioBinder {

    /** Earliest epoch a scenario may start at: the bundled UTC-TAI table begins on 1972-01-01 (orekit-data.md). */
    static final Instant EARLIEST_EPOCH = Instant.parse("1972-01-01T00:00:00Z");
    /** First epoch refused: past 2100 the catalogs, the launch calendar and the leap-second extrapolation mean nothing. */
    static final Instant LATEST_EPOCH = Instant.parse("2100-01-01T00:00:00Z");

    /** Lowest perigee a scenario orbit may have: the bottom of {@link Earth#LEO}. */
    private static final double MIN_PERIGEE_M = Earth.LEO.minM();

    private final ScenarioCatalogs catalogs;
    private final Path baseDir;

    ScenarioBinder(ScenarioCatalogs catalogs, Path baseDir) {
        this.catalogs = catalogs;
        this.baseDir = baseDir;
    }

    Scenario bind(Diagnostics diagnostics, YamlNode root, String defaultName) {
        FieldReader r = new FieldReader(diagnostics, "", ScenarioSchema.ROOT, root, root.location());
        r.whole("orbitdc");
        double durationS = r.quantity("duration");
        double stepS = r.quantity("step");
        if (stepS > durationS) {
            r.error("step", "found a step longer than the duration; expected a step of at most the duration");
        }
        Instant epoch = r.instant("epoch");
        if (epoch.isBefore(EARLIEST_EPOCH) || !epoch.isBefore(LATEST_EPOCH)) {
            // a typo such as +99999 would otherwise fly: the bundled leap-second table starts in 1972
            // and the analytical Sun and launch catalog are meaningless centuries away
            r.error("epoch", "found " + epoch + "; expected an epoch from " + EARLIEST_EPOCH + " to before " + LATEST_EPOCH);
        }
        boolean orbital = r.present("orbit") || r.present("shells") || r.present("constellation") || r.present("satellite")
                || r.present("target");
        List<Shell> shells = orbital ? shells(r, epoch) : List.of();
        Optional<SatelliteDesign> satellite = orbital
                ? Optional.ofNullable(new SatelliteBinder(catalogs).bind(r.group("satellite"))) : Optional.empty();
        Optional<FleetTarget> target = r.present("target") ? Optional.ofNullable(target(r.group("target"))) : Optional.empty();
        Scenario scenario = new Scenario(diagnostics.file(), r.optionalText("name").orElse(defaultName),
                r.text("description"), epoch, durationS, stepS, r.whole("seed"), r.quantity("missionLife"),
                shells, target, satellite, groundStations(r), links(r.group("links")), WorkloadBinder.bind(r), launch(r.group("launch"), epoch),
                economics(r.group("economics")), scheduler(r), diagnostics.sourceMap(r.present("shells")), sky(r));
        diagnostics.throwIfAny();
        return scenario;
    }

    private List<Shell> shells(FieldReader r, Instant epoch) {
        if (r.present("shells")) {
            List<Shell> shells = new ArrayList<>();
            for (FieldReader s : r.groups("shells")) {
                shells.add(shell(s.group("orbit"), s.group("constellation"), epoch));
            }
            if (shells.isEmpty()) {
                r.error("shells", "found an empty list; expected at least one shell");
            }
            return shells;
        }
        return List.of(shell(r.group("orbit"), r.group("constellation"), epoch));
    }

    /** One shell, with the checks that involve both its orbit and its constellation. */
    private Shell shell(FieldReader o, FieldReader c, Instant epoch) {
        Optional<OrbitSpec> orbit = orbit(o, epoch);
        ConstellationSpec constellation = constellation(c);
        if (orbit.isPresent() && orbit.get().eccentricity() > 0 && constellation.type() == ConstellationSpec.Type.CLUSTER) {
            o.error("eccentricity", "found " + orbit.get().eccentricity() + " with a cluster formation; expected 0 (the"
                    + " formation's relative eccentricity lattice is built around a circular reference orbit)");
        }
        return new Shell(orbit.orElse(null), o.choice("propagator"), constellation);
    }

    /**
     * The shell's orbit as the engines take it: mean elements with the satellite at mean argument
     * of latitude 0 (M = −ω) at the epoch, so a circular orbit is the same whatever ω. Empty when a
     * field failed (the error is collected and the binding throws before the orbit is used).
     */
    private static Optional<OrbitSpec> orbit(FieldReader o, Instant epoch) {
        Optional<String> word = o.word("inclination");
        OptionalDouble inclination = word.isPresent() ? OptionalDouble.empty() : o.optionalQuantity("inclination");
        if (word.isEmpty() && inclination.isEmpty() && !o.present("inclination")) {
            inclination = OptionalDouble.empty();
        }
        double altitude = o.quantity("altitude");
        double e = o.real("eccentricity");
        double perigee = Earth.semiMajorAxisM(altitude) * (1 - e) - Earth.EQUATORIAL_RADIUS_M;
        double excursion = Earth.semiMajorAxisM(altitude) * e;
        if (perigee < MIN_PERIGEE_M && altitude >= MIN_PERIGEE_M) {
            o.error("eccentricity", String.format(Locale.ROOT,
                    "puts the perigee at %.0f km; expected a perigee of at least 160 km (drag)", perigee / 1000));
        } else if (excursion > ScenarioSchema.MAX_RADIAL_EXCURSION_M) {
            o.error("eccentricity", String.format(Locale.ROOT, "found %s: perigee and apogee %.0f km from the mean"
                    + " altitude; expected at most %.0f km (e <= %.5f here), the near-circular orbits the sizing"
                    + " closed forms cover (docs/models/eccentric-orbits.md)", Double.toString(e),
                    excursion / 1000, ScenarioSchema.MAX_RADIAL_EXCURSION_M / 1000,
                    ScenarioSchema.MAX_RADIAL_EXCURSION_M / Earth.semiMajorAxisM(altitude)));
        }
        double omega = o.quantity("argumentOfPerigee");
        if (e == 0 && o.present("argumentOfPerigee") && omega != 0) {
            o.error("argumentOfPerigee", "has no meaning for a circular orbit (eccentricity 0); expected an"
                    + " eccentricity above 0, or no argumentOfPerigee");
        }
        double ltan = o.timeOfDayHours("ltan");
        double raan = o.quantity("raan");
        if (Double.isNaN(altitude) || Double.isNaN(e) || Double.isNaN(raan) || Double.isNaN(omega)) {
            return Optional.empty(); // a field failed and is reported; the binding throws with the collected errors
        }
        try {
            return Optional.of(new OrbitSpec(altitude, word.isPresent() ? OptionalDouble.empty() : inclination, ltan, e,
                    raan, omega, -omega, epoch));
        } catch (InputException ex) {
            // a value out of the schema's bounds is already reported; otherwise this reports, rather than
            // hides, a gap between the schema's bounds and the orbit's own
            if (!o.diagnostics().hasErrors()) {
                o.error("altitude", ex.getMessage());
            }
            return Optional.empty();
        }
    }

    private ConstellationSpec constellation(FieldReader c) {
        ConstellationSpec.Type type = c.choice("type", ConstellationSpec.Type.class, ConstellationSpec.Type::id);
        int satellites = c.whole("satellites");
        int planes = c.whole("planes");
        if (type == ConstellationSpec.Type.WALKER && planes > 0 && satellites % planes != 0) {
            c.error("satellites", satellites + " satellites do not divide into " + planes
                    + " planes; expected a multiple of the number of planes");
        }
        int phasing = c.whole("phasing");
        if (type == ConstellationSpec.Type.WALKER && planes > 0 && phasing >= planes) {
            c.error("phasing", "found " + phasing + " with " + planes + " planes; expected a phasing F from 0 to "
                    + (planes - 1) + " (F counts slots between adjacent planes, modulo the planes)");
        }
        if (type == ConstellationSpec.Type.SINGLE && c.present("satellites") && satellites != 1) {
            c.error("satellites", "found " + satellites + " with type single; expected 1, or type cluster or walker");
        }
        Optional<Path> tle = c.optionalText("file").map(baseDir::resolve);
        if (type == ConstellationSpec.Type.TLE) {
            if (tle.isEmpty()) {
                c.error("file", "missing; type tle expects the path of a TLE or OMM file");
            } else if (!Files.isRegularFile(tle.get())) {
                c.error("file", "no file at " + tle.get() + "; expected a TLE or OMM file");
            }
        }
        return new ConstellationSpec(type, satellites, c.quantity("clusterRadius"), planes, phasing,
                c.choice("pattern", WalkerConstellation.Pattern.class, WalkerConstellation.Pattern::id), tle);
    }

    private static LinkSettings links(FieldReader l) {
        return new LinkSettings(l.quantity("range"), l.quantity("grazingHeight"), LinkBinder.optical(l.group("optical")),
                LinkBinder.downlink(l.group("downlink")));
    }

    /** The sizing model's fleet target: so many accelerators, or so much IT load (the schema admits one of the two). */
    private static FleetTarget target(FieldReader t) {
        int before = t.diagnostics().count();
        OptionalInt accelerators = t.optionalWhole("accelerators");
        OptionalDouble itPower = t.optionalQuantity("itPower");
        if (accelerators.isEmpty() && itPower.isEmpty()) {
            t.diagnostics().error(t.location(), t.path(), "is empty; expected accelerators or itPower");
        }
        return SatelliteBinder.spec(t, before, () -> accelerators.isPresent()
                ? new FleetTarget.Accelerators(accelerators.getAsInt())
                : new FleetTarget.ItPower(itPower.getAsDouble()));
    }

    private List<GroundStation> groundStations(FieldReader r) {
        List<GroundStation> out = new ArrayList<>();
        for (FieldReader.Item item : r.items("groundStations")) {
            String path = "groundStations[" + item.index() + "]";
            if (item.node() instanceof YamlNode.Scalar s && !s.isNull()) {
                String id = s.text().trim();
                Optional<GroundStation> gs = catalogs.groundStation(id);
                if (gs.isEmpty()) {
                    String hint = Suggestions.closest(id, catalogs.groundStationIds()).map(n -> "did you mean '" + n + "'?")
                            .orElse("expected a ground-station catalog id or an inline {name, latitude, longitude}");
                    r.diagnostics().error(s.location(), path, "unknown ground station '" + id + "'; " + hint);
                }
                gs.ifPresent(out::add);
            } else {
                FieldReader g = new FieldReader(r.diagnostics(), path, ScenarioSchema.GROUND_STATION, item.node(),
                        item.node().location());
                String name = g.text("name");
                out.add(new GroundStation(name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"), name,
                        g.quantity("latitude"), g.quantity("longitude"), g.quantity("altitude"), g.quantity("minElevation")));
            }
        }
        return out;
    }

    /** The {@code sky:} section; observers default to {@link SkySettings#defaultObservers()}. */
    private static SkySettings sky(FieldReader r) {
        FieldReader s = r.group("sky");
        io.orbitdc.core.geometry.sky.BrightnessModel model = s.choice("model",
                io.orbitdc.core.geometry.sky.BrightnessModel.class, io.orbitdc.core.geometry.sky.BrightnessModel::id);
        List<io.orbitdc.core.geometry.sky.SkyObserver> observers = new ArrayList<>();
        if (s.present("observers")) {
            for (FieldReader o : s.groups("observers")) {
                double lat = o.quantity("latitude");
                double lon = o.quantity("longitude");
                if (Double.isFinite(lat) && Double.isFinite(lon)) {
                    observers.add(new io.orbitdc.core.geometry.sky.SkyObserver(o.text("name"), lat, lon));
                }
            }
        } else {
            observers.addAll(SkySettings.defaultObservers());
        }
        double albedo = s.real("albedo");
        return new SkySettings(model == null ? io.orbitdc.core.geometry.sky.BrightnessModel.DIFFUSE_SPHERE : model,
                s.optionalQuantity("area"), Double.isFinite(albedo) ? albedo : SkySettings.DEFAULT_ALBEDO, observers);
    }

    /** The scheduler policy name, checked against the policies on the classpath. */
    private static String scheduler(FieldReader r) {
        String name = r.optionalText("scheduler").orElse(GreedyPolicy.NAME);
        SchedulerPolicies known = SchedulerPolicies.installed();
        if (known.byName(name).isEmpty()) {
            r.error("scheduler", "unknown scheduler policy '" + name + "'; " + Suggestions.closest(name, known.names())
                    .map(n -> "did you mean '" + n + "'? ").orElse("") + "expected one of " + String.join(", ", known.names()));
        }
        return name;
    }

    private LaunchSettings launch(FieldReader l, java.time.Instant epoch) {
        List<String> vehicles = l.texts("vehicles");
        for (String v : vehicles) {
            if (!catalogs.launchVehicleIds().contains(v)) {
                l.error("vehicles", "unknown launch vehicle '" + v + "'; " + Suggestions.closest(v, catalogs.launchVehicleIds())
                        .map(n -> "did you mean '" + n + "'?").orElse("expected a launch-vehicle catalog id"));
            }
        }
        List<String> exclude = providers(l, "excludeProviders");
        List<String> allow = providers(l, "allowProviders");
        java.time.Instant start = l.present("start") ? l.instant("start") : epoch;
        if (start.isBefore(EARLIEST_EPOCH) || !start.isBefore(LATEST_EPOCH)) {
            l.error("start", "found " + start + "; expected a date from " + EARLIEST_EPOCH + " to before " + LATEST_EPOCH);
        }
        return new LaunchSettings(vehicles, exclude, allow, start,
                l.choice("objective", LaunchObjective.class, ScenarioSchema::word), l.optionalQuantity("pricePerKg"),
                l.flag("allowDrift"), l.quantity("rebuildLeadTime"), l.whole("monteCarloRuns"), l.real("annualLossRate"),
                l.optionalQuantity("satelliteUnitCost"));
    }

    /** Provider names match the catalog case-insensitively ("spacex" is SpaceX). */
    private List<String> providers(FieldReader l, String field) {
        List<String> out = new ArrayList<>();
        for (String p : l.texts(field)) {
            Optional<String> known = catalogs.launchProviders().stream().filter(k -> k.equalsIgnoreCase(p)).findFirst();
            if (known.isEmpty()) {
                l.error(field, "unknown launch provider '" + p + "'; " + Suggestions.closest(p, catalogs.launchProviders())
                        .map(n -> "did you mean '" + n + "'?")
                        .orElse("expected one of " + catalogs.launchProviders().stream().sorted().collect(Collectors.joining(", "))));
            }
            out.add(known.orElse(p));
        }
        return out;
    }

    private EconomicsSettings economics(FieldReader e) {
        FieldReader t = e.group("terrestrial");
        String site = t.text("site");
        if (!catalogs.terrestrialSiteIds().contains(site)) {
            t.error("site", "unknown terrestrial site '" + site + "'; " + Suggestions.closest(site, catalogs.terrestrialSiteIds())
                    .map(n -> "did you mean '" + n + "'?").orElse("expected a terrestrial-site catalog id"));
        }
        TerrestrialSettings terrestrial = new TerrestrialSettings(site, t.optionalQuantity("itPower"),
                t.optionalWhole("accelerators"), t.optionalReal("pue"), t.optionalQuantity("electricityPrice"),
                t.optionalQuantity("facilityCapex"), t.optionalQuantity("timeToPower"), t.real("utilisation"),
                t.real("availability"), t.optionalQuantity("hardwareLife"), t.quantity("facilityLife"),
                t.real("sparesFraction"), t.real("operationsFraction"), t.quantity("waterPrice"));
        return new EconomicsSettings(e.real("discountRate"), e.quantity("satelliteCostPerW"),
                e.optionalQuantity("satelliteCostPerKg"), e.real("operationsFraction"), e.quantity("groundSegmentPerYear"),
                e.real("insurance"),
                e.real("acceleratorFailureRate"), e.real("disposalFraction"), e.real("deliveredFraction"), terrestrial);
    }
}
