package io.orbitdc.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.orbitdc.core.files.AtomicOutput;
import io.orbitdc.core.report.JsonOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The scenario library the dashboard offers: the scenarios shipped in the repository's
 * {@code scenarios/} (copied into the server jar at build time, read-only) and the ones a user
 * saved ({@code DATA/scenarios/NAME.yaml}), and the sweep files shipped in {@code scenarios/sweeps/}
 * (read-only). A name is a {@link SafeName} without the extension; a saved scenario may not take a
 * shipped one's name.
 */
final class ScenarioLibrary {
    private static final String SHIPPED = "library";
    private static final String SWEEPS = "library/sweeps";
    private static final String EXT = ".yaml";

    private final Map<String, String> shipped;
    private final Map<String, String> sweeps;
    private final Path saved;

    ScenarioLibrary(Path dataDir) {
        this.shipped = readShipped(SHIPPED);
        this.sweeps = readShipped(SWEEPS);
        this.saved = dataDir.resolve("scenarios");
        try {
            Files.createDirectories(saved);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + saved, e);
        }
    }

    /** {@code [{name, source}]}: shipped first, then saved, each by name. */
    ArrayNode list() {
        ArrayNode list = JsonOutput.object().arrayNode();
        shipped.keySet().forEach(n -> list.addObject().put("name", n).put("source", "shipped"));
        try (Stream<Path> files = Files.list(saved)) {
            files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(EXT))
                    .map(f -> f.substring(0, f.length() - EXT.length())).sorted()
                    .forEach(n -> list.addObject().put("name", n).put("source", "saved"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + saved, e);
        }
        return list;
    }

    /** The text of scenario {@code name}. */
    String text(String name) {
        SafeName.require("scenario name", name);
        Optional<String> s = Optional.ofNullable(shipped.get(name));
        if (s.isPresent()) {
            return s.get();
        }
        Path file = saved.resolve(name + EXT);
        if (!Files.isRegularFile(file)) {
            throw ApiException.notFound("scenario '" + name + "': not in the library");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** {@code [{name, source}]} of the shipped sweep files, by name. */
    ArrayNode listSweeps() {
        ArrayNode list = JsonOutput.object().arrayNode();
        sweeps.keySet().forEach(n -> list.addObject().put("name", n).put("source", "shipped"));
        return list;
    }

    /** The text of the shipped sweep file {@code name}. */
    String sweepText(String name) {
        SafeName.require("sweep name", name);
        return Optional.ofNullable(sweeps.get(name))
                .orElseThrow(() -> ApiException.notFound("sweep '" + name + "': not in the library"));
    }

    /** Whether {@code name} is a scenario of the library (shipped or saved). */
    boolean has(String name) {
        return shipped.containsKey(name) || Files.isRegularFile(saved.resolve(name + EXT));
    }

    /** Saves {@code text} as the user's scenario {@code name}. */
    ObjectNode save(String name, String text) {
        SafeName.require("scenario name", name);
        if (shipped.containsKey(name)) {
            throw new ApiException(409, "conflict", "scenario '" + name + "' is a shipped scenario; save it under another name");
        }
        AtomicOutput.writeString(saved.resolve(name + EXT), text);
        return JsonOutput.object().put("name", name).put("source", "saved");
    }

    /** The shipped files of {@code folder} on the classpath (a folder in development, a jar once packaged). */
    private static Map<String, String> readShipped(String folder) {
        Map<String, String> texts = new TreeMap<>();
        URL url = ScenarioLibrary.class.getClassLoader().getResource(folder);
        if (url == null) {
            return texts;
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    read(fs.getPath(folder), texts);
                }
            } else {
                read(Path.of(uri), texts);
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read the shipped scenarios", e);
        }
        return texts;
    }

    private static void read(Path dir, Map<String, String> into) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(EXT)).toList();
        }
        for (Path p : files) {
            String f = p.getFileName().toString();
            try (InputStream in = Files.newInputStream(p)) {
                into.put(f.substring(0, f.length() - EXT.length()), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }
}
