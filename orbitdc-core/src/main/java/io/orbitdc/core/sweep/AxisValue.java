package io.orbitdc.core.sweep;

/**
 * One value of an axis: the text written into the scenario ({@code "200 USD/kg"}) and, when the
 * text is a number with an optional unit, that number in the axis' unit (the column's value);
 * NaN otherwise (the column then holds the text).
 */
public record AxisValue(String text, double number) {
}
