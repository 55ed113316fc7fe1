package io.orbitdc.core.twin.schedule;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The scheduler policies on the classpath, by name, found through {@link ServiceLoader} (the
 * three shipped ones and any a researcher's jar registers). Immutable once built; build one with
 * {@link #installed()} and share it. Two providers with the same name are an error: a scenario
 * must never depend on classpath order.
 */
public final class SchedulerPolicies {
    private final Map<String, SchedulerPolicy> byName;

    private SchedulerPolicies(Map<String, SchedulerPolicy> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** Policies registered with the context class loader (falling back to this class's loader). */
    public static SchedulerPolicies installed() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = SchedulerPolicies.class.getClassLoader();
        }
        return of(ServiceLoader.load(SchedulerPolicy.class, loader));
    }

    /** Policies from any iterable of providers (tests, embedding). */
    public static SchedulerPolicies of(Iterable<SchedulerPolicy> policies) {
        Map<String, SchedulerPolicy> m = new TreeMap<>();
        for (SchedulerPolicy p : policies) {
            String name = p.name();
            if (name == null || !name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new IllegalStateException("scheduler policy " + p.getClass().getName() + " has the name '" + name
                        + "'; expected lower-case words joined by '-'");
            }
            SchedulerPolicy clash = m.putIfAbsent(name, p);
            if (clash != null && clash.getClass() != p.getClass()) {
                throw new IllegalStateException("two scheduler policies are named '" + name + "': "
                        + clash.getClass().getName() + " and " + p.getClass().getName());
            }
        }
        return new SchedulerPolicies(m);
    }

    /** Known names in alphabetical order. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    public Optional<SchedulerPolicy> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The policy named {@code name}, or an exception listing the known names. */
    public SchedulerPolicy require(String name) {
        SchedulerPolicy p = byName.get(name);
        if (p == null) {
            throw new IllegalArgumentException("unknown scheduler policy '" + name + "'; expected one of "
                    + String.join(", ", names()));
        }
        return p;
    }
}
