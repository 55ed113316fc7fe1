package io.orbitdc.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.orbitdc.server.OrbitdcServer;
import io.orbitdc.server.ServerConfig;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load test of {@code orbitdc serve} on loopback (issue 13): {@code --clients} clients
 * (default 50) each cycling through validate, size and cost — validate answered in the request, size
 * and cost as jobs polled every 200 ms until done — while {@code --simulations} clients (default 4) each run
 * simulations back to back, for {@code --seconds} (default 60). The server runs in this JVM on an
 * ephemeral port with a temporary data directory and {@code --jobs} equal to the simulations.
 * Prints errors and latency percentiles as a Markdown table for docs/performance.md. Never part of
 * the unit tests; every loop stops at the deadline and each request has a timeout.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.orbitdc.bench.ServerLoad [--seconds 60] [--clients 50] [--simulations 4]</pre>
 */
public final class ServerLoad {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);

    /**
     * One HTTP client per client thread, as separate users would have: a shared java.net.http client
     * funnels every response through one selector thread, which on 2 saturated cores became the
     * tail of the measured latency rather than the server.
     */
    private final ThreadLocal<HttpClient> client = ThreadLocal.withInitial(
            () -> HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
    private final String base;
    private final Map<String, List<Long>> latenciesNs = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());

    private ServerLoad(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public static void main(String[] args) throws Exception {
        int seconds = 60;
        int clients = 50;
        int simulations = 4;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                case "--clients" -> clients = Integer.parseInt(args[i + 1]);
                case "--simulations" -> simulations = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (seconds < 1 || seconds > 600 || clients < 1 || clients > 500 || simulations < 0 || simulations > 16) {
            throw new IllegalArgumentException("expected --seconds 1..600, --clients 1..500, --simulations 0..16");
        }
        Path data = Files.createTempDirectory("orbitdc-load");
        ServerConfig config = ServerConfig.local(data, 0).withLimits(Math.max(1, simulations), 4 * clients,
                ServerConfig.DEFAULT_MAX_SATELLITE_STEPS);
        try (OrbitdcServer server = OrbitdcServer.start(config)) {
            new ServerLoad(server.port()).run(seconds, clients, simulations);
        }
    }

    private void run(int seconds, int clients, int simulations) throws Exception {
        String scenario = send("GET", "/api/v1/scenarios/suncatcher-like", null, null).body();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int first = c;
            threads.add(new Thread(() -> {
                String[] ops = {"validate", "size", "cost"};
                for (int k = first; System.nanoTime() < deadline; k++) {
                    String op = ops[k % ops.length];
                    if (op.equals("validate")) {
                        validate(scenario);
                    } else {
                        job(op, scenario, List.of(), 200);
                    }
                }
            }, "load-client-" + c));
        }
        for (int s = 0; s < simulations; s++) {
            threads.add(new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    job("simulate", scenario, List.of(), 250);
                }
            }, "load-simulation-" + s));
        }
        long start = System.nanoTime();
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        print(seconds, clients, simulations, wall);
    }

    private void validate(String scenario) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = send("POST", "/api/v1/validate", scenario, "application/yaml");
            long dt = System.nanoTime() - t0;
            if (r.statusCode() != 200 || !JSON.readTree(r.body()).path("valid").asBoolean()) {
                error("validate", r.statusCode() + " " + r.body());
                return;
            }
            record("validate", dt);
        } catch (IOException | RuntimeException e) {
            error("validate", String.valueOf(e));
        }
    }

    /** Submits a job and polls it until it is finished; records submit-to-done time. */
    private void job(String verb, String scenario, List<String> set, long pollMs) {
        long t0 = System.nanoTime();
        try {
            ObjectNode req = JSON.createObjectNode().put("verb", verb).put("scenario", scenario);
            set.forEach(req.putArray("set")::add);
            HttpResponse<String> r = send("POST", "/api/v1/jobs", req.toString(), "application/json");
            if (r.statusCode() != 201) {
                error(verb, r.statusCode() + " " + r.body());
                return;
            }
            String id = JSON.readTree(r.body()).get("id").asText();
            long until = System.nanoTime() + REQUEST_TIMEOUT.toNanos();
            while (System.nanoTime() < until) {
                Thread.sleep(pollMs);
                HttpResponse<String> poll = send("GET", "/api/v1/jobs/" + id, null, null);
                if (poll.statusCode() != 200) {
                    error(verb, "poll " + poll.statusCode() + " " + poll.body());
                    return;
                }
                JsonNode job = JSON.readTree(poll.body());
                String state = job.path("state").asText();
                if (state.equals("done")) {
                    record(verb, System.nanoTime() - t0);
                    return;
                }
                if (state.equals("failed") || state.equals("cancelled")) {
                    error(verb, job.toString());
                    return;
                }
            }
            error(verb, "job " + id + " not done in " + REQUEST_TIMEOUT);
        } catch (IOException | RuntimeException e) {
            error(verb, String.valueOf(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpResponse<String> send(String method, String path, String body, String type) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            b.header("Content-Type", type);
        }
        try {
            return client.get().send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void record(String op, long ns) {
        latenciesNs.computeIfAbsent(op, k -> Collections.synchronizedList(new ArrayList<>())).add(ns);
    }

    private void error(String op, String what) {
        errors.computeIfAbsent(op, k -> new AtomicLong()).incrementAndGet();
        if (errorSamples.size() < 5) {
            errorSamples.add(op + ": " + what);
        }
    }

    private void print(int seconds, int clients, int simulations, double wall) {
        System.out.printf(Locale.ROOT, "Load test: %d clients (validate/size/cost) + %d simulation clients for %d s on loopback;"
                        + " %d cores, Java %s, load average at the end %.2f, wall %.1f s%n%n", clients, simulations, seconds,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), wall);
        System.out.println("| operation | completed | errors | p50 (ms) | p99 (ms) | max (ms) |");
        System.out.println("|---|---|---|---|---|---|");
        long totalErrors = 0;
        for (String op : List.of("validate", "size", "cost", "simulate")) {
            List<Long> l = new ArrayList<>(latenciesNs.getOrDefault(op, List.of()));
            Collections.sort(l);
            long err = errors.getOrDefault(op, new AtomicLong()).get();
            totalErrors += err;
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %s | %s | %s |%n", op, l.size(), err, pct(l, 0.50), pct(l, 0.99),
                    l.isEmpty() ? "-" : String.format(Locale.ROOT, "%.1f", l.get(l.size() - 1) / 1e6));
        }
        System.out.println();
        System.out.println("errors: " + totalErrors);
        errorSamples.forEach(e -> System.out.println("  e.g. " + e));
    }

    private static String pct(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return "-";
        }
        int i = (int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1);
        return String.format(Locale.ROOT, "%.1f", sorted.get(Math.max(0, i)) / 1e6);
    }
}
