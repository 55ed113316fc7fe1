package io.orbitdc.core.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitdc.core.catalog.Accelerator;
import io.orbitdc.core.orbit.OrbitSpec;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Physical invariants of the sizing chain over random valid designs (seeded SplittableRandom per try). */
class SizingPropertiesTest {

    /** A random valid design from a seed: 300–1,200 km, SSO or inclined, 1–64 accelerators of 50–1,500 W. */
    static SizingInput randomDesign(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double altitude = rnd.nextDouble(300e3, 1200e3);
        var epoch = SizingFixtures.EPOCH_2027.plus(Duration.ofDays(rnd.nextInt(0, 3650)));
        OrbitSpec orbit = rnd.nextBoolean()
                ? OrbitSpec.sunSynchronous(altitude, rnd.nextDouble(0.0, 24.0), epoch)
                : OrbitSpec.inclined(altitude, rnd.nextDouble(0.0, Math.PI), rnd.nextDouble(0.0, 2 * Math.PI), epoch);
        double unitPower = rnd.nextDouble(50.0, 1500.0);
        Accelerator acc = new Accelerator("random", "random", "test", "chip", 1, unitPower, 1e9, 1e14, 2e14,
                rnd.nextDouble(330.0, 400.0),
                rnd.nextBoolean() ? OptionalDouble.of(rnd.nextDouble(500.0, 1e5)) : OptionalDouble.empty(),
                rnd.nextDouble(0.0, 20.0), rnd.nextDouble(0.0, 0.05), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), List.of());
        SolarArraySpec array = new SolarArraySpec(SpaceEnvironment.SOLAR_CONSTANT_W_PER_M2, rnd.nextDouble(0.1, 0.4),
                rnd.nextDouble(0.5, 1.0), rnd.nextDouble(-0.005, 0.0), rnd.nextDouble(250.0, 380.0), 301.0,
                rnd.nextDouble(0.5, 1.0), rnd.nextDouble(0.0, 0.5), rnd.nextDouble(0.0, 0.1),
                rnd.nextBoolean() ? OptionalDouble.of(rnd.nextDouble(20.0, 2000.0)) : OptionalDouble.empty(),
                OptionalDouble.of(rnd.nextDouble(0.5, 5.0)));
        PowerSystem power = new PowerSystem(rnd.nextDouble(0.5, 1.0), rnd.nextDouble(0.6, 1.0));
        BatterySpec battery = new BatterySpec(rnd.nextDouble(50.0, 300.0) * 3600.0, rnd.nextDouble(0.1, 0.9),
                rnd.nextDouble(0.8, 1.0));
        RadiatorSpec radiator;
        do {
            // a design is valid only if its radiator can reject heat at all (worst case β = 0 for a NADIR plate)
            RadiatorOrientation orientation = RadiatorOrientation.values()[rnd.nextInt(RadiatorOrientation.values().length)];
            radiator = RadiatorSpec.of(rnd.nextDouble(290.0, 380.0), rnd.nextDouble(0.7, 0.95),
                    rnd.nextDouble(0.05, 0.3), 1 + rnd.nextInt(2), rnd.nextDouble(1.0, 15.0), orientation);
        } while (new Radiator(radiator, RadiatorEnvironment.forOrbit(radiator, altitude, 0.0,
                SpaceEnvironment.SOLAR_CONSTANT_W_PER_M2)).netFluxWPerM2() <= 0.0);
        FleetTarget target = switch (rnd.nextInt(3)) {
            case 0 -> new FleetTarget.Satellites(1 + rnd.nextInt(1000));
            case 1 -> new FleetTarget.Accelerators(1 + rnd.nextInt(100_000));
            default -> new FleetTarget.ItPower(rnd.nextDouble(1e3, 1e9));
        };
        return new SizingInput(orbit, rnd.nextDouble(0.1, 15.0) * SizingFixtures.YEAR_S, acc, 1 + rnd.nextInt(64),
                rnd.nextDouble(0.0, 1.0), rnd.nextDouble(0.0, 2000.0), rnd.nextDouble(0.0, 0.3), array, power, battery,
                radiator, rnd.nextDouble(0.0, 0.5), rnd.nextDouble(1e-3, 20e-3), rnd.nextDouble(0.0, 0.4),
                rnd.nextDouble(0.0, 0.3), rnd.nextDouble(0.0, 500.0),
                rnd.nextBoolean() ? OptionalDouble.of(rnd.nextDouble(10.0, 10_000.0)) : OptionalDouble.empty(), target);
    }

    static SizingInput withAccelerators(SizingInput in, int count) {
        return new SizingInput(in.orbit(), in.missionLifeS(), in.accelerator(), count, in.itOverheadFraction(),
                in.busPowerW(), in.busPowerFraction(), in.solarArray(), in.powerSystem(), in.battery(), in.radiator(),
                in.thermalResistanceKPerW(), in.shieldingThicknessM(), in.structureFraction(), in.propulsionFraction(),
                in.busMassKg(), in.maxSatelliteMassKg(), in.fleetTarget());
    }

    static SizingInput withRadiator(SizingInput in, RadiatorSpec radiator) {
        return new SizingInput(in.orbit(), in.missionLifeS(), in.accelerator(), in.acceleratorsPerSatellite(),
                in.itOverheadFraction(), in.busPowerW(), in.busPowerFraction(), in.solarArray(), in.powerSystem(),
                in.battery(), radiator, in.thermalResistanceKPerW(), in.shieldingThicknessM(), in.structureFraction(),
                in.propulsionFraction(), in.busMassKg(), in.maxSatelliteMassKg(), in.fleetTarget());
    }

    @Property(tries = 200)
    void moreItPowerNeverNeedsLessArrayRadiatorOrBattery(@ForAll long seed, @ForAll @IntRange(min = 1, max = 64) int extra) {
        SizingInput small = randomDesign(seed);
        SizingInput large = withAccelerators(small, small.acceleratorsPerSatellite() + extra);
        SizingResult a = SatelliteSizer.size(small);
        SizingResult b = SatelliteSizer.size(large);
        assertThat(b.power().itLoadW()).isGreaterThan(a.power().itLoadW());
        assertThat(b.solarArray().areaM2()).isGreaterThanOrEqualTo(a.solarArray().areaM2());
        assertThat(b.solarArray().massKg()).isGreaterThanOrEqualTo(a.solarArray().massKg());
        assertThat(b.radiator().areaM2()).isGreaterThanOrEqualTo(a.radiator().areaM2());
        assertThat(b.battery().capacityJ()).isGreaterThanOrEqualTo(a.battery().capacityJ());
        assertThat(b.mass().totalKg()).isGreaterThanOrEqualTo(a.mass().totalKg());
    }

    @Property(tries = 200)
    void hotterRadiatorNeverNeedsMoreArea(@ForAll long seed, @ForAll @DoubleRange(min = 0.0, max = 100.0) double warmerK) {
        SizingInput cool = randomDesign(seed);
        RadiatorSpec hotter = cool.radiator().withTemperatureK(Math.min(600.0, cool.radiator().temperatureK() + warmerK));
        SizingResult a = SatelliteSizer.size(cool);
        SizingResult b = SatelliteSizer.size(withRadiator(cool, hotter));
        assertThat(b.radiator().areaM2()).isLessThanOrEqualTo(a.radiator().areaM2());
        assertThat(b.radiator().netFluxWPerM2()).isGreaterThanOrEqualTo(a.radiator().netFluxWPerM2());
    }

    @Property(tries = 300)
    void noNaNOrInfinityAnywhereForValidInput(@ForAll long seed) {
        SizingResult r = SatelliteSizer.size(randomDesign(seed));
        assertAllFinite("result", r);
        assertThat(r.mass().totalKg()).isPositive();
        assertThat(r.orbit().betaSurvey().worstEclipseFraction()).isBetween(0.0, 0.5);
        assertThat(r.radiator().areaM2()).isPositive();
    }

    /** Walks the record tree and fails on any non-finite double. */
    private static void assertAllFinite(String path, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Double d) {
            assertThat(Double.isFinite(d)).as(path + " = " + d).isTrue();
        } else if (value instanceof OptionalDouble o) {
            o.ifPresent(d -> assertThat(Double.isFinite(d)).as(path + " = " + d).isTrue());
        } else if (value instanceof Collection<?> c) {
            c.forEach(e -> assertAllFinite(path + "[]", e));
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    assertAllFinite(path + "." + component.getName(), component.getAccessor().invoke(value));
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError("cannot read " + path + "." + component.getName(), e);
                }
            }
        }
    }
}
