package io.orbitdc.server;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How one {@code orbitdc serve} runs: where it listens, who may call it, where it keeps jobs and
 * how much work it accepts.
 *
 * @param bind              address to listen on; loopback unless a token is given
 * @param port              TCP port (0: any free port, as the tests use)
 * @param token             access token required on every request when present
 * @param dataDir           where jobs and saved scenarios live (survives restarts)
 * @param concurrency       jobs running at once, ≥ 1
 * @param queueCapacity     jobs waiting beyond those, ≥ 0; more are refused with 503
 * @param maxSatelliteSteps largest satellites × time steps one geometry or simulate job may ask for
 * @param maxBodyBytes      largest request body accepted
 */
public record ServerConfig(String bind, int port, Optional<String> token, Path dataDir, int concurrency,
                           int queueCapacity, long maxSatelliteSteps, long maxBodyBytes) {

    /** Jobs that may wait per lane: more than the 50 clients of the load test (docs/performance.md) hold at once. */
    public static final int DEFAULT_QUEUE = 64;
    /** Default port of {@code orbitdc serve}. */
    public static final int DEFAULT_PORT = 8080;
    /** Default cap: a 100-satellite fleet for a year at 30 s is 1.05e8 satellite-steps (about a minute of CPU, docs/performance.md). */
    public static final long DEFAULT_MAX_SATELLITE_STEPS = 200_000_000L;
    /** 1 MiB: a scenario is a few kB; anything this large is not one. */
    public static final long DEFAULT_MAX_BODY_BYTES = 1L << 20;

    public ServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port: found " + port + "; expected 0 to 65535");
        }
        if (concurrency < 1 || queueCapacity < 0 || maxSatelliteSteps < 1 || maxBodyBytes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        token = token.filter(t -> !t.isEmpty());
    }

    /** Loopback, no token, the default limits: what {@code orbitdc serve --data DIR} runs. */
    public static ServerConfig local(Path dataDir, int port) {
        return new ServerConfig("127.0.0.1", port, Optional.empty(), dataDir, 2, DEFAULT_QUEUE,
                DEFAULT_MAX_SATELLITE_STEPS, DEFAULT_MAX_BODY_BYTES);
    }

    public ServerConfig withToken(String value) {
        return new ServerConfig(bind, port, Optional.of(value), dataDir, concurrency, queueCapacity, maxSatelliteSteps,
                maxBodyBytes);
    }

    public ServerConfig withLimits(int jobs, int queue, long satelliteSteps) {
        return new ServerConfig(bind, port, token, dataDir, jobs, queue, satelliteSteps, maxBodyBytes);
    }

    /** Whether {@code address} is a loopback address (127.0.0.0/8, ::1, localhost). */
    static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
