package io.orbitdc.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.orbitdc.core.InputException;
import io.orbitdc.core.files.AtomicOutput;
import io.orbitdc.core.report.RunDirectory;
import io.orbitdc.core.scenario.Overrides;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs jobs in the background in two lanes: the heavy verbs (geometry, simulate, verdict) at most
 * {@code concurrency} at once, the closed-form ones (validate, size, launch, cost, milliseconds to
 * seconds each) in a lane of their own sized to the cores, so that they never wait behind a
 * simulation. Each lane holds at most {@code queueCapacity} waiting jobs (more are refused with 503). A job's files are staged in its run directory and published
 * all together only when the verb succeeded; a failed or cancelled job leaves none. Cancelling a
 * queued job drops it; a running one stops at its next phase or twin sample (a geometry scan has
 * no sample to stop at, so it finishes its scan and its result is discarded).
 *
 * <p>A sweep job is the exception: its {@code sweep.duckdb} is itself written batch by batch in
 * transactions, so it writes into the job's {@code files/} directly; a cancel stops it between
 * points and keeps the points stored, and {@link #resume} queues it again to continue after them.
 */
final class JobQueue implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JobQueue.class);

    private final JobStore store;
    private final VerbRunner runner;
    private final SweepJobs sweeps;
    private final ThreadPoolExecutor executor;
    private final ThreadPoolExecutor quick;
    private final Clock clock;
    private final java.util.Set<Job> active = java.util.concurrent.ConcurrentHashMap.newKeySet();

    JobQueue(JobStore store, VerbRunner runner, SweepJobs sweeps, int concurrency, int queueCapacity, Clock clock) {
        this.store = store;
        this.runner = runner;
        this.sweeps = sweeps;
        this.clock = clock;
        this.executor = lane("orbitdc-job-", concurrency, queueCapacity);
        this.quick = lane("orbitdc-quick-job-", Math.max(2, Runtime.getRuntime().availableProcessors()), queueCapacity);
    }

    private static ThreadPoolExecutor lane(String name, int threads, int queueCapacity) {
        AtomicInteger n = new AtomicInteger();
        return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, queueCapacity)), r -> {
                    Thread t = new Thread(r, name + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Queues {@code job} (already stored); 503 when the queue is full. */
    void submit(Job job) {
        ThreadPoolExecutor lane = job.verb().heavy() ? executor : quick;
        try {
            lane.execute(() -> run(job));
        } catch (RejectedExecutionException e) {
            job.finish(JobState.FAILED, clock.instant(), Optional.of(JobStore.error("busy",
                    "the server's job queue is full; try again when a job has finished")));
            store.save(job);
            throw new ApiException(503, "busy", "the server's job queue is full; try again when a job has finished");
        }
    }

    /** Queues a cancelled or failed sweep job again: it continues at its first point not stored. 409 otherwise. */
    void resume(Job job) {
        if (job.verb() != Verb.SWEEP) {
            throw new ApiException(409, "conflict", "job " + job.id() + " is a " + job.verb().id()
                    + " job; only a sweep job resumes (run the others again)");
        }
        if (!job.requeue()) {
            throw new ApiException(409, "conflict", "job " + job.id() + " is " + job.state().id()
                    + "; only a cancelled or failed sweep resumes");
        }
        store.save(job);
        submit(job);
    }

    void cancel(Job job) {
        if (job.cancel(clock.instant())) {
            store.save(job);
        }
    }

    private void run(Job job) {
        if (!job.start(clock.instant())) {
            return; // cancelled while it waited
        }
        active.add(job);
        try {
            store.save(job);
            runStarted(job);
        } finally {
            active.remove(job);
        }
    }

    private void runStarted(Job job) {
        if (job.verb() == Verb.SWEEP) {
            runSweep(job);
            return;
        }
        Path scenario = store.dir(job.id()).resolve(JobStore.SCENARIO);
        JobState end = JobState.FAILED;
        ObjectNode why = null;
        try (RunDirectory out = store.openRun(job.id())) {
            Overrides overrides = Overrides.parse(job.set());
            VerbRunner.Outcome outcome = runner.run(job.verb(), scenario, overrides, job.options(), job.progress(),
                    out.staging());
            job.progress().checkCancelled();
            out.commit(job.verb().id());
            AtomicOutput.writeString(store.dir(job.id()).resolve(JobStore.REPORT), outcome.json());
            end = JobState.DONE;
        } catch (RuntimeException e) {
            Optional<InputException> bad = inputCause(e);
            if (job.progress().cancelled()) {
                end = JobState.CANCELLED;
            } else if (bad.isPresent()) {
                why = Problems.failure(bad.get(), JobStore.SCENARIO);
            } else {
                LOG.error("job {} ({}) failed", job.id(), job.verb().id(), e);
                why = JobStore.error("internal", "internal error (" + e.getClass().getSimpleName()
                        + "); the server log has the details");
            }
        } catch (Error e) {
            LOG.error("job {} ({}) failed", job.id(), job.verb().id(), e);
            why = JobStore.error("internal", "internal error (" + e.getClass().getSimpleName()
                    + "); the server log has the details");
        }
        job.finish(end, clock.instant(), Optional.ofNullable(why));
        store.save(job);
    }

    private void runSweep(Job job) {
        JobState end = JobState.FAILED;
        ObjectNode why = null;
        try {
            ObjectNode summary = sweeps.run(job, store.dir(job.id()), job.progress());
            AtomicOutput.writeString(store.dir(job.id()).resolve(JobStore.REPORT), io.orbitdc.core.report.JsonOutput.pretty(summary));
            end = JobState.DONE;
        } catch (ApiException refused) {
            why = JobStore.error(refused.code(), refused.getMessage());
            if (refused.errors() != null) {
                why.set("errors", refused.errors());
            }
        } catch (RuntimeException e) {
            Optional<InputException> bad = inputCause(e);
            if (job.progress().cancelled()) {
                end = JobState.CANCELLED;
            } else if (bad.isPresent()) {
                why = Problems.failure(bad.get(), SweepJobs.fileName(job));
            } else {
                LOG.error("job {} (sweep) failed", job.id(), e);
                why = JobStore.error("internal", "internal error (" + e.getClass().getSimpleName()
                        + "); the server log has the details");
            }
        } catch (Error e) {
            LOG.error("job {} (sweep) failed", job.id(), e);
            why = JobStore.error("internal", "internal error (" + e.getClass().getSimpleName()
                    + "); the server log has the details");
        }
        job.finish(end, clock.instant(), Optional.ofNullable(why));
        store.save(job);
    }

    /** The bad-input error behind {@code e}: itself or the first in its cause chain (worker threads wrap). */
    static Optional<InputException> inputCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InputException bad) {
                return Optional.of(bad);
            }
        }
        return Optional.empty();
    }

    /** Cancels the running jobs, drops the queued ones, and waits a little for the workers to unwind. */
    @Override
    public void close() {
        active.forEach(j -> j.progress().cancel());
        for (ThreadPoolExecutor lane : java.util.List.of(executor, quick)) {
            lane.getQueue().clear();
            lane.shutdown();
        }
        try {
            for (ThreadPoolExecutor lane : java.util.List.of(executor, quick)) {
                if (!lane.awaitTermination(10, TimeUnit.SECONDS)) {
                    lane.shutdownNow();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
