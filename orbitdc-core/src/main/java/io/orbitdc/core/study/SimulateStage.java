package io.orbitdc.core.study;

import io.orbitdc.core.report.SizingReport;
import io.orbitdc.core.report.SimulationReport;
import io.orbitdc.core.geometry.GeometryRequest;
import io.orbitdc.core.geometry.OrekitDataSetup;
import io.orbitdc.core.geometry.scan.FleetStepGeometry;
import io.orbitdc.core.scenario.ConstellationSpec;
import io.orbitdc.core.scenario.SatelliteDesign;
import io.orbitdc.core.scenario.Scenario;
import io.orbitdc.core.scenario.Shell;
import io.orbitdc.core.sizing.FleetTarget;
import io.orbitdc.core.sizing.SizingResult;
import io.orbitdc.core.twin.GeometryTimeline;
import io.orbitdc.core.twin.RollbackSpec;
import io.orbitdc.core.twin.SatelliteTwinSpec;
import io.orbitdc.core.twin.SizedTwin;
import io.orbitdc.core.twin.StepRecorder;
import io.orbitdc.core.twin.TwinEngine;
import io.orbitdc.core.twin.TwinInputException;
import io.orbitdc.core.twin.TwinSummary;
import io.orbitdc.core.twin.orbit.FleetTimeline;
import io.orbitdc.core.twin.schedule.SchedulerPolicies;
import io.orbitdc.core.twin.schedule.SchedulerPolicy;
import io.orbitdc.core.workload.CheckpointPlan;
import io.orbitdc.core.workload.TrainingSpec;
import io.orbitdc.core.workload.Workload;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The simulation stage: sizes the scenario's satellites, builds each one's twin from its sizing
 * ({@link SizedTwin}, with the {@link TwinDefaults} for what a scenario does not state), flies
 * the whole fleet over [epoch, epoch + duration] at the scenario's step through its real
 * geometry ({@link FleetTimeline}) and reduces it to a {@link TwinSummary}. Every satellite is
 * run by the scenario's {@code scheduler} policy; the scenario's {@code type: training} workload
 * (at most one, the scenario binder checks), if any, is flown as one synchronous job across the fleet
 * ({@link TwinEngine#withTraining}, keys {@code training.*}), and its checkpoint interval sets
 * the per-satellite rollback per radiation event.
 *
 * <p>Only fleets the J2-secular batch geometry supports are flown: every shell on the
 * {@code j2-secular} propagator, none from a TLE. Results depend on the scenario (seed
 * included), never on the thread count.
 */
public final class SimulateStage {

    /** Share of nameplate lost to rollbacks above which the report explains the rollback stand-in. */
    static final double RADIATION_NOTE_SHARE = 0.25;

    private SimulateStage() {
    }

    /**
     * A run ready to fly.
     *
     * @param scenario   the scenario
     * @param timeline   the fleet's geometry
     * @param satellites one twin spec per satellite of the timeline, in index order
     * @param training   the fleet-wide training job, when the scenario has one
     * @param notes      what the run assumed beyond the scenario
     * @param request    the fleet and span the timeline was built from (for stages that scan the same fleet)
     * @param data       the Orekit data it was built with
     */
    public record Simulation(Scenario scenario, GeometryTimeline timeline, List<SatelliteTwinSpec> satellites,
                             Optional<TrainingSpec> training, List<String> notes, GeometryRequest request,
                             OrekitDataSetup data) {
        public Simulation {
            satellites = List.copyOf(satellites);
            Objects.requireNonNull(training, "training (empty when none)");
            notes = List.copyOf(notes);
        }

        /** The engine that flies this run. */
        TwinEngine engine() {
            TwinEngine engine = new TwinEngine(timeline, satellites, scenario.seed());
            return training.map(engine::withTraining).orElse(engine);
        }
    }


    /**
     * Sizes and lays out the run; fails with {@link TwinInputException} (message naming the field
     * and what to choose) for a scenario the stage cannot fly.
     */
    /**
     * Fewest steps per orbit the twin accepts: at 1/50 of a LEO orbit (~2 min) the sunlit
     * fraction of a 53°, 650 km orbit is within 1 % of the 30 s answer; at one hour the battery is
     * never used (review measurements, docs/models/twin-timeline.md).
     */
    static final int STEPS_PER_ORBIT_MIN = 50;

    public static Simulation prepare(Scenario scenario, OrekitDataSetup data) {
        SatelliteDesign design = scenario.satellite().filter(d -> scenario.hasSpaceSegment())
                .orElseThrow(() -> new TwinInputException(scenario.file()
                        + ": a ground-only scenario has nothing to simulate; expected an orbit and a satellite"));
        for (int i = 0; i < scenario.shells().size(); i++) {
            Shell shell = scenario.shells().get(i);
            String where = scenario.shells().size() == 1 ? "" : " (shell " + (i + 1) + ")";
            if (shell.constellation().type() == ConstellationSpec.Type.TLE) {
                throw new TwinInputException(scenario.file() + ": constellation.type" + where + ": the simulation flies"
                        + " satellites given by orbital elements with the j2-secular propagator, found a TLE fleet;"
                        + " expected a cluster, walker or single-orbit constellation");
            }
            if (!shell.propagator().equals("j2-secular")) {
                throw new TwinInputException(scenario.file() + ": orbit.propagator" + where + ": the simulation needs"
                        + " the batch J2-secular geometry, found '" + shell.propagator()
                        + "'; expected 'j2-secular' (use 'orbitdc geometry' for the other propagators)");
            }
        }
        long steps = (long) Math.ceil(scenario.durationS() / scenario.stepS() - 1e-9);
        if (steps < 1 || steps > Integer.MAX_VALUE) {
            throw new TwinInputException(scenario.file() + ": duration / step gives " + steps + " steps; expected 1 to "
                    + Integer.MAX_VALUE);
        }
        SchedulerPolicy policy = scheduler(scenario);
        Optional<TrainingSpec> job = training(scenario);
        SizingReport sizing = SizingStage.run(scenario);
        double shortestPeriodS = sizing.shells().stream().mapToDouble(sh -> sh.result().orbit().periodS()).min()
                .orElseThrow();
        if (scenario.stepS() > shortestPeriodS / STEPS_PER_ORBIT_MIN) {
            // the shadow angles are interpolated linearly between step ends and the SAA is read at
            // mid-step: with a step that is a real fraction of an orbit, eclipses blur away
            throw new TwinInputException(String.format(Locale.ROOT, "%s: step: %.0f s is too coarse for the digital"
                    + " twin, whose geometry is sampled once per step; expected at most %.0f s (1/%d of the %.0f s"
                    + " orbit), e.g. 30 s", scenario.file(), scenario.stepS(), shortestPeriodS / STEPS_PER_ORBIT_MIN,
                    STEPS_PER_ORBIT_MIN, shortestPeriodS));
        }
        GeometryRequest request = GeometryStage.request(scenario, sizing, data);
        List<SatelliteTwinSpec> specs = specs(scenario, design, sizing, policy, TwinDefaults.rollback());
        if (specs.size() != request.fleet().satellites().size()) {
            throw new IllegalStateException("sizing gives " + specs.size() + " satellites but the geometry "
                    + request.fleet().satellites().size());
        }
        FleetStepGeometry geometry = new FleetStepGeometry(data, request.fleet().satellites(), request.start(),
                scenario.stepS(), (int) steps, request.saa());
        double incidence = design.solarArray().sunIncidenceRad();
        GeometryTimeline timeline = new FleetTimeline(geometry, incidence);
        // the job's interval depends on the fleet's interrupt rate, not on the rollback stand-in,
        // so the plan of the provisional fleet is the plan of the final one
        Optional<CheckpointPlan> plan = new Simulation(scenario, timeline, specs, job, List.of(), request, data).engine()
                .checkpointPlan();
        if (plan.isPresent()) {
            TrainingSpec t = job.orElseThrow();
            var c = specs.get(0).compute();
            double stepS = t.nominalStepS(specs.size(), c.accelerators() * c.flopsPerUnit());
            specs = specs(scenario, design, sizing, policy, TwinDefaults.rollback(plan.get(), t.sdcDetector(), stepS));
        }
        List<String> notes = new ArrayList<>();
        notes.add("scheduler policy: " + policy.name());
        notes.add(String.format(Locale.ROOT, "dose case: %s end of the dose band, %.0f rad/yr (band %.0f-%.0f;"
                        + " satellite.doseCase)", design.doseCase().id(),
                design.doseCase().of(sizing.primary().result().radiation().dose()),
                sizing.primary().result().radiation().dose().low(), sizing.primary().result().radiation().dose().high()));
        notes.addAll(TwinDefaults.notes(plan, job));
        return new Simulation(scenario, timeline, specs, job, notes, request, data);
    }

    private static List<SatelliteTwinSpec> specs(Scenario scenario, SatelliteDesign design, SizingReport sizing,
                                                 SchedulerPolicy policy, RollbackSpec rollback) {
        List<SatelliteTwinSpec> specs = new ArrayList<>();
        for (SizingReport.ShellSizing shell : sizing.shells()) {
            SizingResult sized = shell.result();
            int count = sized.fleet().satellites();
            SatelliteTwinSpec spec = SizedTwin.specOf(
                    SizingStage.input(scenario, shell.shell(), design, new FleetTarget.Satellites(count)), sized,
                    TwinDefaults.assumptions(design), rollback.withDomain(TwinDefaults.unitsPerHost(design.accelerator().gpuCount())),
                    TwinDefaults.failureRates(scenario),
                    TwinDefaults.layout(design.acceleratorsPerSatellite()), design.doseCase()).withScheduler(policy);
            specs.addAll(Collections.nCopies(count, spec));
        }
        return specs;
    }

    /** The scenario's scheduler policy (the scenario binder has already checked that it exists). */
    private static SchedulerPolicy scheduler(Scenario scenario) {
        try {
            return SchedulerPolicies.installed().require(scenario.scheduler());
        } catch (IllegalArgumentException e) {
            throw new TwinInputException(scenario.file() + ": scheduler: " + e.getMessage());
        }
    }

    /** The scenario's training workload (at most one: the binder rejects a second) as a fleet-wide job. */
    private static Optional<TrainingSpec> training(Scenario scenario) {
        return scenario.workloads().stream().filter(w -> w instanceof Workload.Training)
                .map(w -> ((Workload.Training) w).job()).findFirst();
    }

    /**
     * Flies the fleet on {@code threads} threads, handing {@code recorder} each satellite's state
     * every {@code everySteps} steps.
     */
    public static SimulationReport run(Simulation sim, int threads, StepRecorder recorder, int everySteps) {
        TwinSummary summary = sim.engine().run(threads, recorder, everySteps);
        List<String> notes = new ArrayList<>(sim.notes());
        if (summary.compute().lostToRadiationFraction() > RADIATION_NOTE_SHARE) {
            notes.add(String.format(Locale.ROOT, "radiation rollbacks took %.0f %% of nameplate: each UECC or"
                    + " crash rolls its host back by half a checkpoint interval plus a restart (twin-radiation.md); %s",
                    100 * summary.compute().lostToRadiationFraction(),
                    sim.training().isPresent() ? "the training.* keys give the fleet-wide job's own account"
                            : "a training workload gives the fleet-wide job's own account (training.*)"));
        }
        return new SimulationReport(sim.scenario(), sim.timeline().stepCount(), sim.timeline().satelliteCount(),
                summary, notes);
    }
}
