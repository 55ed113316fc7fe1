package io.orbitdc.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real server on loopback with a fresh data directory for every test, and a client for it;
 * tests that need other limits or a token close it and start their own in {@link #server}.
 */
abstract class LocalServerTest {

    @TempDir
    Path data;
    OrbitdcServer server;
    Http http;

    @BeforeEach
    void start() {
        server = OrbitdcServer.start(ServerConfig.local(data, 0));
        http = new Http(server.port());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** The text the library serves at {@code path} (a shipped scenario or sweep), which must be there. */
    String libraryText(String path) {
        var r = http.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }
}
