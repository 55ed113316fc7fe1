package io.orbitdc.core.report;

import io.orbitdc.core.scenario.Scenario;
import io.orbitdc.core.scenario.Shell;
import io.orbitdc.core.sizing.SizingResult;
import java.util.List;

/** The sizing of a scenario: one result per shell; the first shell is the primary design. */
public record SizingReport(Scenario scenario, List<ShellSizing> shells) {

    public SizingReport {
        shells = List.copyOf(shells);
    }

    /** One shell's orbit and its sized satellite and fleet. */
    public record ShellSizing(Shell shell, SizingResult result) {
    }

    public ShellSizing primary() {
        return shells.get(0);
    }
}
