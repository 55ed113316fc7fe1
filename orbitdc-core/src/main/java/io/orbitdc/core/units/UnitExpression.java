package io.orbitdc.core.units;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the unit part of a quantity ("kWh", "W/m2", "kg*m^-3", "/yr") into factors with signed
 * exponents. Grammar (single pass, no backtracking, no regular expressions):
 * <pre>
 * expression := [ '/' ] factor { separator factor }
 * separator  := '*' | '·' | '⋅' | '/' | whitespace
 * factor     := symbol [ '(Si)' ] [ exponent ]
 * exponent   := '^' [sign] digit [digit] | [ '-' | '−' ] digit [digit] | superscript digits, optional '⁻'
 * </pre>
 * Everything after the first '/' is in the denominator: {@code a/b/c = a/(b*c)}. No parentheses.
 */
final class UnitExpression {

    /** One factor: a symbol (possibly prefixed) and its signed exponent; start is its offset in the text. */
    record Factor(String symbol, int exponent, int start) { }

    static final int MAX_FACTORS = 16;
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final String SI_SUFFIX = "(Si)";

    private final String text;
    private final UnitSymbols symbols;
    private final Rejection rejection;
    private int pos;

    private UnitExpression(String text, UnitSymbols symbols, Rejection rejection) {
        this.text = text;
        this.symbols = symbols;
        this.rejection = rejection;
    }

    /** Parses a non-empty unit text; throws the rejection's "is not ..." error on bad syntax. */
    static List<Factor> parse(String text, UnitSymbols symbols, Rejection rejection) {
        return new UnitExpression(text, symbols, rejection).factors();
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private List<Factor> factors() {
        List<Factor> out = new ArrayList<>();
        boolean denominator = false;
        skipSpaces();
        if (peek() == '/') {
            denominator = true;
            pos++;
            skipSpaces();
        }
        while (true) {
            if (out.size() == MAX_FACTORS) {
                throw rejection.notValid();
            }
            out.add(factor(denominator));
            boolean spaced = skipSpaces();
            if (pos >= text.length()) {
                return out;
            }
            char c = text.charAt(pos);
            if (c == '*' || c == '·' || c == '⋅') {
                pos++;
            } else if (c == '/') {
                denominator = true;
                pos++;
            } else if (!spaced) {
                throw rejection.notValid();
            }
            skipSpaces();
        }
    }

    private Factor factor(boolean denominator) {
        int start = pos;
        while (pos < text.length() && isSymbolChar(text.charAt(pos))) {
            pos++;
        }
        if (pos == start) {
            throw rejection.notValid();
        }
        // a symbol ending in digits, such as g0, is one symbol, not g to the power 0
        int digitsEnd = pos;
        while (digitsEnd < text.length() && isAsciiDigit(text.charAt(digitsEnd))) {
            digitsEnd++;
        }
        if (digitsEnd > pos && symbols.isExact(text.substring(start, digitsEnd))) {
            pos = digitsEnd;
        }
        if (text.startsWith(SI_SUFFIX, pos)) {
            pos += SI_SUFFIX.length();
        }
        String symbol = text.substring(start, pos);
        int exponent = exponent();
        return new Factor(symbol, denominator ? -exponent : exponent, start);
    }

    private int exponent() {
        char c = peek();
        if (c == '^') {
            pos++;
            return signedDigits(true);
        }
        if (c == '-' || c == '−' || isAsciiDigit(c)) {
            return signedDigits(false);
        }
        if (c == '⁻' || SUPERSCRIPT_DIGITS.indexOf(c) >= 0) {
            int sign = 1;
            if (c == '⁻') {
                sign = -1;
                pos++;
            }
            int value = 0;
            int count = 0;
            while (pos < text.length() && SUPERSCRIPT_DIGITS.indexOf(text.charAt(pos)) >= 0) {
                value = value * 10 + SUPERSCRIPT_DIGITS.indexOf(text.charAt(pos++));
                count++;
            }
            return checked(sign * value, count);
        }
        return 1;
    }

    private int signedDigits(boolean plusAllowed) {
        int sign = 1;
        char c = peek();
        if (c == '-' || c == '−') {
            sign = -1;
            pos++;
        } else if (plusAllowed && c == '+') {
            pos++;
        }
        int value = 0;
        int count = 0;
        while (pos < text.length() && isAsciiDigit(text.charAt(pos))) {
            value = value * 10 + (text.charAt(pos++) - '0');
            count++;
            if (count > 2) {
                break;
            }
        }
        return checked(sign * value, count);
    }

    /** Exponents have one or two digits; anything else is not a unit we can read. */
    private int checked(int exponent, int digitCount) {
        if (digitCount < 1 || digitCount > 2) {
            throw rejection.notValid();
        }
        return exponent;
    }

    private boolean skipSpaces() {
        int start = pos;
        while (pos < text.length() && isSpace(text.charAt(pos))) {
            pos++;
        }
        return pos > start;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    static boolean isSymbolChar(char c) {
        return Character.isLetter(c) || c == '°' || c == '%' || c == '$';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
