package io.orbitdc.server;

import java.util.regex.Pattern;

/**
 * Names that come from a URL or a request body and become file names under the data directory:
 * job ids and scenario names. Only {@code [A-Za-z0-9][A-Za-z0-9._-]{0,63}} without {@code ..} is
 * accepted, so no name can climb out of its folder, name a hidden file or reach another drive.
 */
final class SafeName {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private SafeName() {
    }

    /** {@code name} if it is safe, else a 400 naming {@code what}. */
    static String require(String what, String name) {
        if (name == null || !NAME.matcher(name).matches() || name.contains("..")) {
            throw ApiException.badRequest(what + " '" + printable(name) + "': expected 1 to 64 letters, digits, '.', '_'"
                    + " or '-', starting with a letter or digit");
        }
        return name;
    }

    /** At most 64 characters of {@code s} with control characters shown as '?', for messages. */
    static String printable(String s) {
        if (s == null) {
            return "";
        }
        String cut = s.length() > 64 ? s.substring(0, 64) + "…" : s;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
