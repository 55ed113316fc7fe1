package io.orbitdc.core.units;

/**
 * The number at the start of a quantity text: optional sign ('+', '-' or '−'), decimal digits with
 * optional '_' between digits as thousands separator, optional fraction, optional exponent
 * ({@code e}/{@code E}, sign, digits). This is Java's decimal double syntax without the type suffixes
 * {@code d}/{@code f} (here {@code 5d} is five days) and without hex floats. The words NaN, Infinity,
 * inf and ∞ are recognised only so they can be refused as not finite.
 *
 * @param value the parsed value; non-finite for NaN/Infinity words and for overflow (1e999)
 * @param end   the index just past the number; 0 when the text does not start with a number
 */
record NumberLiteral(double value, int end) {

    private static final String[] NON_FINITE_WORDS = {"NaN", "Infinity", "inf", "∞"};

    static NumberLiteral scan(String text) {
        int pos = 0;
        StringBuilder digits = new StringBuilder();
        if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-' || text.charAt(pos) == '−')) {
            digits.append(text.charAt(pos) == '+' ? '+' : '-');
            pos++;
        }
        for (String word : NON_FINITE_WORDS) {
            if (text.regionMatches(true, pos, word, 0, word.length())) {
                return new NumberLiteral(Double.NaN, pos + word.length());
            }
        }
        int before = digits.length();
        pos = digitRun(text, pos, digits);
        boolean any = digits.length() > before;
        if (pos < text.length() && text.charAt(pos) == '.') {
            digits.append('.');
            int afterPoint = digits.length();
            pos = digitRun(text, pos + 1, digits);
            any |= digits.length() > afterPoint;
        }
        if (!any) {
            return new NumberLiteral(Double.NaN, 0);
        }
        pos = exponent(text, pos, digits);
        return new NumberLiteral(Double.parseDouble(digits.toString()), pos);
    }

    /** Digits with single '_' separators between digits; stops before a '_' not followed by a digit. */
    private static int digitRun(String text, int pos, StringBuilder out) {
        int p = pos;
        while (p < text.length()) {
            char c = text.charAt(p);
            if (isDigit(c)) {
                out.append(c);
                p++;
            } else if (c == '_' && p > pos && p + 1 < text.length() && isDigit(text.charAt(p + 1))) {
                p++;
            } else {
                break;
            }
        }
        return p;
    }

    /** An exponent is taken only when digits follow, so "5 EB" and "5EB" stay exabytes. */
    private static int exponent(String text, int pos, StringBuilder out) {
        if (pos >= text.length() || (text.charAt(pos) != 'e' && text.charAt(pos) != 'E')) {
            return pos;
        }
        int p = pos + 1;
        StringBuilder exp = new StringBuilder("e");
        if (p < text.length() && (text.charAt(p) == '+' || text.charAt(p) == '-' || text.charAt(p) == '−')) {
            exp.append(text.charAt(p) == '+' ? '+' : '-');
            p++;
        }
        int digitsStart = p;
        while (p < text.length() && isDigit(text.charAt(p))) {
            p++;
        }
        if (p == digitsStart) {
            return pos;
        }
        // very long exponents would only overflow or underflow; keep the string short for parseDouble
        String expDigits = text.substring(digitsStart, p).replaceFirst("^0+(?=\\d)", "");
        exp.append(expDigits.length() > 6 ? "999999" : expDigits);
        out.append(exp);
        return p;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    boolean found() {
        return end > 0;
    }
}
