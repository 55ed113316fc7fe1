package io.orbitdc.core.scenario;

import io.orbitdc.core.scenario.schema.FieldType;
import io.orbitdc.core.units.Dimension;
import io.orbitdc.core.units.QuantityFormatException;
import io.orbitdc.core.units.QuantityParser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text of one scalar into a typed value, or an error message that says what was found
 * and what was expected. Quantities go through the units package; everything else is parsed here.
 */
final class ScalarReader {

    private static final Pattern TIME_OF_DAY = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");

    /** One parser for every reader: its unit table is built once and never changed (a sweep binds thousands of scenarios). */
    private static final QuantityParser QUANTITIES = new QuantityParser();
    private final QuantityParser quantities = QUANTITIES;

    /** A parsed number or an error message. */
    record Parsed(double value, String error) {
        static Parsed ok(double v) {
            return new Parsed(v, null);
        }

        static Parsed bad(String message) {
            return new Parsed(Double.NaN, message);
        }
    }

    Parsed quantity(String text, Dimension dimension, FieldType type) {
        try {
            double value = quantities.parse(text, dimension);
            // a bare number is SI, which for a span or an angle is almost never what was meant
            // ("duration: 365" would fly 365 s, an angle of 3 would be 172°): ask for the unit;
            // zero means the same in every unit
            if (value != 0 && QuantityParser.isBareNumber(text)
                    && (dimension.equals(Dimension.DURATION) || dimension.equals(Dimension.ANGLE))) {
                return Parsed.bad("found '" + clip(text) + "' without a unit; expected "
                        + (dimension.equals(Dimension.DURATION) ? "a duration with its unit, e.g. '" + clip(text)
                                + " s', '" + clip(text) + " d' or '" + clip(text) + " yr'"
                        : "an angle with its unit, e.g. '" + clip(text) + " deg' or '" + clip(text) + " rad'"));
            }
            return Parsed.ok(value);
        } catch (QuantityFormatException e) {
            if (type instanceof FieldType.QuantityOrWord w) {
                return Parsed.bad(e.getMessage() + " or " + String.join(" or ", w.words()));
            }
            return Parsed.bad(e.getMessage());
        }
    }

    /** A bare number in degrees, or any angle with a unit. */
    Parsed degrees(String text, FieldType type) {
        try {
            return Parsed.ok(Math.toRadians(Double.parseDouble(text.trim())));
        } catch (NumberFormatException e) {
            try {
                return Parsed.ok(quantities.parse(text, Dimension.ANGLE));
            } catch (QuantityFormatException e2) {
                return Parsed.bad("found '" + clip(text) + "'; expected " + type.expected());
            }
        }
    }

    Parsed real(String text, FieldType type) {
        try {
            return Parsed.ok(quantities.parse(text, Dimension.DIMENSIONLESS));
        } catch (QuantityFormatException e) {
            return Parsed.bad("found '" + clip(text) + "'; expected " + type.expected());
        }
    }

    Parsed whole(String text, FieldType type) {
        String t = text.trim().replace("_", "");
        try {
            long v = Long.parseLong(t);
            if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
                return Parsed.bad("found '" + clip(text) + "', which is too large; expected " + type.expected());
            }
            return Parsed.ok(v);
        } catch (NumberFormatException e) {
            return Parsed.bad("found '" + clip(text) + "'; expected " + type.expected());
        }
    }

    Optional<Instant> instant(String text) {
        String t = text.trim();
        try {
            return Optional.of(Instant.parse(t));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    OptionalDouble timeOfDayHours(String text) {
        Matcher m = TIME_OF_DAY.matcher(text.trim());
        if (!m.matches()) {
            return OptionalDouble.empty();
        }
        int h = Integer.parseInt(m.group(1));
        int min = Integer.parseInt(m.group(2));
        int s = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (h > 23 || min > 59 || s > 59) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(h + min / 60.0 + s / 3600.0);
    }

    static String clip(String text) {
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }
}
