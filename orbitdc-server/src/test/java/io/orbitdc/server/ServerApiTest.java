package io.orbitdc.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** HTTP API v1 over a real server on loopback, driven by java.net.http as any client would. */
class ServerApiTest extends LocalServerTest {

    private String shipped(String name) {
        return libraryText("/api/v1/scenarios/" + name);
    }

    @Test
    void validateAcceptsAShippedScenarioAndLocatesEveryErrorOfABrokenOne() {
        JsonNode ok = http.json(http.send("POST", "/api/v1/validate", shipped("starcloud-1"), "application/yaml"));
        assertThat(ok.get("valid").asBoolean()).isTrue();
        assertThat(ok.get("errors")).isEmpty();

        // line 4, column 13 is where the value of altitude starts (counted by hand in the text below)
        String broken = "orbitdc: 1\nname: broken\norbit:\n  altitude: 650 parsecs\n  inclination: 53 deg\n"
                + "constellation:\n  type: single\nsatellite:\n  accelerator: nvidia-h100-sxm\n";
        JsonNode bad = http.json(http.send("POST", "/api/v1/validate?file=mine.yaml", broken, "application/yaml"));
        assertThat(bad.get("valid").asBoolean()).isFalse();
        JsonNode first = bad.get("errors").get(0);
        assertThat(first.get("line").asInt()).isEqualTo(4);
        assertThat(first.get("column").asInt()).isEqualTo(13);
        assertThat(first.get("field").asText()).isEqualTo("orbit.altitude");
        assertThat(first.get("text").asText()).startsWith("mine.yaml:4:13 orbit.altitude: ");
    }

    @Test
    void aSizeJobRunsInTheBackgroundAndKeepsItsReportAndFiles() {
        String id = http.submit("size", shipped("suncatcher-like"));
        JsonNode job = http.awaitFinished(id, 120);
        assertThat(job.get("state").asText()).isEqualTo("done");
        JsonNode report = http.getJson("/api/v1/jobs/" + id + "/report");
        assertThat(report.has("fleet") || report.size() > 0).isTrue();
        List<String> names = new ArrayList<>();
        job.get("files").forEach(f -> names.add(f.get("name").asText()));
        assertThat(names).contains("size.json", "size.txt");
        var file = http.get("/api/v1/jobs/" + id + "/files/size.json");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(http.json(file)).isEqualTo(report);
        // the simulate and geometry reports name their scenario file: never by the server's folders
        String sim = http.submit("simulate", shipped("starcloud-1"), "duration=1 h");
        http.awaitFinished(sim, 120);
        assertThat(http.get("/api/v1/jobs/" + sim + "/report").body()).contains("\"scenario.yaml\"")
                .doesNotContain(data.toString());
        assertThat(http.get("/api/v1/jobs/" + sim + "/files/simulate.json").body()).doesNotContain(data.toString());
    }

