package io.orbitdc.examples;

import io.orbitdc.core.study.SimulateOptions;
import io.orbitdc.core.study.SimulationRun;
import io.orbitdc.core.study.Study;
import io.orbitdc.core.twin.TwinSummary;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Flies the same design under the built-in greedy scheduler and under {@link BatteryFloorPolicy}
 * (a policy this module registers), and prints what each delivered and how deep each drew the
 * battery — the comparison a researcher in orbital edge scheduling runs first.
 *
 * <p>Run: {@code java -cp ... io.orbitdc.examples.PlugACustomScheduler greedy.yaml battery-floor.yaml};
 * the two files differ only in their {@code scheduler:} line.
 */
public final class PlugACustomScheduler {

    private PlugACustomScheduler() {
    }

    public static void main(String[] args) {
        run(Path.of(args[0]), Path.of(args[1]), System.out);
    }

    /** @return the two runs' summaries, greedy first */
    static TwinSummary[] run(Path greedy, Path custom, PrintStream out) {
        TwinSummary[] summaries = new TwinSummary[2];
        Path[] files = {greedy, custom};
        for (int i = 0; i < 2; i++) {
            Study study = Study.load(files[i]);
            SimulationRun run = study.simulate(SimulateOptions.of(2));
            summaries[i] = run.twin().summary();
            out.printf(Locale.ROOT, "%-14s delivered %5.1f %% of nameplate, battery down to %.1f %%%n",
                    study.scenario().scheduler(), 100 * summaries[i].compute().goodputFraction(),
                    100 * summaries[i].battery().minSoc());
        }
        return summaries;
    }
}
