package io.orbitdc.core.sizing;

/**
 * Which end of the total-dose band (docs/models/radiation-dose.md) a time-domain model flies. The
 * size report always shows the whole band; the digital twin draws its single events and times its
 * TID failures at one dose, and this names it, so that a user can fly (and cost, with
 * {@code cost --with-twin}) the pessimistic or optimistic environment as well as the central one.
 */
public enum DoseCase {
    /** The band's low end (central / 2). */
    LOW("low"),
    /** The central value of the dose model. */
    CENTRAL("central"),
    /** The band's high end (2 × central). */
    HIGH("high");

    private final String id;

    DoseCase(String id) {
        this.id = id;
    }

    /** The word a scenario uses. */
    public String id() {
        return id;
    }

    /** This case's value of {@code band}. */
    public double of(Band band) {
        return switch (this) {
            case LOW -> band.low();
            case CENTRAL -> band.central();
            case HIGH -> band.high();
        };
    }
}
