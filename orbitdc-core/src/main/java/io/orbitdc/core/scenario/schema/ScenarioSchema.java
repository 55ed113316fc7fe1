package io.orbitdc.core.scenario.schema;

import static io.orbitdc.core.scenario.schema.FieldSpec.optional;
import static io.orbitdc.core.scenario.schema.FieldSpec.required;

import io.orbitdc.core.geometry.ClusterFormation;
import io.orbitdc.core.geometry.GeometryRequest;
import io.orbitdc.core.orbit.Earth;
import io.orbitdc.core.orbit.OrbitSpec;
import io.orbitdc.core.geometry.WalkerConstellation;
import io.orbitdc.core.launch.LaunchObjective;
import io.orbitdc.core.scenario.ConstellationSpec;
import io.orbitdc.core.sizing.PowerRegulation;
import io.orbitdc.core.sizing.DoseCase;
import io.orbitdc.core.sizing.RadiatorOrientation;
import io.orbitdc.core.units.Dimension;
import io.orbitdc.core.workload.Workload;
import java.util.List;

/**
 * The scenario file format, version 1: every field name (the public contract in DESIGN.md),
 * its type, default, description and physical bounds. Validation, {@code orbitdc scenario
 * --defaults} and {@code --schema} are all generated from this one declaration.
 */
public final class ScenarioSchema {

    public static final int VERSION = 1;

    private ScenarioSchema() {
    }

    private static FieldType q(Dimension d) {
        return new FieldType.Quantity(d);
    }

    private static final FieldType REAL = new FieldType.Real();
    private static final FieldType WHOLE = new FieldType.Whole();
    private static final FieldType TEXT = new FieldType.Text();
    private static final FieldType FLAG = new FieldType.Flag();

    private static FieldType choice(String... values) {
        return new FieldType.Choice(List.of(values));
    }

