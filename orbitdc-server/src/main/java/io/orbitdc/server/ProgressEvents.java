package io.orbitdc.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.sse.SseClient;
import io.orbitdc.core.report.JsonOutput;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code GET /api/v1/jobs/{id}/events}: a job's progress as server-sent events. Every
 * {@value #TICK_MS} ms each open stream gets a {@code progress} event carrying the job (as
 * {@code GET /api/v1/jobs/{id}} shows it) when it changed; once the job is finished the stream
 * gets one {@code done} event and is closed. One ticker thread serves every stream.
 */
final class ProgressEvents implements AutoCloseable {
    static final long TICK_MS = 250;

    private final JobStore store;
    private final Set<Stream> streams = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "orbitdc-sse");
        t.setDaemon(true);
        return t;
    });

    private static final class Stream {
        final SseClient client;
        final String jobId;
        String last = "";

        Stream(SseClient client, String jobId) {
            this.client = client;
            this.jobId = jobId;
        }
    }

    ProgressEvents(JobStore store) {
        this.store = store;
        ticker.scheduleWithFixedDelay(this::tick, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
    }

    /** The SSE handler: keeps the connection and registers it with the ticker. */
    void attach(SseClient client) {
        String id = client.ctx().pathParam("id");
        Optional<Job> job;
        try {
            job = store.find(id);
        } catch (ApiException e) {
            job = Optional.empty();
        }
        if (job.isEmpty()) {
            ObjectNode e = JsonOutput.object().put("error", "not-found").put("message", "job " + SafeName.printable(id)
                    + ": no such job");
            client.sendEvent("error", JsonOutput.pretty(e).strip());
            client.close();
            return;
        }
        client.keepAlive();
        Stream s = new Stream(client, job.get().id());
        streams.add(s);
        client.onClose(() -> streams.remove(s));
        send(s);
    }

    private void tick() {
        for (Stream s : streams) {
            try {
                send(s);
            } catch (RuntimeException e) {
                streams.remove(s);
                s.client.close();
            }
        }
    }

    private void send(Stream s) {
        if (s.client.terminated()) {
            streams.remove(s);
            return;
        }
        Job job = store.get(s.jobId);
        boolean finished = job.state().finished();
        String data = JsonOutput.pretty(job.toJson()).replace("\n", "");
        if (!data.equals(s.last)) {
            s.last = data;
            s.client.sendEvent(finished ? "done" : "progress", data);
        }
        if (finished) {
            streams.remove(s);
            s.client.close();
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        streams.forEach(s -> s.client.close());
        streams.clear();
    }
}
