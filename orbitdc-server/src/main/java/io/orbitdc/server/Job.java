package io.orbitdc.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.orbitdc.core.report.JsonOutput;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One job: what was asked (verb, scenario name, overrides, options) and where it is (state,
 * progress, the error that ended it). Thread-safe: the worker moves it along while request threads
 * read snapshots ({@link #toJson()}). Its persistent form is {@code job.json} in its folder.
 */
final class Job {
    private final String id;
    private final Verb verb;
    private final String name;
    private final List<String> set;
    private final JobOptions options;
    private final Instant created;
    private volatile JobProgress progress = new JobProgress();
    private JobState state;
    private Instant started;
    private Instant finished;
    private ObjectNode error;

    Job(String id, Verb verb, String name, List<String> set, JobOptions options, Instant created, JobState state) {
        this.id = id;
        this.verb = verb;
        this.name = name;
        this.set = List.copyOf(set);
        this.options = options;
        this.created = created;
        this.state = state;
    }

    String id() {
        return id;
    }

    Verb verb() {
        return verb;
    }

    String name() {
        return name;
    }

    List<String> set() {
        return set;
    }

    JobOptions options() {
        return options;
    }

    JobProgress progress() {
        return progress;
    }

    synchronized JobState state() {
        return state;
    }

    /** Moves a queued job to running; false when it was cancelled while queued. */
    synchronized boolean start(Instant now) {
        if (state != JobState.QUEUED) {
            return false;
        }
        state = JobState.RUNNING;
        started = now;
        return true;
    }

    synchronized void finish(JobState end, Instant now, Optional<ObjectNode> why) {
        state = end;
        finished = now;
        error = why.orElse(null);
    }

    /**
     * Queues a cancelled or failed job again (a sweep resumes at its first point not stored), with
     * fresh progress; false when it is not finished or it succeeded.
     */
    synchronized boolean requeue() {
        if (state != JobState.CANCELLED && state != JobState.FAILED) {
            return false;
        }
        state = JobState.QUEUED;
        started = null;
        finished = null;
        error = null;
        progress = new JobProgress();
        return true;
    }

    /** Asks the job to stop; a queued job is cancelled at once. Returns whether it was still unfinished. */
    synchronized boolean cancel(Instant now) {
        if (state.finished()) {
            return false;
        }
        progress.cancel();
        if (state == JobState.QUEUED) {
            finish(JobState.CANCELLED, now, Optional.empty());
        }
        return true;
    }

    /** The job as the API shows it and {@code job.json} stores it. */
    synchronized ObjectNode toJson() {
        ObjectNode o = JsonOutput.object();
        o.put("id", id);
        o.put("verb", verb.id());
        o.put("name", name);
        set.forEach(o.putArray("set")::add);
        o.set("options", options.toJson());
        o.put("state", state.id());
        ObjectNode p = o.putObject("progress");
        p.put("phase", state == JobState.RUNNING ? progress.phaseName() : state.id());
        double f = state == JobState.DONE ? 1.0 : progress.fraction();
        JsonOutput.putFinite(p, "fraction", state == JobState.RUNNING || state == JobState.DONE ? f : Double.NaN);
        if (progress.hasPoints()) {
            p.putObject("points").put("done", progress.pointsDone()).put("total", progress.pointsTotal())
                    .put("failed", progress.pointsFailed());
        }
        o.put("created", created.toString());
        putInstant(o, "started", started);
        putInstant(o, "finished", finished);
        if (error == null) {
            o.putNull("error");
        } else {
            o.set("error", error);
        }
        return o;
    }

    private static void putInstant(ObjectNode o, String key, Instant t) {
        if (t == null) {
            o.putNull(key);
        } else {
            o.put(key, t.toString());
        }
    }

    /** A job read back from its {@code job.json}. */
    static Job fromJson(JsonNode n) {
        List<String> set = new java.util.ArrayList<>();
        n.path("set").forEach(s -> set.add(s.asText()));
        Job job = new Job(n.get("id").asText(), Verb.parse(n.get("verb").asText()), n.path("name").asText(""), set,
                JobOptions.parse(n.get("options")), Instant.parse(n.get("created").asText()),
                JobState.parse(n.get("state").asText()));
        job.started = n.hasNonNull("started") ? Instant.parse(n.get("started").asText()) : null;
        job.finished = n.hasNonNull("finished") ? Instant.parse(n.get("finished").asText()) : null;
        job.error = n.get("error") instanceof ObjectNode e ? e : null;
        return job;
    }
}