    /** The scenario word of an enum constant named as the word in upper case ({@code COST} is {@code cost}). */
    public static String word(Enum<?> constant) {
        return constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** A choice whose words are the ids of a model enum, so the file format and the models cannot disagree. */
    private static <E extends Enum<E>> FieldType choice(E[] values, java.util.function.Function<E, String> id) {
        return new FieldType.Choice(java.util.Arrays.stream(values).map(id).toList());
    }

    private static final double KM = 1000.0;
    private static final double DEG = Math.PI / 180.0;
    private static final double YEAR_S = 365.25 * 86400.0;

    /** Most satellites a fleet may have, configured or derived from a target; filings top out near a million. */
    public static final int MAX_SATELLITES = 2_000_000;

    /**
     * Largest radial excursion a·e of an orbit from its mean altitude: the sizing closed forms take
     * the mean altitude, and within 25 km the orbit-averaged drag (Bessel factor I0(ae/H), H ≥ 50 km)
     * and dose change by under 7 % and 1 % (docs/models/eccentric-orbits.md).
     */
    public static final double MAX_RADIAL_EXCURSION_M = OrbitSpec.SIZING_MAX_RADIAL_EXCURSION_M;

    public static final List<String> PROPAGATORS =
            List.of("j2-secular", "eckstein-hechler", "brouwer-lyddane", "sgp4", "numerical");

    public static final ObjectSchema ORBIT = new ObjectSchema("orbit", "One circular or near-circular orbit.", List.of(
            optional("altitude", q(Dimension.LENGTH), "650 km", "Mean altitude above the equatorial radius.")
                    .bounded(Bound.between(Earth.LEO.minM(), Earth.LEO.maxM(),
                            "below 160 km drag brings a satellite down within days; orbitdc's radiation, drag and view-factor models cover LEO up to 2,000 km")),
            optional("inclination", new FieldType.QuantityOrWord(Dimension.ANGLE, List.of("sso")), "sso",
                    "Inclination, or sso for the sun-synchronous value from the J2 condition.")
                    .bounded(new Bound(0, true, Math.PI, false,
                            "inclination is an angle from 0 up to (not including) 180 deg, where the node is undefined")),
            optional("ltan", new FieldType.TimeOfDay(), "06:00",
                    "Local time of the ascending node (sun-synchronous orbits); 06:00 or 18:00 is dawn-dusk."),
            optional("eccentricity", REAL, "0", "Eccentricity; orbitdc's budgets assume near-circular orbits.")
                    .bounded(new Bound(0, true, 0.1, false, "orbitdc models near-circular LEO orbits (e < 0.1)")),
            optional("raan", q(Dimension.ANGLE), "0 deg", "Right ascension of the ascending node at epoch (ignored when ltan sets it)."),
            optional("argumentOfPerigee", q(Dimension.ANGLE), "0 deg", "Argument of perigee at epoch."),
            optional("propagator", new FieldType.Choice(PROPAGATORS), "j2-secular",
                    "Orbit propagator: fast J2 secular (default for big fleets), Eckstein-Hechler, Brouwer-Lyddane, SGP4 (TLE), or numerical (gravity field, drag, solar pressure).")));

    public static final ObjectSchema CONSTELLATION = new ObjectSchema("constellation", "How many satellites fly the orbit and how they are arranged.", List.of(
            optional("type", choice(ConstellationSpec.Type.values(), ConstellationSpec.Type::id), ConstellationSpec.Type.SINGLE.id(), "single, cluster (a tight formation), walker, or tle (satellites from a TLE/OMM file)."),
            optional("satellites", WHOLE, "1", "Number of satellites.")
                    .bounded(Bound.between(1, MAX_SATELLITES, "a fleet has at least one satellite; filings top out near a million")),
            optional("clusterRadius", q(Dimension.LENGTH), "1 km", "Radius of a cluster formation.")
                    .bounded(new Bound(0, false, ClusterFormation.MAX_RADIUS_M, false,
                            "a formation radius is positive and below 100 km, where its linear relative motion holds")),
            optional("planes", WHOLE, "1", "Walker: number of orbital planes.")
                    .bounded(Bound.atLeast(1, "a constellation has at least one plane")),
            optional("phasing", WHOLE, "0", "Walker: phasing parameter F.")
                    .bounded(Bound.atLeast(0, "phasing is a non-negative whole number")),
            optional("pattern", choice(WalkerConstellation.Pattern.values(), WalkerConstellation.Pattern::id), WalkerConstellation.Pattern.DELTA.id(), "Walker: delta (RAAN over 360 deg) or star (over 180 deg)."),
            optional("file", TEXT, null, "tle: path of a TLE or OMM file, relative to the scenario file.")));

    public static final ObjectSchema SHELL = new ObjectSchema("shell", "One orbit and the satellites that fly it.", List.of(
            required("orbit", new FieldType.Group(ORBIT), "The shell's orbit."),
            optional("constellation", new FieldType.Group(CONSTELLATION), null, "The shell's satellites.")));

    public static final ObjectSchema TARGET = new ObjectSchema("target", "A fleet compute target; the number of satellites follows from it.", List.of(
            optional("accelerators", WHOLE, null, "Accelerator units the fleet must carry, e.g. 10000 H100s.")
                    .bounded(Bound.atLeast(1, "a target needs at least one accelerator")),
            optional("itPower", q(Dimension.POWER), null, "IT load the fleet must supply, e.g. 40 MW.")
                    .bounded(Bound.above(0, "an IT power target must be positive"))),
            List.of(List.of("accelerators", "itPower")));

    public static final ObjectSchema ACCELERATOR = new ObjectSchema("accelerator", "An accelerator written inline; 'base' starts from a catalog entry.", List.of(
            optional("base", new FieldType.CatalogId(Catalog.ACCELERATOR), null, "Catalog id to start from; the other fields override it."),
            optional("name", TEXT, null, "Display name."),
            optional("vendor", TEXT, null, "Vendor."),
            optional("kind", choice("gpu", "tpu", "soc", "rack"), "gpu", "gpu, tpu, soc or rack."),
            optional("gpuCount", WHOLE, "1", "Accelerator chips in one unit (72 for an NVL72 rack).")
                    .bounded(Bound.atLeast(1, "a unit holds at least one chip")),
            optional("power", q(Dimension.POWER), null, "Thermal design power of one unit.")
                    .bounded(Bound.above(0, "an accelerator draws power")),
            optional("memory", q(Dimension.DATA), null, "Memory of one unit, e.g. 80 GB.")
                    .bounded(Bound.atLeast(0, "memory cannot be negative")),
            optional("bf16", q(Dimension.OPERATIONS_RATE), null, "Dense BF16 throughput, e.g. 989 TFLOPS.")
                    .bounded(Bound.atLeast(0, "throughput cannot be negative")),
            optional("int8", q(Dimension.OPERATIONS_RATE), null, "Dense INT8 throughput, e.g. 1979 TOPS.")
                    .bounded(Bound.atLeast(0, "throughput cannot be negative")),
            optional("maxDieTemperature", q(Dimension.TEMPERATURE), null, "Die temperature at which the part throttles.")
                    .bounded(Bound.between(273.15, 473.15, "silicon die limits lie between 0 C and 200 C")),
            optional("tidLimit", q(Dimension.DOSE), null, "Total ionizing dose the part tolerates, e.g. 2 krad.")
                    .bounded(Bound.above(0, "a dose limit must be positive")),
            optional("mass", q(Dimension.MASS), null, "Mass per unit including its share of the server.")
                    .bounded(Bound.atLeast(0, "mass cannot be negative")),
            optional("volume", q(Dimension.VOLUME), null, "Envelope per unit including its share of the server.")
                    .bounded(Bound.atLeast(0, "volume cannot be negative")),
            optional("price", q(Dimension.MONEY), null, "Unit price.")
                    .bounded(Bound.atLeast(0, "a price cannot be negative")),
            optional("radPerSdc", q(Dimension.DOSE), null, "Dose per silent data corruption.")
                    .bounded(Bound.above(0, "dose per event must be positive")),
            optional("radPerUecc", q(Dimension.DOSE), null, "Dose per uncorrectable memory error.")
                    .bounded(Bound.above(0, "dose per event must be positive")),
            optional("radPerCrash", q(Dimension.DOSE), null, "Dose per crash (single-event functional interrupt).")
                    .bounded(Bound.above(0, "dose per event must be positive"))));

    public static final ObjectSchema BUS = new ObjectSchema("bus", "The satellite bus: avionics, attitude control, communications, thermal pumps.", List.of(
            optional("power", q(Dimension.POWER), "300 W", "Fixed bus load.")
                    .bounded(Bound.atLeast(0, "a load cannot be negative")),
            optional("powerFraction", REAL, "0.05", "Bus load that scales with the IT load (pumps, power conversion control), as a fraction of it.")
                    .bounded(Bound.between(0, 1, "a fraction of the IT load from 0 to 1")),
            optional("mass", q(Dimension.MASS), "60 kg", "Fixed bus mass (avionics, ADCS, comms).")
                    .bounded(Bound.atLeast(0, "mass cannot be negative"))));

    public static final ObjectSchema SOLAR_ARRAY = new ObjectSchema("solarArray", "The solar array; unset fields come from the cell catalog entry.", List.of(
            optional("cell", new FieldType.CatalogId(Catalog.SOLAR_CELL), "gaas-tj-xtj-rollout", "Solar cell catalog id."),
            optional("efficiency", REAL, null, "Beginning-of-life AM0 cell efficiency (default: the cell's).")
                    .bounded(Bound.between(1e-3, 0.7, "cell efficiencies lie from 0.1 % to 70 % (above the multi-junction record)")),
            optional("degradationPerYear", REAL, null, "Fractional output loss per year (default: the cell's).")
                    .bounded(Bound.between(0, 0.5, "the array model takes a yearly loss from 0 to 50 %")),
            optional("specificPower", q(Dimension.SPECIFIC_POWER), null, "Array-level specific power at beginning of life (default: the cell's).")
                    .bounded(Bound.above(0, "specific power must be positive")),
            optional("temperatureCoefficient", q(Dimension.RATE.dividedBy(Dimension.TEMPERATURE).times(Dimension.DURATION)), null,
                    "Relative efficiency change per kelvin, e.g. -0.22 %/K (default: the cell's)."),
            optional("operatingTemperature", q(Dimension.TEMPERATURE), "60 C", "Cell temperature in sunlight.")
                    .bounded(Bound.between(150, 450, "array temperatures in LEO lie between about -120 C and 180 C")),
            optional("packingFactor", REAL, "0.90", "Fraction of the array area covered by cells.")
                    .bounded(Bound.fractionAboveZero("a packing factor lies in (0, 1]")),
            optional("inherentEfficiency", REAL, "0.90", "Wiring, mismatch and assembly losses kept, as a fraction (SMAD's inherent degradation less temperature).")
                    .bounded(Bound.fractionAboveZero("a fraction in (0, 1]")),
            optional("sunIncidence", q(Dimension.ANGLE), "0 deg", "Angle between the sun and the array normal (0 for a sun-tracking array).")
                    .bounded(Bound.between(0, 85 * DEG, "the array model takes the sun within 85 deg of the normal (cosine losses beyond are not modelled)")),
            optional("solarConstant", q(Dimension.IRRADIANCE), "1361 W/m2", "Solar irradiance at 1 AU.")
                    .bounded(Bound.between(1300, 1420, "total solar irradiance is 1361 W/m2 within about 3.5 % over a year"))));

    public static final ObjectSchema POWER_SYSTEM = new ObjectSchema("powerSystem", "Power conditioning between array, battery and loads.", List.of(
            optional("regulation", choice(PowerRegulation.values(), PowerRegulation::id), PowerRegulation.MPPT_BATTERY_BUS.id(),
                    "Regulation scheme; sets the default path efficiencies. mppt-battery-bus: MPPT array regulators onto a battery-dominated bus (current LEO practice); the other two are SMAD's 1999 schemes."),
            optional("eclipsePathEfficiency", REAL, null, "Array-to-battery-to-load efficiency (SMAD X_e; mppt-battery-bus: X_d x battery charge x discharge efficiency = 0.876 with the default battery; 0.65 DET, 0.60 PPT).")
                    .bounded(Bound.fractionAboveZero("an efficiency lies in (0, 1]")),
            optional("daylightPathEfficiency", REAL, null, "Array-to-load efficiency (SMAD X_d; mppt-battery-bus 0.931 = 0.95 regulator x 0.98 distribution; 0.85 DET, 0.80 PPT).")
                    .bounded(Bound.fractionAboveZero("an efficiency lies in (0, 1]"))));

    public static final ObjectSchema BATTERY = new ObjectSchema("battery", "The battery; unset fields come from the cell catalog entry.", List.of(
            optional("cell", new FieldType.CatalogId(Catalog.BATTERY), "saft-ves180-liion", "Battery catalog id."),
            optional("specificEnergy", q(Dimension.SPECIFIC_ENERGY), null, "Pack-level specific energy (default: the cell's).")
                    .bounded(Bound.between(1e3, 5e6, "pack specific energies lie from 0.3 Wh/kg to 1,400 Wh/kg")),
            optional("depthOfDischarge", REAL, null, "Allowed depth of discharge per eclipse (default: the cell's).")
                    .bounded(Bound.fractionAboveZero("a depth of discharge of 0 stores nothing usable; it lies in (0, 1]")),
            optional("chargeEfficiency", REAL, null, "Charge efficiency (default: the cell's).")
                    .bounded(Bound.fractionAboveZero("an efficiency lies in (0, 1]")),
            optional("dischargeEfficiency", REAL, null, "Discharge efficiency (default: the cell's).")
                    .bounded(Bound.fractionAboveZero("an efficiency lies in (0, 1]"))));

    public static final ObjectSchema RADIATOR = new ObjectSchema("radiator", "The heat-rejection radiator; unset optical properties come from the coating.", List.of(
            optional("coating", new FieldType.CatalogId(Catalog.RADIATOR_COATING), "az-93-white-paint", "Radiator coating catalog id."),
            optional("temperature", q(Dimension.TEMPERATURE), "45 C", "Radiator surface temperature.")
                    .bounded(Bound.between(150, 600, "radiator temperatures lie between about -120 C and 330 C")),
            optional("emissivity", REAL, null, "Infrared emissivity (default: the coating's).")
                    .bounded(Bound.fractionAboveZero("an emissivity lies in (0, 1]")),
            optional("absorptivity", REAL, null, "Solar absorptivity (default: the coating's beginning-of-life value).")
                    .bounded(Bound.between(0, 1, "an absorptivity lies in [0, 1]")),
            optional("arealMass", q(Dimension.AREAL_DENSITY), "3.6 kg/m2", "Radiator system mass per area including plumbing.")
                    .bounded(Bound.above(0, "a radiator has mass")),
            optional("sides", WHOLE, "2", "Radiating faces: 1 or 2.")
                    .bounded(Bound.between(1, 2, "a panel radiates from one or two faces")),
            optional("orientation", choice(RadiatorOrientation.values(), RadiatorOrientation::id), RadiatorOrientation.EDGE_ON_TO_SUN.id(), "edge-on: panel edge towards the sun, faces seeing Earth sideways (dawn-dusk); sun-facing: one face in full sun; nadir: one face towards Earth."),
            optional("sunFactor", REAL, null, "Fraction of full sunlight absorbed on the radiator (default from orientation).")
                    .bounded(Bound.between(0, 1, "a fraction from 0 to 1")),
            optional("earthViewFactor", REAL, null, "View factor to the Earth for infrared (default from orientation and altitude).")
                    .bounded(Bound.between(0, 2, "a view factor summed over at most two faces lies in [0, 2]")),
            optional("albedoViewFactor", REAL, null, "View factor for reflected sunlight (default from orientation and altitude).")
                    .bounded(Bound.between(0, 2, "a view factor summed over at most two faces lies in [0, 2]")),
            optional("absorbedFlux", q(Dimension.IRRADIANCE), null, "Override of all absorbed environmental flux per m2 of panel (sun, albedo, Earth IR).")
                    .bounded(Bound.atLeast(0, "absorbed flux cannot be negative"))));

    public static final ObjectSchema SATELLITE = new ObjectSchema("satellite", "One satellite of the fleet.", List.of(
            optional("accelerator", new FieldType.CatalogRef(Catalog.ACCELERATOR, ACCELERATOR), "nvidia-h100-sxm", "Accelerator catalog id, or an inline object."),
            optional("acceleratorsPerSatellite", WHOLE, "8", "Accelerator units per satellite.")
                    .bounded(Bound.between(1, 1_000_000, "a satellite carries at least one accelerator")),
            optional("itOverhead", REAL, "0.35", "Host CPU, memory and network power as a fraction of accelerator power.")
                    .bounded(Bound.between(0, 5, "an overhead fraction from 0 to 5")),
            optional("bus", new FieldType.Group(BUS), null, "Bus load and mass."),
            optional("solarArray", new FieldType.Group(SOLAR_ARRAY), null, "Solar array."),
            optional("powerSystem", new FieldType.Group(POWER_SYSTEM), null, "Power conditioning."),
            optional("battery", new FieldType.Group(BATTERY), null, "Battery."),
            optional("radiator", new FieldType.Group(RADIATOR), null, "Radiator."),
            optional("thermalResistance", q(Dimension.THERMAL_RESISTANCE), "0.03 K/W", "Die-to-radiator thermal resistance per accelerator unit.")
                    .bounded(Bound.atLeast(0, "a thermal resistance cannot be negative")),
            optional("shielding", q(Dimension.LENGTH), "10 mm", "Aluminium-equivalent shielding around the compute.")
                    .bounded(Bound.between(0.5e-3, 0.05, "the dose model covers 0.5 to 50 mm of aluminium")),
            optional("doseCase", choice(DoseCase.values(), DoseCase::id), DoseCase.CENTRAL.id(), "Which end of the total-dose band the digital twin flies (low, central, high): its single events and TID failures, and so cost --with-twin; size always reports the whole band."),
            optional("structureFraction", REAL, "0.20", "Structure mass as a fraction of satellite mass.")
                    .bounded(new Bound(0, true, 0.6, false, "structure takes a fraction from 0 to 0.6 of the mass")),
            optional("propulsionFraction", REAL, "0.05", "Propulsion (dry + propellant) as a fraction of satellite mass.")
                    .bounded(new Bound(0, true, 0.5, false, "propulsion takes a fraction from 0 to 0.5 of the mass")),
            optional("maxMass", q(Dimension.MASS), null, "Largest satellite mass allowed (e.g. by a launcher or dispenser).")
                    .bounded(Bound.above(0, "a mass limit must be positive")),
            optional("maxAcceleration", q(Dimension.ACCELERATION), "10 g", "Highest sustained launch acceleration the satellite tolerates (kinetic launchers need thousands of g).")
                    .bounded(Bound.above(0, "a tolerable acceleration must be positive")),
            optional("stowedDensity", q(Dimension.DENSITY), "150 kg/m3", "Mass per stowed volume in the fairing (arrays and radiators folded).")
                    .bounded(Bound.between(10, 3000, "stowed spacecraft densities lie between about 10 and 3,000 kg/m3"))));

    public static final ObjectSchema GROUND_STATION = new ObjectSchema("groundStation", "A ground station written inline.", List.of(
            required("name", TEXT, "Station name."),
            required("latitude", new FieldType.Degrees(), "Geodetic latitude; a bare number is in degrees.")
                    .bounded(Bound.between(-Math.PI / 2, Math.PI / 2, "latitude lies between -90 and 90 deg")),
            required("longitude", new FieldType.Degrees(), "Longitude east; a bare number is in degrees.")
                    .bounded(Bound.between(-Math.PI, 2 * Math.PI, "longitude lies between -180 and 360 deg")),
            optional("altitude", q(Dimension.LENGTH), "0 m", "Height above the ellipsoid.")
                    .bounded(Bound.between(-500, 9000, "stations stand between -500 m and 9,000 m")),
            optional("minElevation", q(Dimension.ANGLE), "5 deg", "Elevation mask.")
                    .bounded(new Bound(0, true, Math.PI / 2, false, "an elevation mask lies from 0 up to (not including) 90 deg"))));

    public static final ObjectSchema WORKLOAD = new ObjectSchema("workload", "An AI workload the fleet runs (simulated by the digital twin).", List.of(
            required("type", choice(Workload.Kind.values(), Workload.Kind::id), "training, inference or earth-observation."),
            optional("name", TEXT, null, "Label."),
            optional("share", REAL, "1", "Fraction of the fleet's compute given to this workload.")
                    .bounded(Bound.fractionAboveZero("a share lies in (0, 1]")),
            optional("modelParameters", REAL, null, "training: model parameters, e.g. 7e10.")
                    .bounded(Bound.between(1e6, 1e14, "from a million parameters to 100 trillion")),
            optional("tokens", REAL, null, "training: tokens to train on.")
                    .bounded(Bound.between(1, 1e16, "from one token to 10 quadrillion (1,000x the largest published corpora)")),
            optional("checkpointInterval", q(Dimension.DURATION), null, "training: checkpoint interval (default Young/Daly).")
                    .bounded(Bound.between(1, 30 * 86400, "from a second to 30 days")),
            optional("batchTokens", REAL, null, "training: global batch per optimizer step, tokens (default 4e6, Llama 3's first stage).")
                    .bounded(Bound.between(1, 1e9, "from one token to a billion per step")),
            optional("gradientBytes", REAL, null, "training: gradient bytes per parameter all-reduced each step (default 2, bf16).")
                    .bounded(Bound.between(0.125, 16, "from 1 bit to 16 bytes per parameter")),
            optional("interSatelliteBandwidth", q(Dimension.DATA_RATE), null, "training: per-satellite link bandwidth each way for the all-reduce (default 800 Gbps, Suncatcher's bench link).")
                    .bounded(Bound.between(1e3, 1e15, "from 1 kbps to 1 Pbps")),
            optional("modelFlopsUtilisation", REAL, null, "training: model FLOP/s achieved per peak FLOP/s while computing (default 0.4, Llama 3).")
                    .bounded(Bound.fractionAboveZero("a utilisation lies in (0, 1]")),
            optional("checkpointCost", q(Dimension.DURATION), null, "training: time to write one checkpoint (default: 16 bytes per parameter, sharded over the satellites, at checkpointWriteRate).")
                    .bounded(Bound.between(1e-3, 86400, "from a millisecond to a day")),
            optional("checkpointWriteRate", q(Dimension.DATA_RATE), null, "training: checkpoint write rate per satellite (default: the inter-satellite link bandwidth — an in-memory copy of each shard to a neighbour; 40 Gbps would be one NVMe SSD).")
                    .bounded(Bound.between(1e3, 1e15, "from 1 kbps to 1 Pbps")),
            optional("restartTime", q(Dimension.DURATION), null, "training: time to restart after an interrupt (UECC, crash, hardware failure) and reload the in-memory checkpoint (default 150 s, FlashRecovery at 4,800 accelerators).")
                    .bounded(Bound.between(0, 86400, "from none to a day")),
            optional("sdcDetection", REAL, null, "training: share of silent data corruptions a detector (checksums/ABFT, replay) catches; caught ones replay one step, the rest stay silent and are counted (default: no detector).")
                    .bounded(Bound.between(0, 1, "a detection probability lies in [0, 1]")),
            optional("sdcRecovery", choice("replay", "checkpoint"), "replay", "training: what a detected SDC costs: replay (default) re-runs the corrupted step from the in-memory copy of the previous one; checkpoint rolls back to the last checkpoint and restarts, like a crash. Needs sdcDetection."),
            optional("sdcDetectorOverhead", REAL, null, "training: extra compute time per step the SDC detector costs (default 0.07 with a detector, ATTNChecker's ABFT).")
                    .bounded(Bound.between(0, 1, "an overhead fraction lies in [0, 1]")),
            optional("requestsPerSecond", REAL, null, "inference: mean request rate.")
                    .bounded(Bound.above(0, "a rate must be positive")),
            optional("rawDataPerOrbit", q(Dimension.DATA), null, "earth-observation: raw sensor data per orbit.")
                    .bounded(Bound.above(0, "data volume must be positive")),
            optional("reductionFactor", REAL, null, "earth-observation: raw-to-result size ratio.")
                    .bounded(Bound.atLeast(1, "processing does not grow the data"))));

    /** The links: section; declared in {@link LinkSchema}. */
    public static final ObjectSchema LINKS = LinkSchema.LINKS;

    public static final ObjectSchema LAUNCH = new ObjectSchema("launch", "How the fleet gets to orbit.", List.of(
            optional("vehicles", new FieldType.ListOf(new FieldType.CatalogId(Catalog.LAUNCH_VEHICLE)), null, "Launch vehicle catalog ids allowed (default: all)."),
            optional("excludeProviders", new FieldType.ListOf(TEXT), null, "Providers never to use, e.g. [SpaceX]."),
            optional("allowProviders", new FieldType.ListOf(TEXT), null, "If given, only these providers."),
            optional("start", new FieldType.Instant(), null, "Earliest launch date (default: the epoch)."),
            optional("objective", choice(LaunchObjective.values(), ScenarioSchema::word), word(LaunchObjective.COST), "What the planner minimises."),
            optional("pricePerKg", q(Dimension.PRICE_PER_MASS), null, "A flat launch price per kg, used by the economics when no plan is made.")
                    .bounded(Bound.atLeast(0, "a price cannot be negative")),
            optional("allowDrift", FLAG, "false", "Whether one launch may serve several planes by differential drift."),
            optional("rebuildLeadTime", q(Dimension.DURATION), "180 d", "Time to rebuild a satellite lost in a launch failure.")
                    .bounded(Bound.atLeast(0, "a lead time cannot be negative")),
            optional("monteCarloRuns", WHOLE, "1000", "Monte Carlo runs over launch failures and slips.")
                    .bounded(Bound.between(0, 1_000_000, "from 0 (no Monte Carlo) to 1,000,000 runs")),
            optional("annualLossRate", REAL, "0.02", "Fraction of the fleet lost per year that replacement launches must make good.")
                    .bounded(new Bound(0, true, 1, false, "a yearly loss fraction lies in [0, 1)")),
            optional("satelliteUnitCost", q(Dimension.MONEY), null, "Cost to rebuild one satellite after a launch failure (default: its accelerators plus its platform at economics.satelliteCostPerW or satelliteCostPerKg, as the cost model prices it).")
                    .bounded(Bound.atLeast(0, "a cost cannot be negative"))));

    private static final Dimension MONEY_PER_YEAR = Dimension.MONEY.dividedBy(Dimension.DURATION);
    private static final Dimension MONEY_PER_VOLUME = Dimension.MONEY.dividedBy(Dimension.VOLUME);

    public static final ObjectSchema TERRESTRIAL = new ObjectSchema("terrestrial", "The ground campus orbit is compared with; by default it carries the same accelerators and IT load as the fleet.", List.of(
            optional("site", new FieldType.CatalogId(Catalog.TERRESTRIAL_SITE), "stargate-abilene", "Terrestrial site catalog id: its PUE, power price, build cost and wait for power."),
            optional("itPower", q(Dimension.POWER), null, "IT load (default: the fleet's, or the site's for a ground-only scenario).")
                    .bounded(Bound.above(0, "an IT load must be positive")),
            optional("accelerators", WHOLE, null, "Accelerator units (default: the fleet's, or the site's for a ground-only scenario).")
                    .bounded(Bound.atLeast(1, "a site has at least one accelerator")),
            optional("pue", REAL, null, "Power usage effectiveness (default: the site's).")
                    .bounded(Bound.between(1, 3, "PUE is at least 1")),
            optional("electricityPrice", q(Dimension.PRICE_PER_ENERGY), null, "Electricity price, e.g. 0.04 USD/kWh (default: the site's).")
                    .bounded(Bound.atLeast(0, "a price cannot be negative")),
            optional("facilityCapex", q(Dimension.PRICE_PER_POWER), null, "Facility build cost per W of IT load (default: the site's).")
                    .bounded(Bound.atLeast(0, "a cost cannot be negative")),
            optional("timeToPower", q(Dimension.DURATION), null, "Wait for grid power beyond construction (default: the site's).")
                    .bounded(Bound.atLeast(0, "a wait cannot be negative")),
            optional("utilisation", REAL, "0.9", "Average IT power drawn as a fraction of nameplate (energy bill).")
                    .bounded(Bound.fractionAboveZero("a fraction in (0, 1]")),
            optional("availability", REAL, "0.99", "Fraction of hours the hardware is in service.")
                    .bounded(Bound.fractionAboveZero("a fraction in (0, 1]")),
            optional("hardwareLife", q(Dimension.DURATION), null, "Economic life of the ground IT hardware (default: the mission life, as in orbit; Alphabet depreciates servers over 6 yr).")
                    .bounded(Bound.above(0, "a life must be positive")),
            optional("facilityLife", q(Dimension.DURATION), "15 yr", "Life of the facility.")
                    .bounded(Bound.above(0, "a life must be positive")),
            optional("sparesFraction", REAL, "0.05", "Spare and repair stock as a fraction of IT hardware.")
                    .bounded(Bound.between(0, 1, "a fraction from 0 to 1")),
            optional("operationsFraction", REAL, "0.02", "Staff, maintenance and site costs per year as a fraction of hardware, facility and backup capital.")
                    .bounded(Bound.between(0, 1, "a yearly fraction from 0 to 1")),
            optional("waterPrice", q(MONEY_PER_VOLUME), "2 USD/m3", "Price of cooling water.")
                    .bounded(Bound.atLeast(0, "a price cannot be negative"))));

    public static final ObjectSchema ECONOMICS = new ObjectSchema("economics", "Money: financing, the orbital cost assumptions and the ground reference.", List.of(
            optional("discountRate", REAL, "0.08", "Annual discount rate for levelized costs and net present values.")
                    .bounded(new Bound(0, true, 1, false, "a discount rate lies in [0, 1)")),
            optional("satelliteCostPerW", q(Dimension.PRICE_PER_POWER), "49 USD/W", "Satellite platform cost (array, radiator, bus, integration) per W of IT load.")
                    .bounded(Bound.atLeast(0, "a cost cannot be negative")),
            optional("satelliteCostPerKg", q(Dimension.PRICE_PER_MASS), null, "If given: platform cost per kg of non-compute satellite mass, instead of per W.")
                    .bounded(Bound.atLeast(0, "a cost cannot be negative")),
            optional("operationsFraction", REAL, "0.01", "Mission operations per year as a fraction of hardware, platform and launch capital.")
                    .bounded(Bound.between(0, 1, "a yearly fraction from 0 to 1")),
            optional("groundSegmentPerYear", q(MONEY_PER_YEAR), "0 USD/yr", "A fixed yearly ground segment on top of operationsFraction.")
                    .bounded(Bound.atLeast(0, "a cost cannot be negative")),
            optional("insurance", REAL, "0.06", "Launch and first-year insurance as a fraction of hardware, platform and launch.")
                    .bounded(Bound.between(0, 1, "a fraction from 0 to 1")),
            optional("acceleratorFailureRate", REAL, "0.09", "Accelerator failures per accelerator-year in orbit (no repair: spares are flown).")
                    .bounded(new Bound(0, true, 5, false, "a yearly failure rate from 0 to 5")),
            optional("disposalFraction", REAL, "0.02", "End-of-life disposal as a fraction of platform cost.")
                    .bounded(Bound.between(0, 1, "a fraction from 0 to 1")),
            optional("deliveredFraction", REAL, "1", "Fraction of nameplate compute delivered in orbit (set it from a digital-twin run).")
                    .bounded(Bound.fractionAboveZero("a fraction in (0, 1]")),
            optional("terrestrial", new FieldType.Group(TERRESTRIAL), null, "The ground reference campus.")));

    public static final ObjectSchema SKY_OBSERVER = new ObjectSchema("observer", "A place whose night sky is counted.", List.of(
            required("name", TEXT, "Label."),
            required("latitude", new FieldType.Degrees(), "Geodetic latitude; a bare number is in degrees.")
                    .bounded(Bound.between(-Math.PI / 2, Math.PI / 2, "latitude lies between -90 and 90 deg")),
            optional("longitude", new FieldType.Degrees(), "0", "Longitude east; a bare number is in degrees.")
                    .bounded(Bound.between(-Math.PI, 2 * Math.PI, "longitude lies between -180 and 360 deg"))));

    public static final ObjectSchema SKY = new ObjectSchema("sky", "Sky impact: how a satellite reflects sunlight and whose night sky is counted (docs/models/sky-brightness.md).", List.of(
            optional("model", choice(io.orbitdc.core.geometry.sky.BrightnessModel.values(), io.orbitdc.core.geometry.sky.BrightnessModel::id),
                    io.orbitdc.core.geometry.sky.BrightnessModel.DIFFUSE_SPHERE.id(),
                    "Reflection law: diffuse-sphere (phase angle only) or flat-plate (a Lambertian plate facing nadir)."),
            optional("area", q(Dimension.AREA), null, "Reflecting area per satellite (default: the sized solar array plus radiator area).")
                    .bounded(new Bound(0, false, 1e6, true, "a reflecting area is positive and at most 1 km2")),
            optional("albedo", REAL, "0.2", "Diffuse albedo of the reflecting area.")
                    .bounded(Bound.fractionAboveZero("an albedo lies in (0, 1]")),
            optional("observers", new FieldType.ListOf(new FieldType.Group(SKY_OBSERVER)), null,
                    "Observers for the naked-eye count (default: the equator, Cerro Pachon at -30.24 deg, and 50 deg N).")));

    public static final ObjectSchema ROOT = new ObjectSchema("scenario", "An orbitdc scenario.", List.of(
            required("orbitdc", WHOLE, "Format version; 1.")
                    .bounded(Bound.between(VERSION, VERSION, "this orbitdc reads format version 1")),
            optional("name", TEXT, null, "Scenario name (default: the file name)."),
            optional("description", TEXT, null, "Free text."),
            optional("epoch", new FieldType.Instant(), "2027-01-01T00:00:00Z", "Start of the simulation, UTC."),
            optional("duration", q(Dimension.DURATION), "1 d", "Simulated time span.")
                    .bounded(Bound.between(1, GeometryRequest.MAX_DURATION.toSeconds(),
                            "a span from 1 s to the ten years the geometry models cover")),
            optional("step", q(Dimension.DURATION), "30 s", "Simulation time step.")
                    .bounded(Bound.between(0.1, 86400, "a step from 0.1 s to 1 d")),
            optional("seed", WHOLE, "42", "Random seed; same scenario and seed give identical results."),
            optional("missionLife", q(Dimension.DURATION), "5 yr", "Design life: degradation, dose and costs are taken over it.")
                    .bounded(Bound.between(86400, 50 * YEAR_S, "a life from 1 day to 50 years")),
            optional("orbit", new FieldType.Group(ORBIT), null, "The orbit (or use shells)."),
            optional("constellation", new FieldType.Group(CONSTELLATION), null, "The satellites on that orbit."),
            optional("shells", new FieldType.ListOf(new FieldType.Group(SHELL)), null, "Several orbits, each with its satellites."),
            optional("target", new FieldType.Group(TARGET), null, "A fleet compute target."),
            optional("satellite", new FieldType.Group(SATELLITE), null, "The satellite design."),
            optional("groundStations", new FieldType.ListOf(new FieldType.CatalogRef(Catalog.GROUND_STATION, GROUND_STATION)), null, "Ground stations: catalog ids or inline objects."),
            optional("links", new FieldType.Group(LINKS), null, "Inter-satellite links."),
            optional("workloads", new FieldType.ListOf(new FieldType.Group(WORKLOAD)), null, "AI workloads."),
            optional("scheduler", TEXT, "greedy", "Digital twin scheduler policy setting each satellite's compute duty: greedy, power-aware, thermal-aware, or one a jar on the classpath registers."),
            optional("launch", new FieldType.Group(LAUNCH), null, "Launch logistics."),
            optional("sky", new FieldType.Group(SKY), null, "Sky impact: satellite reflectance and observers."),
            optional("economics", new FieldType.Group(ECONOMICS), null, "Economics.")),
            List.of(List.of("orbit", "shells"), List.of("constellation", "shells")));
}
