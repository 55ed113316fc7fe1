package io.orbitdc.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

/** A small java.net.http client for the API tests: one base URL, an optional token, JSON bodies. */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String token;

    Http(int port, String token) {
        this.base = "http://127.0.0.1:" + port;
        this.token = token;
    }

    Http(int port) {
        this(port, null);
    }

    String base() {
        return base;
    }

    HttpResponse<String> send(String method, String path, String body, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path) {
        return send("GET", path, null, null);
    }

    JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + r.statusCode() + "): " + r.body(), e);
        }
    }

    JsonNode getJson(String path) {
        return json(get(path));
    }

    /** POSTs a job and returns its id. */
    String submit(String verb, String scenario, String... set) {
        var req = JSON.createObjectNode().put("verb", verb).put("scenario", scenario);
        var list = req.putArray("set");
        for (String s : set) {
            list.add(s);
        }
        HttpResponse<String> r = send("POST", "/api/v1/jobs", req.toString(), "application/json");
        if (r.statusCode() != 201) {
            throw new AssertionError("job not accepted: " + r.statusCode() + " " + r.body());
        }
        return json(r).get("id").asText();
    }

    /** Polls job {@code id} until {@code until} holds (at most {@code seconds}). */
    JsonNode awaitJob(String id, Predicate<JsonNode> until, int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        JsonNode job;
        do {
            job = getJson("/api/v1/jobs/" + id);
            if (!job.has("state")) {
                throw new AssertionError("not a job: " + job);
            }
            if (until.test(job)) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        } while (System.nanoTime() < end);
        throw new AssertionError("job " + id + " did not get there in " + seconds + " s: " + job);
    }

    JsonNode awaitFinished(String id, int seconds) {
        return awaitJob(id, j -> j.get("state").asText().matches("done|failed|cancelled"), seconds);
    }
}
