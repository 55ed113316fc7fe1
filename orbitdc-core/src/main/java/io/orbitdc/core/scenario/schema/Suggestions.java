package io.orbitdc.core.scenario.schema;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" for misspelt keys and catalog ids: the closest known word by edit distance
 * (Damerau–Levenshtein, optimal string alignment), ignoring case, if it is close enough to be a
 * plausible typo.
 */
public final class Suggestions {

    private Suggestions() {
    }

    /** The closest candidate within a distance of max(2, length/3), if any. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String w = word.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, w.length() / 3);
        if (w.length() >= 3) {
            // "h100" for "nvidia-h100-sxm": a fragment of exactly one id is a clear enough hint
            List<String> containing = candidates.stream().filter(c -> c.toLowerCase(Locale.ROOT).contains(w)).toList();
            if (containing.size() == 1) {
                return Optional.of(containing.get(0));
            }
        }
        return candidates.stream()
                .filter(c -> c.toLowerCase(Locale.ROOT).equals(w) || distance(w, c.toLowerCase(Locale.ROOT)) <= limit
                        || (w.length() >= 4 && c.toLowerCase(Locale.ROOT).startsWith(w)))
                .min(Comparator.comparingInt((String c) -> distance(w, c.toLowerCase(Locale.ROOT))).thenComparing(c -> c));
    }

    /** Optimal-string-alignment distance; inputs longer than 64 characters are never close. */
    static int distance(String a, String b) {
        if (a.length() > 64 || b.length() > 64) {
            return Integer.MAX_VALUE / 2;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
