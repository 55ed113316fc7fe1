package io.orbitdc.core.scenario.schema;

import io.orbitdc.core.units.Dimension;
import java.util.List;

/**
 * The type of a scenario field: what the file may write there. Drives validation, the
 * {@code --defaults} listing and the JSON Schema, so each variant knows how to describe itself.
 */
public sealed interface FieldType {

    /** What an error message says was expected, e.g. "a length, e.g. '650 km'". */
    String expected();

    /** A physical quantity with a unit; bare numbers are SI. */
    record Quantity(Dimension dimension) implements FieldType {
        @Override
        public String expected() {
            return dimension.describe() + ", e.g. '" + dimension.example() + "'";
        }
    }

    /** An angle where a bare number means degrees (latitudes and longitudes, as station lists write them). */
    record Degrees() implements FieldType {
        @Override
        public String expected() {
            return "an angle in degrees, e.g. '78.23' or '78.23 deg'";
        }
    }

    /** A plain real number (a fraction may also be written as a percentage, "5 %"). */
    record Real() implements FieldType {
        @Override
        public String expected() {
            return "a number, e.g. '0.3' or '30 %'";
        }
    }

    /** A whole number. */
    record Whole() implements FieldType {
        @Override
        public String expected() {
            return "a whole number, e.g. '81'";
        }
    }

    /** Free text. */
    record Text() implements FieldType {
        @Override
        public String expected() {
            return "text";
        }
    }

    /** true or false. */
    record Flag() implements FieldType {
        @Override
        public String expected() {
            return "true or false";
        }
    }

    /** One word out of a fixed set. */
    record Choice(List<String> values) implements FieldType {
        public Choice {
            values = List.copyOf(values);
        }

        @Override
        public String expected() {
            return "one of " + String.join(", ", values);
        }
    }

    /** A UTC instant in ISO-8601, e.g. 2027-01-01T00:00:00Z; a bare date means midnight UTC. */
    record Instant() implements FieldType {
        @Override
        public String expected() {
            return "an ISO-8601 UTC time, e.g. '2027-01-01T00:00:00Z'";
        }
    }

    /** A local time of day HH:MM, e.g. the local time of the ascending node. */
    record TimeOfDay() implements FieldType {
        @Override
        public String expected() {
            return "a time of day, e.g. \"06:00\" (quoted)";
        }
    }

    /** A quantity, or one of a few words standing for a derived value (inclination: sso). */
    record QuantityOrWord(Dimension dimension, List<String> words) implements FieldType {
        public QuantityOrWord {
            words = List.copyOf(words);
        }

        @Override
        public String expected() {
            return dimension.describe() + " (e.g. '" + dimension.example() + "') or " + String.join(" or ", words);
        }
    }

    /** A catalog id (a word) or the same object written inline. */
    record CatalogRef(Catalog catalog, ObjectSchema inline) implements FieldType {
        @Override
        public String expected() {
            return "a " + catalog.label() + " catalog id or an inline object";
        }
    }

    /** The id of one entry of a catalog (a word). */
    record CatalogId(Catalog catalog) implements FieldType {
        @Override
        public String expected() {
            return "a " + catalog.label() + " catalog id";
        }
    }

    /** A nested object. */
    record Group(ObjectSchema schema) implements FieldType {
        @Override
        public String expected() {
            return "a mapping of " + schema.name() + " fields";
        }
    }

    /** A list of items of one type. */
    record ListOf(FieldType item) implements FieldType {
        @Override
        public String expected() {
            return "a list of " + item.expected();
        }
    }
}
