package io.orbitdc.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orbitdc.core.study.ShippedCatalogs;
import io.orbitdc.core.sweep.SweepFileReader;
import io.orbitdc.core.sweep.SweepPlan;
import io.orbitdc.core.sweep.SweepRunner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Sweep jobs over HTTP API v1: the shipped gigawatt-vs-abilene sweep made small through its text
 * (fewer launch prices and draws), run as a background job with progress, its tables and report
 * published, refused when bad or too large, cancelled and resumed.
 */
class SweepJobApiTest extends LocalServerTest {

    private String shippedSweep() {
        return libraryText("/api/v1/sweeps/gigawatt-vs-abilene");
    }

    /** The shipped sweep with {@code steps} launch prices and {@code draws} draws: 1 × steps × 4 × draws points. */
    private String small(int steps, int draws) {
        String text = shippedSweep();
        assertThat(text).contains("steps: 12").contains("draws: 50");
        return text.replace("steps: 12", "steps: " + steps).replace("draws: 50", "draws: " + draws);
    }

    private HttpResponse<String> submit(String sweep, String name) {
        var req = Http.JSON.createObjectNode().put("verb", "sweep").put("sweep", sweep).put("name", name);
        return http.send("POST", "/api/v1/jobs", req.toString(), "application/json");
    }

    private String submitted(String sweep) {
        var r = submit(sweep, "gigawatt-vs-abilene");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return http.json(r).get("id").asText();
    }

