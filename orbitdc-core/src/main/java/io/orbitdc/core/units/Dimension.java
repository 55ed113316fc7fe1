package io.orbitdc.core.units;

/**
 * A physical dimension as integer exponents of nine base quantities: length (m), mass (kg), time (s),
 * temperature (K), plane angle (rad), information (bit), money (USD), operations (op) and absorbed
 * dose (Gy).
 *
 * <p>Angle, information, money, operations and dose are dimensionless or derived in the SI, but we keep
 * them as separate bases so that a scenario value like {@code 5 deg} cannot be accepted where a
 * percentage is expected, and so that {@code rad} (angle) and {@code rad} (dose) are told apart by the
 * expected dimension. Absorbed dose (J/kg in the SI) is its own base for the same reason: a dose must
 * not be confused with a specific energy of a battery. Valid for any exponents that fit in an
 * {@code int}; {@link #times}, {@link #dividedBy} and {@link #pow} throw {@link ArithmeticException} on
 * overflow.
 */
public record Dimension(int length, int mass, int time, int temperature, int angle, int information,
                        int money, int operations, int dose) {

    public static final Dimension DIMENSIONLESS = new Dimension(0, 0, 0, 0, 0, 0, 0, 0, 0);
    public static final Dimension LENGTH = new Dimension(1, 0, 0, 0, 0, 0, 0, 0, 0);
    public static final Dimension MASS = new Dimension(0, 1, 0, 0, 0, 0, 0, 0, 0);
    public static final Dimension DURATION = new Dimension(0, 0, 1, 0, 0, 0, 0, 0, 0);
    public static final Dimension TEMPERATURE = new Dimension(0, 0, 0, 1, 0, 0, 0, 0, 0);
    public static final Dimension ANGLE = new Dimension(0, 0, 0, 0, 1, 0, 0, 0, 0);
    public static final Dimension DATA = new Dimension(0, 0, 0, 0, 0, 1, 0, 0, 0);
    public static final Dimension MONEY = new Dimension(0, 0, 0, 0, 0, 0, 1, 0, 0);
    public static final Dimension OPERATIONS = new Dimension(0, 0, 0, 0, 0, 0, 0, 1, 0);
    public static final Dimension DOSE = new Dimension(0, 0, 0, 0, 0, 0, 0, 0, 1);

    public static final Dimension AREA = LENGTH.pow(2);
    public static final Dimension VOLUME = LENGTH.pow(3);
    /** Per unit time: 1/s. Same vector as {@link #FREQUENCY}. */
    public static final Dimension RATE = DURATION.pow(-1);
    /** Hz = 1/s. Same vector (and therefore equal) to {@link #RATE}. */
    public static final Dimension FREQUENCY = RATE;
    public static final Dimension VELOCITY = LENGTH.dividedBy(DURATION);
    public static final Dimension ACCELERATION = VELOCITY.dividedBy(DURATION);
    public static final Dimension FORCE = MASS.times(ACCELERATION);
    public static final Dimension PRESSURE = FORCE.dividedBy(AREA);
    public static final Dimension ENERGY = FORCE.times(LENGTH);
    public static final Dimension POWER = ENERGY.dividedBy(DURATION);
    public static final Dimension SPECIFIC_POWER = POWER.dividedBy(MASS);
    public static final Dimension SPECIFIC_ENERGY = ENERGY.dividedBy(MASS);
    public static final Dimension AREAL_DENSITY = MASS.dividedBy(AREA);
    public static final Dimension DENSITY = MASS.dividedBy(VOLUME);
    public static final Dimension IRRADIANCE = POWER.dividedBy(AREA);
    public static final Dimension THERMAL_RESISTANCE = TEMPERATURE.dividedBy(POWER);
    public static final Dimension DATA_RATE = DATA.dividedBy(DURATION);
    public static final Dimension PRICE_PER_MASS = MONEY.dividedBy(MASS);
    public static final Dimension PRICE_PER_ENERGY = MONEY.dividedBy(ENERGY);
    public static final Dimension PRICE_PER_POWER = MONEY.dividedBy(POWER);
    public static final Dimension OPERATIONS_RATE = OPERATIONS.dividedBy(DURATION);
    public static final Dimension DOSE_RATE = DOSE.dividedBy(DURATION);

    /** Product of two dimensions (exponents add). */
    public Dimension times(Dimension o) {
        return new Dimension(Math.addExact(length, o.length), Math.addExact(mass, o.mass),
                Math.addExact(time, o.time), Math.addExact(temperature, o.temperature),
                Math.addExact(angle, o.angle), Math.addExact(information, o.information),
                Math.addExact(money, o.money), Math.addExact(operations, o.operations),
                Math.addExact(dose, o.dose));
    }

    /** Quotient of two dimensions (exponents subtract). */
    public Dimension dividedBy(Dimension o) {
        return times(o.pow(-1));
    }

    /** This dimension raised to an integer power (exponents multiply). */
    public Dimension pow(int n) {
        return new Dimension(Math.multiplyExact(length, n), Math.multiplyExact(mass, n),
                Math.multiplyExact(time, n), Math.multiplyExact(temperature, n),
                Math.multiplyExact(angle, n), Math.multiplyExact(information, n),
                Math.multiplyExact(money, n), Math.multiplyExact(operations, n),
                Math.multiplyExact(dose, n));
    }

    /** The exponents in base order m, kg, s, K, rad, bit, USD, op, Gy. */
    int[] exponents() {
        return new int[] {length, mass, time, temperature, angle, information, money, operations, dose};
    }

    /** Words for error messages with an article, e.g. "a length", "a specific power". */
    public String describe() {
        return DimensionNames.describe(this);
    }

    /** A valid example input of this dimension, e.g. "650 km", "0.04 USD/kWh". */
    public String example() {
        return DimensionNames.example(this);
    }

    /** The SI unit expression of this dimension in our grammar, e.g. "kg/m2"; empty if dimensionless. */
    public String siUnit() {
        return DimensionNames.siUnit(this);
    }

    @Override
    public String toString() {
        String si = siUnit();
        return "Dimension[" + (si.isEmpty() ? "1" : si) + "]";
    }
}
