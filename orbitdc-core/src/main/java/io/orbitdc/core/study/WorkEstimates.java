package io.orbitdc.core.study;

import io.orbitdc.core.budget.ShellLoad;
import io.orbitdc.core.budget.WorkEstimate;
import io.orbitdc.core.budget.WorkRequest;
import io.orbitdc.core.report.SizingReport;
import io.orbitdc.core.scenario.ConstellationSpec;
import io.orbitdc.core.scenario.Scenario;
import io.orbitdc.core.scenario.Shell;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a scenario onto the work estimate of {@code geometry} and {@code simulate} (what
 * {@link GeometryStage} and {@link SimulateStage} would build), without generating the fleet:
 * satellites per shell from sizing, the scan's steps, stations and neighbour graphs.
 */
final class WorkEstimates {

    private WorkEstimates() {
    }

    static WorkEstimate geometry(Scenario scenario, SizingReport sizing, int threads) {
        double spanS = scenario.durationS();
        long steps = (long) Math.ceil(spanS / scenario.stepS() - 1e-9) + 1;
        boolean scan = scenario.shells().stream().allMatch(s -> s.propagator().equals("j2-secular")
                && s.constellation().type() != ConstellationSpec.Type.TLE);
        long graphs = scan && scenario.links().rangeM() > 0
                ? (long) Math.floor(spanS / GeometryStage.linkSamplingS(spanS, scenario.stepS()) + 1e-9) + 1 : 0;
        return WorkEstimate.of(new WorkRequest("geometry", shells(scenario, sizing), scan ? steps : 0, scenario.stepS(),
                spanS, scenario.groundStations().size(), scenario.links().rangeM(), graphs, false, threads));
    }

    static WorkEstimate simulation(Scenario scenario, SizingReport sizing, int threads) {
        double spanS = scenario.durationS();
        long steps = (long) Math.ceil(spanS / scenario.stepS() - 1e-9);
        return WorkEstimate.of(new WorkRequest("simulate", shells(scenario, sizing), steps, scenario.stepS(), spanS,
                scenario.groundStations().size(), 0, 0, true, threads));
    }

    private static List<ShellLoad> shells(Scenario scenario, SizingReport sizing) {
        List<ShellLoad> out = new ArrayList<>();
        for (int i = 0; i < scenario.shells().size(); i++) {
            Shell shell = scenario.shells().get(i);
            int planes = switch (shell.constellation().type()) {
                case WALKER -> shell.constellation().planes();
                case SINGLE, CLUSTER -> 1;
                case TLE -> Integer.MAX_VALUE;
            };
            out.add(new ShellLoad(sizing.shells().get(i).result().fleet().satellites(), shell.orbit().semiMajorAxisM(),
                    shell.orbit().inclinationRad(), planes));
        }
        return out;
    }
}
