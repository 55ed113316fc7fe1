package io.orbitdc.core.geometry;

import io.orbitdc.core.InputException;
import io.orbitdc.core.orbit.OrbitSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * All satellites of a scenario, possibly from several shells (a cluster, Walker shells, TLE
 * files, single satellites), with the propagator and body used for all of them.
 */
public record Fleet(List<Satellite> satellites, PropagatorChoice propagator, SpacecraftBody body) {

    public Fleet {
        if (satellites == null || satellites.isEmpty()) {
            throw new IllegalArgumentException("fleet is empty; expected at least one satellite");
        }
        satellites = List.copyOf(satellites);
        Set<String> ids = new HashSet<>();
        for (Satellite s : satellites) {
            if (!ids.add(s.id())) {
                throw new InputException("duplicate satellite id '" + s.id() + "'; ids must be unique across shells");
            }
        }
        if (propagator == null || body == null) {
            throw new IllegalArgumentException("fleet needs a propagator choice and a spacecraft body");
        }
    }

    /** Concatenates shells into one fleet. */
    @SafeVarargs
    public static Fleet of(PropagatorChoice propagator, SpacecraftBody body, List<Satellite>... shells) {
        List<Satellite> all = new ArrayList<>();
        for (List<Satellite> shell : shells) {
            all.addAll(shell);
        }
        return new Fleet(all, propagator, body);
    }

    /** A single satellite. */
    public static List<Satellite> single(String id, OrbitSpec spec, OrekitDataSetup data) {
        return List.of(Satellite.of(id, id, OrekitOrbits.toOrbit(spec, data)));
    }

    public int size() {
        return satellites.size();
    }
}
