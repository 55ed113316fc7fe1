package io.orbitdc.server;

import io.orbitdc.core.report.html.HtmlReportWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.orbitdc.core.files.AtomicOutput;
import io.orbitdc.core.report.JsonOutput;
import io.orbitdc.core.study.ShippedCatalogs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code orbitdc serve} web server: HTTP API v1 under {@code /api/v1} (listed in
 * {@link #ROUTES} and described by {@code /api/v1/openapi.json}), the dashboard's static files at
 * {@code /}, CesiumJS at {@code /cesium}. Safe by default: loopback only unless a token is set;
 * with a token every request must carry it (header {@code Authorization: Bearer T}, query
 * {@code token=T}, or the cookie the dashboard sets); bodies over the limit are refused; errors are
 * {@code {error, message}} without stack traces.
 */
public final class OrbitdcServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OrbitdcServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String API = "/api/v1";
    static final String TOKEN_COOKIE = "orbitdc_token";
    private static final String YAML = "application/yaml; charset=utf-8";

    /** One route of the API: what the OpenAPI document must list, and nothing else. */
    record Route(String method, String path) {
        /** The path in OpenAPI's notation ({@code <name>} becomes {@code {name}}). */
        String openApiPath() {
            return path.replace('<', '{').replace('>', '}');
        }
    }

    /** Every API route, in the order the OpenAPI document lists them. */
    static final List<Route> ROUTES = List.of(
            new Route("get", API + "/openapi.json"),
            new Route("post", API + "/validate"),
            new Route("get", API + "/scenarios"),
            new Route("get", API + "/scenarios/{name}"),
            new Route("put", API + "/scenarios/{name}"),
            new Route("get", API + "/sweeps"),
            new Route("get", API + "/sweeps/{name}"),
            new Route("post", API + "/sweeps/validate"),
            new Route("get", API + "/jobs"),
            new Route("post", API + "/jobs"),
            new Route("get", API + "/jobs/{id}"),
            new Route("delete", API + "/jobs/{id}"),
            new Route("post", API + "/jobs/{id}/resume"),
            new Route("get", API + "/jobs/{id}/events"),
            new Route("get", API + "/jobs/{id}/report"),
            new Route("get", API + "/jobs/{id}/scenario"),
            new Route("get", API + "/jobs/{id}/files"),
            new Route("get", API + "/jobs/{id}/files/<name>"),
            new Route("get", API + "/jobs/{id}/czml"));

    private final ServerConfig config;
    private final JobStore store;
    private final JobQueue queue;
    private final ScenarioLibrary library;
    private final SweepJobs sweeps;
    private final Validation validation;
    private final ProgressEvents events;
    private final Clock clock = Clock.systemUTC();
    private final Javalin app;

    private OrbitdcServer(ServerConfig config) {
        this.config = config;
        if (config.token().isEmpty() && !ServerConfig.isLoopback(config.bind())) {
            throw new IllegalArgumentException("--bind " + config.bind() + " needs --token");
        }
        Path data = config.dataDir().toAbsolutePath().normalize();
        ShippedCatalogs catalogs = ShippedCatalogs.load();
        Path sandbox = data.resolve("empty");
        try {
            Files.createDirectories(sandbox);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + sandbox, e);
        }
        this.store = new JobStore(data);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() / config.concurrency());
        this.library = new ScenarioLibrary(data);
        this.sweeps = new SweepJobs(library, catalogs, sandbox, threads, config.maxSatelliteSteps(), version());
        this.queue = new JobQueue(store, new VerbRunner(catalogs, threads, config.maxSatelliteSteps(), version()),
                sweeps, config.concurrency(), config.queueCapacity(), clock);
        this.validation = new Validation(catalogs, sandbox);
        this.events = new ProgressEvents(store);
        this.app = Javalin.create(this::configure);
    }

    /** Starts a server with {@code config}; {@link #port()} says where it listens. */
    public static OrbitdcServer start(ServerConfig config) {
        OrbitdcServer server = new OrbitdcServer(config);
        server.app.start(config.bind(), config.port());
        return server;
    }

    public int port() {
        return app.port();
    }

    /** This build's version, from the jar manifest when there is one. */
    static String version() {
        String v = OrbitdcServer.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }

    private void configure(JavalinConfig c) {
        c.http.maxRequestSize = config.maxBodyBytes();
        c.startup.showJavalinBanner = false;
        c.startup.showOldJavalinVersionWarning = false;
        c.staticFiles.add(s -> {
            s.hostedPath = "/";
            s.directory = "/web";
            s.location = Location.CLASSPATH;
        });
        // CesiumJS is unpacked into the classes at build time; a jar built without it (the load
        // test's) still serves everything else, and the 3D view says it cannot load
        if (OrbitdcServer.class.getResource("/cesium/Cesium.js") != null) c.staticFiles.add(s -> {
            s.hostedPath = "/cesium";
            s.directory = "/cesium";
            s.location = Location.CLASSPATH;
        });
        c.routes.before(this::guard);
        c.routes.get(API + "/openapi.json", ctx -> ctx.contentType("application/json").result(openApi()));
        c.routes.post(API + "/validate", ctx -> json(ctx, validation.check(
                Optional.ofNullable(ctx.queryParam("file")).map(f -> SafeName.require("file", f)).orElse("scenario.yaml"),
                body(ctx), ctx.queryParams("set"))));
        c.routes.get(API + "/scenarios", ctx -> json(ctx, library.list()));
        c.routes.get(API + "/scenarios/{name}", ctx -> ctx.contentType(YAML).result(library.text(ctx.pathParam("name"))));
        c.routes.put(API + "/scenarios/{name}", ctx -> json(ctx, library.save(ctx.pathParam("name"), body(ctx))));
        c.routes.get(API + "/sweeps", ctx -> json(ctx, library.listSweeps()));
        c.routes.get(API + "/sweeps/{name}", ctx -> ctx.contentType(YAML).result(library.sweepText(ctx.pathParam("name"))));
        c.routes.post(API + "/sweeps/validate", ctx -> json(ctx, sweeps.check(
                Optional.ofNullable(ctx.queryParam("file")).map(f -> SafeName.require("file", f)).orElse("sweep.yaml"),
                body(ctx), ctx.queryParams("set"))));
        c.routes.get(API + "/jobs", ctx -> {
            ArrayNode list = JsonOutput.object().arrayNode();
            store.all().forEach(j -> list.add(j.toJson()));
            json(ctx, list);
        });
        c.routes.post(API + "/jobs", this::createJob);
        c.routes.get(API + "/jobs/{id}", ctx -> json(ctx, describe(store.get(ctx.pathParam("id")))));
        c.routes.delete(API + "/jobs/{id}", ctx -> {
            Job job = store.get(ctx.pathParam("id"));
            queue.cancel(job);
            json(ctx, job.toJson());
        });
        c.routes.post(API + "/jobs/{id}/resume", ctx -> {
            Job job = store.get(ctx.pathParam("id"));
            queue.resume(job);
            json(ctx, job.toJson());
        });
        c.routes.sse(API + "/jobs/{id}/events", events::attach);
        c.routes.get(API + "/jobs/{id}/report", this::report);
        c.routes.get(API + "/jobs/{id}/scenario", ctx -> {
            Job job = store.get(ctx.pathParam("id"));
            ctx.contentType(YAML).result(Files.readString(store.dir(job.id()).resolve(JobStore.SCENARIO)));
        });
        c.routes.get(API + "/jobs/{id}/files", ctx -> {
            Job job = store.get(ctx.pathParam("id"));
            json(ctx, files(job));
        });
        c.routes.get(API + "/jobs/{id}/files/<name>", this::download);
        c.routes.get(API + "/jobs/{id}/czml", new FleetView(store)::czml);
        c.routes.exception(ApiException.class, (e, ctx) -> {
            error(ctx, e.status(), e.code(), e.getMessage());
            if (e.errors() != null) {
                json(ctx, JsonOutput.object().put("error", e.code()).put("message", e.getMessage()).set("errors", e.errors()));
            }
        });
        c.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), switch (e.getStatus()) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "too-large";
            default -> "http-" + e.getStatus();
        }, e.getStatus() == 404 ? "no such path: " + ctx.method() + " " + SafeName.printable(ctx.path()) : e.getMessage()));
        c.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal", "internal error (" + e.getClass().getSimpleName() + "); the server log has the details");
        });
        c.events.serverStopping(() -> {
            events.close();
            queue.close();
        });
    }

    /** The token check and the body limit, before any handler. */
    private void guard(Context ctx) {
        Optional<String> token = config.token();
        if (token.isPresent()) {
            String given = Optional.ofNullable(ctx.header("Authorization")).filter(h -> h.startsWith("Bearer "))
                    .map(h -> h.substring(7)).or(() -> Optional.ofNullable(ctx.queryParam("token")))
                    .or(() -> Optional.ofNullable(ctx.cookie(TOKEN_COOKIE))).orElse("");
            if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.get().getBytes(StandardCharsets.UTF_8))) {
                throw new ApiException(401, "unauthorized", "this server needs its access token: send"
                        + " 'Authorization: Bearer TOKEN' or open the dashboard as /?token=TOKEN");
            }
            if (ctx.queryParam("token") != null) {
                // the dashboard's own requests (EventSource, downloads) then carry it without the URL
                ctx.res().addHeader("Set-Cookie", TOKEN_COOKIE + "=" + token.get() + "; Path=/; HttpOnly; SameSite=Strict");
            }
        }
        long length = ctx.contentLength();
        if (length > config.maxBodyBytes()) {
            throw new ApiException(413, "too-large", "request body of " + length + " bytes; this server accepts at most "
                    + config.maxBodyBytes());
        }
        ctx.header("X-Content-Type-Options", "nosniff");
    }

    private String body(Context ctx) {
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length > config.maxBodyBytes()) {
            throw new ApiException(413, "too-large", "request body over " + config.maxBodyBytes() + " bytes");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private void createJob(Context ctx) {
        JsonNode req;
        try {
            req = JSON.readTree(body(ctx));
        } catch (IOException e) {
            throw ApiException.badRequest("the body is not JSON; expected {\"verb\": ..., \"scenario\": YAML text, \"set\": [...]}");
        }
        if (req == null || !req.isObject()) {
            throw ApiException.badRequest("expected a JSON object {\"verb\": ..., \"scenario\": YAML text, \"set\": [...]}");
        }
        Verb verb = Verb.parse(req.path("verb").asText(""));
        if (verb == Verb.SWEEP) {
            createSweepJob(ctx, req);
            return;
        }
        JsonNode scenario = req.get("scenario");
        if (scenario == null || !scenario.isTextual() || scenario.asText().isBlank()) {
            throw ApiException.badRequest("scenario: expected the scenario's YAML text");
        }
        List<String> set = overrides(req.get("set"));
        JobOptions options = JobOptions.parse(req.get("options"));
        String name = req.hasNonNull("name") ? SafeName.printable(req.get("name").asText()) : "";
        Job job = new Job(store.nextId(), verb, name, set, options, Instant.now(clock), JobState.QUEUED);
        store.create(job, scenario.asText());
        queue.submit(job);
        ctx.status(201);
        json(ctx, JsonOutput.object().put("id", job.id()));
    }

    /**
     * {@code {"verb": "sweep", "sweep": YAML text, "name"?, "set"?}}: the sweep is read, its base found
     * in the library and its plan made now, so that a bad sweep (422, located errors) or one over
     * the caps (422 too-large) is refused before it is queued.
     */
    private void createSweepJob(Context ctx, JsonNode req) {
        JsonNode sweep = req.get("sweep");
        if (sweep == null || !sweep.isTextual() || sweep.asText().isBlank()) {
            throw ApiException.badRequest("sweep: expected the sweep file's YAML text (docs/sweeps.md)");
        }
        if (req.hasNonNull("options")) {
            throw ApiException.badRequest("options: a sweep job takes none (its stages and spans are in the sweep file)");
        }
        String name = req.hasNonNull("name") ? SafeName.require("name", req.get("name").asText()) : "sweep";
        List<String> set = overrides(req.get("set"));
        Job job = new Job(store.nextId(), Verb.SWEEP, name, set, JobOptions.defaults(), Instant.now(clock), JobState.QUEUED);
        SweepJobs.Parsed parsed = sweeps.prepare(SweepJobs.fileName(job), sweep.asText(), set);
        // the base's text as it is now: resuming later runs the same sweep whatever the library holds by then
        store.create(job, library.text(parsed.baseName()));
        AtomicOutput.writeString(store.dir(job.id()).resolve(SweepJobs.SWEEP), sweep.asText());
        queue.submit(job);
        ctx.status(201);
        json(ctx, JsonOutput.object().put("id", job.id()));
    }

    /** {@code set}: a list of "PATH=VALUE" texts, or an object {PATH: VALUE}. */
    private static List<String> overrides(JsonNode set) {
        List<String> list = new ArrayList<>();
        if (set == null || set.isNull()) {
            return list;
        }
        if (set.isArray()) {
            set.forEach(s -> list.add(s.asText()));
        } else if (set.isObject()) {
            set.fields().forEachRemaining(e -> list.add(e.getKey() + "=" + e.getValue().asText()));
        } else {
            throw ApiException.badRequest("set: expected a list of \"PATH=VALUE\" or an object {\"PATH\": \"VALUE\"}");
        }
        return list;
    }

    private ObjectNode describe(Job job) {
        ObjectNode o = job.toJson();
        o.set("files", files(job));
        return o;
    }

    private ArrayNode files(Job job) {
        ArrayNode list = JsonOutput.object().arrayNode();
        if (job.state() != JobState.DONE) {
            return list; // files are published only when the verb succeeded
        }
        Path dir = store.dir(job.id()).resolve(JobStore.FILES);
        for (String f : store.files(job.id())) {
            long size;
            try {
                size = Files.size(dir.resolve(f));
            } catch (IOException e) {
                size = -1;
            }
            list.addObject().put("name", f).put("size", size)
                    .put("url", API + "/jobs/" + job.id() + "/files/" + f);
        }
        return list;
    }

    private void report(Context ctx) throws IOException {
        Job job = store.get(ctx.pathParam("id"));
        JobState state = job.state();
        if (state != JobState.DONE) {
            throw new ApiException(409, "not-done", "job " + job.id() + " is " + state.id()
                    + (state.finished() ? "; it has no report" : "; its report is there once it is done"));
        }
        ctx.contentType("application/json").result(Files.readString(store.dir(job.id()).resolve(JobStore.REPORT)));
    }

    private void download(Context ctx) throws IOException {
        Job job = store.get(ctx.pathParam("id"));
        String name = ctx.pathParam("name");
        Path file = store.file(job.id(), name);
        String base = file.getFileName().toString();
        ctx.contentType(contentType(base));
        ctx.header("Content-Disposition", "attachment; filename=\"" + base.replace("\"", "") + "\"");
        if ("1".equals(ctx.queryParam("inline"))) {
            ctx.header("Content-Disposition", "inline");
        }
        if (base.endsWith(".html")) {
            // the report page is self-contained: the same policy its own meta tag carries, sent by the server too
            ctx.header("Content-Security-Policy", HtmlReportWriter.POLICY);
        }
        InputStream in = Files.newInputStream(file);
        ctx.result(in);
    }

    private static String contentType(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".json") || n.endsWith(".czml")) {
            return "application/json";
        }
        if (n.endsWith(".csv")) {
            return "text/csv; charset=utf-8";
        }
        if (n.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (n.endsWith(".txt") || n.endsWith(".oem")) {
            return "text/plain; charset=utf-8";
        }
        return "application/octet-stream";
    }

    private static String openApi() throws IOException {
        try (InputStream in = OrbitdcServer.class.getResourceAsStream("/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the server's resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static void json(Context ctx, JsonNode node) {
        ctx.contentType("application/json").result(JsonOutput.pretty(node));
    }

    static void error(Context ctx, int status, String code, String message) {
        ctx.status(status);
        json(ctx, JsonOutput.object().put("error", code).put("message", message));
    }

    /** Stops taking requests, stops the running jobs (they are marked failed at the next start) and the event streams. */
    @Override
    public void close() {
        app.stop();
    }
}