    @Test
    void theLibraryListsTheShippedSweeps() {
        JsonNode list = http.getJson("/api/v1/sweeps");
        assertThat(list.findValuesAsText("name")).contains("gigawatt-vs-abilene");
        assertThat(http.get("/api/v1/sweeps/no-such-sweep").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/sweeps/..%2Fsuncatcher-like").statusCode()).isIn(400, 404);
    }

    @Test
    void aSmallSweepStreamsPointProgressAndPublishesItsTablesAndReport() throws Exception {
        String text = small(3, 2); // 1 × 3 × 4 × 2 = 24 points
        String id = submitted(text);
        List<String> events = new ArrayList<>();
        List<String> progress = new ArrayList<>();
        HttpResponse<Stream<String>> sse = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(http.base() + "/api/v1/jobs/" + id + "/events"))
                        .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(180)).build(), HttpResponse.BodyHandlers.ofLines());
        try (Stream<String> lines = sse.body()) {
            for (Iterator<String> it = lines.iterator(); it.hasNext(); ) {
                String line = it.next();
                if (line.startsWith("event: ")) {
                    events.add(line.substring(7));
                } else if (line.startsWith("data: ")) {
                    progress.add(line.substring(6));
                }
            }
        }
        assertThat(events).last().isEqualTo("done");
        JsonNode job = http.getJson("/api/v1/jobs/" + id);
        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("done");
        assertThat(job.get("verb").asText()).isEqualTo("sweep");
        assertThat(job.at("/progress/fraction").asDouble()).isEqualTo(1.0);
        // the last event before done counted points: whatever it showed, of the 24
        assertThat(progress).anySatisfy(d -> assertThat(d).contains("\"total\" : 24"));

        JsonNode report = http.getJson("/api/v1/jobs/" + id + "/report");
        assertThat(report.get("points").asLong()).isEqualTo(24);
        assertThat(report.get("complete").asBoolean()).isTrue();
        assertThat(report.get("base").asText()).isEqualTo("suncatcher-like");
        assertThat(job.get("files").findValuesAsText("name"))
                .contains("sweep.duckdb", "points.parquet", "report.html", "sweep.json");

        // the points table, downloaded, is the one the core's runner writes on 3 threads (the server runs 1)
        Path copy = data.resolve("downloaded.duckdb");
        var db = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(http.base() + "/api/v1/jobs/" + id
                + "/files/sweep.duckdb")).build(), HttpResponse.BodyHandlers.ofFile(copy));
        assertThat(db.statusCode()).isEqualTo(200);
        Path local = data.resolve("local");
        Files.createDirectories(local);
        Path sweepFile = local.resolve("s.yaml");
        Files.writeString(sweepFile, text.replace("base: ../suncatcher-like.yaml",
                "base: " + Path.of("..", "scenarios", "suncatcher-like.yaml").toAbsolutePath().normalize()));
        SweepPlan plan = SweepPlan.create(SweepFileReader.read(sweepFile), ShippedCatalogs.load());
        SweepRunner.run(plan, local.resolve("out"), SweepRunner.Options.of(3).withBatch(5));
        List<String> served = rows(copy, "SELECT * FROM points ORDER BY point");
        assertThat(served).hasSize(24).isEqualTo(rows(local.resolve("out").resolve("sweep.duckdb"), "SELECT * FROM points ORDER BY point"));
        assertThat(http.get("/api/v1/jobs/" + id + "/files/points.parquet").statusCode()).isEqualTo(200);

        // the report page holds the sweep's heat map and CDF of the ratio
        var page = http.get("/api/v1/jobs/" + id + "/files/report.html?inline=1");
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("id=\"chart-sweep-heatmap\"", "id=\"chart-sweep-cdf\"").doesNotContain(data.toString());

        // and it all survives a restart
        server.close();
        server = OrbitdcServer.start(ServerConfig.local(data, 0));
        http = new Http(server.port());
        JsonNode again = http.getJson("/api/v1/jobs/" + id);
        assertThat(again.get("state").asText()).isEqualTo("done");
        assertThat(again.get("files").findValuesAsText("name")).contains("sweep.duckdb", "report.html");
    }

    @Test
    void aBadSweepIsRefusedWithLocatedErrorsBeforeItIsQueued() {
        String text = small(3, 2);
        // a misspelt axis path: line and column of the axis in the shipped text
        String typo = text.replace("path: launch.pricePerKg,", "path: launch.pricePerKgg,");
        int line = lineOf(typo, "launch.pricePerKgg");
        var r = submit(typo, "mine");
        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode body = http.json(r);
        assertThat(body.get("error").asText()).isEqualTo("bad-input");
        assertThat(body.get("message").asText()).startsWith("mine.yaml:" + line + ":").contains("did you mean 'pricePerKg'?")
                .doesNotContain("Exception").doesNotContain(data.toString());
        assertThat(body.at("/errors/0/line").asInt()).isEqualTo(line);
        assertThat(http.getJson("/api/v1/jobs")).isEmpty();

        // the editor's live check says the same, as a validation answer
        JsonNode check = http.json(http.send("POST", "/api/v1/sweeps/validate?file=mine.yaml", typo, "application/yaml"));
        assertThat(check.get("valid").asBoolean()).isFalse();
        assertThat(check.at("/errors/0/text").asText()).isEqualTo(body.at("/errors/0/text").asText());
        JsonNode ok = http.json(http.send("POST", "/api/v1/sweeps/validate", text, "application/yaml"));
        assertThat(ok.get("valid").asBoolean()).as(ok.toString()).isTrue();
        assertThat(ok.get("points").asLong()).isEqualTo(24);
        assertThat(ok.get("refused").isNull()).isTrue();

        // a base outside the library is located at base's value, never read
        int baseLine = lineOf(text, "base:");
        for (String base : List.of("/etc/passwd", "../../secrets/x.yaml", "no-such-scenario")) {
            var refused = submit(text.replace("base: ../suncatcher-like.yaml", "base: " + base), "mine");
            assertThat(refused.statusCode()).as(base).isEqualTo(422);
            assertThat(http.json(refused).get("message").asText()).as(base).startsWith("mine.yaml:" + baseLine + ":7 base: ");
        }
    }

    @Test
    void aSweepOverThePointCapIsRefusedWithTheReason() {
        // 1 × 12 × 4 × 5,000 = 240,000 points: more than one job runs here
        String big = shippedSweep().replace("draws: 50", "draws: 5000");
        var r = submit(big, "big");
        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode body = http.json(r);
        assertThat(body.get("error").asText()).isEqualTo("too-large");
        assertThat(body.get("message").asText()).contains("240,000 points").contains("100,000").contains("orbitdc sweep");
        JsonNode check = http.json(http.send("POST", "/api/v1/sweeps/validate", big, "application/yaml"));
        assertThat(check.get("valid").asBoolean()).isTrue();
        assertThat(check.get("refused").asText()).isEqualTo(body.get("message").asText());
    }

    @Test
    void aSimulateSweepOverTheSatelliteStepCapIsRefusedWithTheProduct() {
        // 81 satellites × 2,880 steps (1 d at 30 s) = 233,280 satellite-steps a point; 2 points = 466,560 > 400,000
        server.close();
        server = OrbitdcServer.start(ServerConfig.local(data, 0).withLimits(2, 8, 400_000));
        http = new Http(server.port());
        String twins = "sweep: 1\nbase: suncatcher-like\nstages: [simulate]\nsimulate: { duration: 1 d, step: 30 s }\n"
                + "axes:\n  - { path: satellite.radiator.temperature, values: [25 C, 65 C] }\n";
        var r = submit(twins, "twins");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(http.json(r).get("error").asText()).isEqualTo("too-large");
        assertThat(http.json(r).get("message").asText()).contains("2 points × 233,280 satellite-steps each = 466,560")
                .contains("400,000");
        // one point fits
        var one = submit(twins.replace("values: [25 C, 65 C]", "values: [25 C]"), "twin");
        assertThat(one.statusCode()).as(one.body()).isEqualTo(201);
        http.json(http.send("DELETE", "/api/v1/jobs/" + http.json(one).get("id").asText(), null, null));
    }

    @Test
    void aCancelledSweepKeepsAConsistentPrefixAndResumesWithNoPointLostOrDuplicated() throws Exception {
        String id = submitted(shippedSweep()); // 2,400 points: seconds, long enough to cancel in
        http.awaitJob(id, j -> j.at("/progress/points/done").asLong() > 0 || j.get("state").asText().equals("done"), 120);
        JsonNode cancelled = http.json(http.send("DELETE", "/api/v1/jobs/" + id, null, null));
        assertThat(cancelled.get("state").asText()).as("cancelled before its last point").isIn("running", "cancelled");
        JsonNode job = http.awaitFinished(id, 60);
        assertThat(job.get("state").asText()).isEqualTo("cancelled");
        assertThat(job.get("files")).isEmpty(); // unfinished results are not published
        Path db = data.resolve("jobs").resolve(id).resolve("files").resolve("sweep.duckdb");
        long done = Long.parseLong(rows(db, "SELECT count(*) FROM points").get(0));
        assertThat(done).isBetween(1L, 2399L);
        assertThat(rows(db, "SELECT max(point), (SELECT complete FROM sweep_run) FROM points"))
                .containsExactly((done - 1) + "|false");

        JsonNode resumed = http.json(http.send("POST", "/api/v1/jobs/" + id + "/resume", null, null));
        assertThat(resumed.get("state").asText()).isIn("queued", "running");
        JsonNode finished = http.awaitFinished(id, 300);
        assertThat(finished.get("state").asText()).as(finished.toString()).isEqualTo("done");
        JsonNode report = http.getJson("/api/v1/jobs/" + id + "/report");
        assertThat(report.get("resumedFrom").asLong()).isEqualTo(done);
        assertThat(report.get("evaluated").asLong()).isEqualTo(2400 - done);
        assertThat(rows(db, "SELECT count(*), count(DISTINCT point), max(point) FROM points")).containsExactly("2400|2400|2399");
        // a finished job does not resume, nor does another verb
        assertThat(http.send("POST", "/api/v1/jobs/" + id + "/resume", null, null).statusCode()).isEqualTo(409);
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in the text");
    }

    private static List<String> rows(Path db, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    b.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                out.add(b.toString());
            }
        }
        return out;
    }
}
