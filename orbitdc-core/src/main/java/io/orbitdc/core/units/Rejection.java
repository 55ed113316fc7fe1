package io.orbitdc.core.units;

/**
 * Builds the error messages for one parse attempt: what was read and what was expected. Inputs longer
 * than {@value #MAX_SHOWN} characters are cut in the message so a huge input gives a short message.
 */
record Rejection(String shownInput, String expectedDescription, String expectedExample) {

    static final int MAX_SHOWN = 60;

    static Rejection of(String input, Dimension expected) {
        String shown = input == null ? "null"
                : input.length() > MAX_SHOWN ? input.substring(0, MAX_SHOWN) + "…" : input;
        return expected == null
                ? new Rejection(shown, "a quantity", "650 km")
                : new Rejection(shown, expected.describe(), expected.example());
    }

    private QuantityFormatException because(String what) {
        return new QuantityFormatException("'" + shownInput + "' " + what + "; expected e.g. '" + expectedExample + "'");
    }

    QuantityFormatException notValid() {
        return because("is not " + expectedDescription);
    }

    QuantityFormatException notFinite() {
        return because("is not a finite number");
    }

    QuantityFormatException unknownUnit(String symbol) {
        return because("has an unknown unit '" + symbol + "'");
    }

    QuantityFormatException wrongDimension(Dimension actual) {
        return because("is " + actual.describe() + ", not " + expectedDescription);
    }

    QuantityFormatException temperatureScaleInCompound(String symbol) {
        return because("uses the temperature scale '" + symbol + "' inside a compound unit, where only K is allowed");
    }
}
