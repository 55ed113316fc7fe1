package io.orbitdc.core.catalog;

import java.util.Optional;

/**
 * How well a catalog row's headline figures are supported, the same grades the project's
 * reference notes use. A row carries one grade for its headline figures (power, throughput,
 * efficiency, specific energy...); weaker individual fields are flagged in its {@code notes}.
 */
public enum Confidence {
    /** Seen in a primary source: datasheet, vendor documentation, paper or its abstract. */
    PRIMARY("P"),
    /** A secondary report of a primary source (press, digest, review). */
    SECONDARY("S"),
    /** Derived by arithmetic from cited inputs; the arithmetic is in the row's notes. */
    DERIVED("D"),
    /** Unverified, conflicting or an estimate; treat as a range or override it. */
    UNVERIFIED("U");

    private final String letter;

    Confidence(String letter) {
        this.letter = letter;
    }

    /** The one-letter code used in catalog files: P, S, D or U. */
    public String letter() {
        return letter;
    }

    /** The grade for a one-letter code (P, S, D, U); empty when the code is unknown. */
    public static Optional<Confidence> ofLetter(String code) {
        for (Confidence c : values()) {
            if (c.letter.equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