    @Test
    void aSimulationStreamsProgressAndWritesAResultsDatabaseThatDuckDbOpens() throws Exception {
        String id = http.submit("simulate", shipped("starcloud-1"), "duration=6 h");
        List<String> events = new ArrayList<>();
        HttpResponse<Stream<String>> sse = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(http.base() + "/api/v1/jobs/" + id + "/events"))
                        .header("Accept", "text/event-stream")
                        .timeout(Duration.ofSeconds(180)).build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(sse.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        try (Stream<String> lines = sse.body()) {
            for (Iterator<String> it = lines.iterator(); it.hasNext(); ) {
                String line = it.next();
                if (line.startsWith("event: ")) {
                    events.add(line.substring(7));
                }
            }
        }
        assertThat(events).isNotEmpty().last().isEqualTo("done");
        JsonNode job = http.getJson("/api/v1/jobs/" + id);
        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("done");
        assertThat(job.at("/progress/fraction").asDouble()).isEqualTo(1.0);

        var db = http.get("/api/v1/jobs/" + id + "/files/results.duckdb");
        assertThat(db.statusCode()).isEqualTo(200);
        Path copy = data.resolve("copy.duckdb");
        try (InputStream in = URI.create(http.base() + "/api/v1/jobs/" + id + "/files/results.duckdb").toURL().openStream()) {
            Files.copy(in, copy);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + copy);
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM series")) {
            rs.next();
            // 6 h sampled hourly for one satellite: 6 rows (the twin records after every 120th 30 s step)
            assertThat(rs.getLong(1)).isEqualTo(6);
        }
    }

    /**
     * The 3D view's feed: a window of the job's fleet.czml with its clock, and the file's span in a header.
     * A one-hour window of a three-hour run keeps every satellite and fewer samples than the file.
     */
    @Test
    void theCzmlRouteServesATimeWindowOfTheFleetAndSaysTheSpan() {
        String id = http.submit("geometry", shipped("suncatcher-like"), "duration=3 h");
        JsonNode job = http.awaitFinished(id, 300);
        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("done");
        JsonNode file = http.getJson("/api/v1/jobs/" + id + "/files/fleet.czml");
        String[] span = file.get(0).at("/clock/interval").asText().split("/");
        java.time.Instant start = java.time.Instant.parse(span[0]);

        var whole = http.get("/api/v1/jobs/" + id + "/czml");
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue(FleetView.SPAN_HEADER)).contains(span[0] + "/" + span[1]);
        // a span under a month is served whole: the same packets as the file
        assertThat(http.json(whole)).isEqualTo(file);

        String from = start.plusSeconds(3600).toString();
        String to = start.plusSeconds(7200).toString();
        JsonNode window = http.getJson("/api/v1/jobs/" + id + "/czml?from=" + from + "&to=" + to);
        assertThat(window.get(0).at("/clock/interval").asText()).isEqualTo(from + "/" + to);
        JsonNode firstSatellite = window.get(1);
        assertThat(firstSatellite.get("availability").asText()).isEqualTo(from + "/" + to);
        assertThat(firstSatellite.at("/position/cartesian").size())
                .isLessThan(file.get(1).at("/position/cartesian").size());

        var bad = http.get("/api/v1/jobs/" + id + "/czml?from=yesterday");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(http.json(bad).get("message").asText()).startsWith("from: found 'yesterday'");
        assertThat(http.get("/api/v1/jobs/" + id + "/czml?from=" + to + "&to=" + from).statusCode()).isEqualTo(400);
    }

    /** The HTML report writer of the core serves as the job's page: text/html, under the page's own policy. */
    @Test
    void aReportJobPublishesTheSelfContainedPageServedAsHtml() {
        String id = http.submit("report", shipped("starcloud-1"), "duration=2 h");
        JsonNode job = http.awaitFinished(id, 300);
        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("done");
        JsonNode report = http.getJson("/api/v1/jobs/" + id + "/report");
        assertThat(report.get("report").asText()).isEqualTo("report.html");
        assertThat(report.get("charts").size()).isPositive();
        var page = http.get("/api/v1/jobs/" + id + "/files/report.html?inline=1");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'none'");
        assertThat(page.body()).contains("<html").doesNotContain(data.toString());
    }

    @Test
    void launchAndVerdictJobsAnswerWithTheirPublicKeys() {
        String launch = http.submit("launch", shipped("no-spacex"));
        var verdictRequest = Http.JSON.createObjectNode().put("verb", "verdict").put("scenario", shipped("starcloud-40mw"));
        verdictRequest.putObject("options").put("draws", 16);
        var created = http.send("POST", "/api/v1/jobs", verdictRequest.toString(), "application/json");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String verdict = http.json(created).get("id").asText();
        assertThat(http.awaitFinished(launch, 180).get("state").asText()).isEqualTo("done");
        JsonNode v = http.awaitFinished(verdict, 300);
        assertThat(v.get("state").asText()).as(v.toString()).isEqualTo("done");
        assertThat(v.at("/options/draws").asInt()).isEqualTo(16);
        // DESIGN "Verdict": ratio.p10|p50|p90 and probabilityOrbitCheaper are public keys
        JsonNode report = http.getJson("/api/v1/jobs/" + verdict + "/report");
        assertThat(report.at("/ratio/p50").isNumber()).as(report.toString()).isTrue();
        assertThat(report.has("probabilityOrbitCheaper")).isTrue();
        assertThat(http.getJson("/api/v1/jobs/" + launch + "/report").size()).isPositive();
        var tooMany = http.send("POST", "/api/v1/jobs", verdictRequest.put("verb", "verdict")
                .set("options", Http.JSON.createObjectNode().put("draws", 10_000_000)).toString(), "application/json");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(http.json(tooMany).get("message").asText()).contains("options.draws");
    }

    @Test
    void aJobOverTheSatelliteStepCapIsRefusedWithTheReason() {
        server.close();
        server = OrbitdcServer.start(ServerConfig.local(data, 0).withLimits(1, 4, 10_000));
        http = new Http(server.port());
        String id = http.submit("simulate", shipped("suncatcher-like"));
        JsonNode job = http.awaitFinished(id, 60);
        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("failed");
        assertThat(job.at("/error/error").asText()).isEqualTo("bad-input");
        // 81 satellites × 2,880 steps (1 d at 30 s) = 233,280 > 10,000
        assertThat(job.at("/error/message").asText()).contains("81 satellites × 2,880 steps = 233,280 satellite-steps",
                "(10,000)");
        assertThat(http.get("/api/v1/jobs/" + id + "/report").statusCode()).isEqualTo(409);
    }

    @Test
    void aBadScenarioFailsItsJobWithLocatedErrorsAndNoServerPath() {
        String id = http.submit("size", "orbitdc: 1\nname: x\norbit:\n  altitude: -5 km\n");
        JsonNode job = http.awaitFinished(id, 60);
        assertThat(job.get("state").asText()).isEqualTo("failed");
        assertThat(job.at("/error/errors/0/line").asInt()).isEqualTo(4);
        assertThat(job.at("/error/message").asText()).startsWith("scenario.yaml:4:").doesNotContain(data.toString());
    }

    @Test
    void cancellingARunningSimulationStopsItAndPublishesNoFiles() {
        String id = http.submit("simulate", shipped("suncatcher-like"), "duration=365 d");
        http.awaitJob(id, j -> !j.get("state").asText().equals("queued"), 60);
        var r = http.send("DELETE", "/api/v1/jobs/" + id, null, null);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode job = http.awaitFinished(id, 240);
        assertThat(job.get("state").asText()).isEqualTo("cancelled");
        assertThat(job.get("files")).isEmpty();
    }

    @Test
    void finishedJobsSurviveARestart() {
        String id = http.submit("cost", shipped("stargate-abilene"));
        assertThat(http.awaitFinished(id, 120).get("state").asText()).isEqualTo("done");
        String report = http.get("/api/v1/jobs/" + id + "/report").body();
        server.close();
        server = OrbitdcServer.start(ServerConfig.local(data, 0));
        http = new Http(server.port());
        JsonNode jobs = http.getJson("/api/v1/jobs");
        assertThat(jobs.get(0).get("id").asText()).isEqualTo(id);
        assertThat(jobs.get(0).get("state").asText()).isEqualTo("done");
        assertThat(http.get("/api/v1/jobs/" + id + "/report").body()).isEqualTo(report);
        assertThat(http.submit("size", shipped("starcloud-1"))).isGreaterThan(id); // ids keep counting
    }

    @Test
    void namesFromTheClientCannotLeaveTheirFolder() throws IOException {
        Files.writeString(data.resolve("secret.txt"), "top secret");
        String id = http.submit("size", shipped("starcloud-1"));
        http.awaitFinished(id, 120);
        for (String path : List.of("/api/v1/jobs/..%2Fsecret.txt", "/api/v1/jobs/" + id + "/files/..%2F..%2F..%2Fsecret.txt",
                "/api/v1/jobs/" + id + "/files/../job.json", "/api/v1/jobs/" + id + "/files/%2e%2e/job.json",
                "/api/v1/scenarios/..%2F..%2Fsecret", "/api/v1/scenarios/.hidden")) {
            var r = http.get(path);
            assertThat(r.statusCode()).as(path).isBetween(400, 404);
            assertThat(r.body()).as(path).doesNotContain("top secret").doesNotContain("\"verb\"");
        }
        var put = http.send("PUT", "/api/v1/scenarios/..%2Fevil", "orbitdc: 1\n", "application/yaml");
        assertThat(put.statusCode()).isBetween(400, 404);
        try (Stream<Path> all = Files.walk(data)) {
            assertThat(all.map(p -> p.getFileName().toString())).doesNotContain("evil.yaml");
        }
        // raw request line: no client-side normalisation of the dots
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write(("GET /api/v1/jobs/" + id + "/files/../../../secret.txt HTTP/1.1\r\nHost: x\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).doesNotContain("top secret");
        }
    }

    @Test
    void errorsAreJsonWithoutStackTraces() {
        var notJson = http.send("POST", "/api/v1/jobs", "{not json", "application/json");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(http.json(notJson).fieldNames()).toIterable().containsExactly("error", "message");
        var badVerb = http.send("POST", "/api/v1/jobs", "{\"verb\":\"fly\",\"scenario\":\"x\"}", "application/json");
        assertThat(http.json(badVerb).get("message").asText()).contains("expected one of validate, size");
        var missing = http.get("/api/v1/jobs/999999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(http.json(missing).get("error").asText()).isEqualTo("not-found");
        var unknown = http.get("/api/v1/nothing-here");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(http.json(unknown).get("error").asText()).isEqualTo("not-found");
        for (var r : List.of(notJson, badVerb, missing, unknown)) {
            assertThat(r.body()).doesNotContain("\tat ").doesNotContain("Exception");
        }
    }

    @Test
    void aBodyOverTheLimitIsRefused() {
        String big = "#".repeat((int) ServerConfig.DEFAULT_MAX_BODY_BYTES + 10);
        var r = http.send("POST", "/api/v1/validate", big, "application/yaml");
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(http.json(r).get("error").asText()).isEqualTo("too-large");
    }

    @Test
    void withATokenEveryRequestMustCarryIt() {
        server.close();
        String token = "0123456789abcdef-test";
        server = OrbitdcServer.start(ServerConfig.local(data, 0).withToken(token));
        var without = new Http(server.port()).get("/api/v1/jobs");
        assertThat(without.statusCode()).isEqualTo(401);
        assertThat(new Http(server.port()).json(without).get("error").asText()).isEqualTo("unauthorized");
        assertThat(new Http(server.port(), "wrong-token-xxxxxxx").get("/api/v1/jobs").statusCode()).isEqualTo(401);
        assertThat(new Http(server.port()).get("/index.html").statusCode()).isEqualTo(401);
        assertThat(new Http(server.port(), token).get("/api/v1/jobs").statusCode()).isEqualTo(200);
        var viaQuery = new Http(server.port()).get("/?token=" + token);
        assertThat(viaQuery.statusCode()).isEqualTo(200);
        assertThat(viaQuery.headers().firstValue("Set-Cookie").orElse("")).contains("HttpOnly");
    }

    @Test
    void savedScenariosJoinTheLibraryButCannotReplaceAShippedOne() {
        var put = http.send("PUT", "/api/v1/scenarios/my-design", shipped("starcloud-1"), "application/yaml");
        assertThat(put.statusCode()).isEqualTo(200);
        JsonNode list = http.getJson("/api/v1/scenarios");
        Set<String> saved = new HashSet<>();
        Set<String> shipped = new HashSet<>();
        list.forEach(e -> (e.get("source").asText().equals("saved") ? saved : shipped).add(e.get("name").asText()));
        assertThat(shipped).contains("suncatcher-like", "starcloud-1", "stargate-abilene");
        assertThat(saved).containsExactly("my-design");
        assertThat(http.send("PUT", "/api/v1/scenarios/suncatcher-like", "x", "application/yaml").statusCode()).isEqualTo(409);
    }

    @Test
    void theOpenApiDocumentListsExactlyTheRoutesTheServerAnswers() throws IOException {
        JsonNode doc = http.getJson("/api/v1/openapi.json");
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        Set<String> documented = new HashSet<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> {
            if (!m.equals("parameters")) {
                documented.add(m + " " + p.getKey());
            }
        }));
        Set<String> served = new HashSet<>();
        OrbitdcServer.ROUTES.forEach(r -> served.add(r.method() + " " + r.openApiPath()));
        assertThat(documented).isEqualTo(served);

        // and every one of them is routed: none answers the router's "no such API path"
        String id = http.submit("size", shipped("starcloud-1"));
        http.awaitFinished(id, 120);
        Map<String, String> sample = Map.of("{id}", id, "{name}", "starcloud-1");
        for (OrbitdcServer.Route r : OrbitdcServer.ROUTES) {
            String path = r.openApiPath();
            for (var e : sample.entrySet()) {
                path = path.replace(e.getKey(), e.getValue());
            }
            if (r.path().endsWith("<name>")) {
                path = path.replace("starcloud-1", "size.json");
            }
            if (r.path().contains("/sweeps/")) {
                path = path.replace("starcloud-1", "gigawatt-vs-abilene");
            }
            String body = r.method().equals("post") && path.endsWith("/jobs")
                    ? "{\"verb\":\"size\",\"scenario\":" + Http.JSON.writeValueAsString(shipped("starcloud-1")) + "}"
                    : r.method().equals("get") || r.method().equals("delete") ? null : shipped("starcloud-1");
            if (r.method().equals("put")) {
                path = path.replace("starcloud-1", "copy-of-starcloud");
            }
            var resp = r.path().endsWith("/events") ? null : http.send(r.method().toUpperCase(), path, body, "application/json");
            if (resp != null && path.endsWith("/resume")) {
                // a done size job is not a sweep to resume: the route answers, with its own refusal
                assertThat(resp.statusCode()).as(r.toString()).isEqualTo(409);
                assertThat(http.json(resp).get("error").asText()).isEqualTo("conflict");
            } else if (resp != null && path.endsWith("/czml")) {
                // a size job draws no fleet: the route answers that the job has no CZML
                assertThat(resp.statusCode()).as(r.toString()).isEqualTo(404);
                assertThat(http.json(resp).get("message").asText()).contains("has no file 'fleet.czml'");
            } else if (resp != null) {
                assertThat(resp.statusCode()).as(r.toString()).isBetween(200, 299);
            }
        }
    }
}
