package io.orbitdc.core.report;

/**
 * Untrusted text (a scenario's {@code name:}, station and satellite names, file names) made safe
 * for a terminal and a text report: control characters — ANSI escape sequences, carriage returns
 * and newlines that could forge report lines, C1 controls — and the Unicode bidirectional
 * overrides that reorder what a reader sees are shown as visible escapes ({@code \n},
 * {@code \e}, {@code \u202E}). JSON output keeps the exact text (JSON escapes it itself).
 */
public final class TextSafe {

    private TextSafe() {
    }

    /** {@code text} with every control and bidi-override character escaped, newlines and tabs included. */
    public static String escape(String text) {
        return escape(text, false);
    }

    /**
     * A whole text report made safe for a terminal: as {@link #escape(String)}, but its own line
     * breaks and tabs kept (the backstop for values a renderer did not escape).
     */
    public static String terminal(String report) {
        return escape(report, true);
    }

    /** The arguments of a {@code String.format} call with every string escaped. */
    public static Object[] args(Object... args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof CharSequence s) {
                out[i] = escape(s.toString());
            }
        }
        return out;
    }

    private static String escape(String text, boolean keepLayout) {
        if (text == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = null;
            if (c == '\n' || c == '\t') {
                replacement = keepLayout ? null : (c == '\n' ? "\\n" : "\\t");
            } else if (c == '\r') {
                replacement = "\\r";
            } else if (c == 0x1B) {
                replacement = "\\e";
            } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || isBidiControl(c)) {
                replacement = String.format(java.util.Locale.ROOT, "\\u%04X", (int) c);
            }
            if (replacement != null && b == null) {
                b = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (b != null) {
                if (replacement != null) {
                    b.append(replacement);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? text : b.toString();
    }

    /** Unicode bidirectional embedding, override and isolate controls (the "Trojan Source" characters). */
    private static boolean isBidiControl(char c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F;
    }
}
