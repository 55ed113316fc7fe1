package io.orbitdc.core.scenario;

import io.orbitdc.core.scenario.yaml.YamlNode;
import io.orbitdc.core.scenario.yaml.YamlSyntaxException;
import io.orbitdc.core.scenario.yaml.YamlTreeReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a scenario file into a validated {@link Scenario}. Every problem — an unreadable file,
 * a YAML syntax error, an unknown key, a wrong unit, an impossible value, an unknown catalog id —
 * comes out as a {@link ScenarioException} listing all errors with file, line and column.
 */
public final class ScenarioLoader {

    private final ScenarioCatalogs catalogs;

    public ScenarioLoader(ScenarioCatalogs catalogs) {
        this.catalogs = catalogs;
    }

    public Scenario load(Path file) {
        return load(file, Overrides.none());
    }

    /** Loads {@code file} with {@code overrides} applied to its fields before they are bound. */
    public Scenario load(Path file, Overrides overrides) {
        return bind(read(file), overrides);
    }

    /**
     * Reads and parses {@code file} without binding it: a front end that binds the same file many
     * times with different overrides (a sweep) reads it once.
     */
    public static ScenarioDocument read(Path file) {
        String name = file.toString();
        String text;
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // a directory, a FIFO with no writer (would block), a device such as /dev/zero (endless)
                throw single(name, "is not a regular file; expected a scenario YAML file");
            }
            byte[] bytes;
            try (java.io.InputStream in = Files.newInputStream(file)) {
                // bounded read: the cap is checked before the whole file is in memory
                bytes = in.readNBytes(YamlTreeReader.MAX_CHARS + 1);
            }
            if (bytes.length > YamlTreeReader.MAX_CHARS) {
                throw single(name, "is larger than " + YamlTreeReader.MAX_CHARS / (1024 * 1024)
                        + " MiB; expected a scenario file of at most that size");
            }
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw single(name, "no such file; expected a scenario YAML file");
        } catch (CharacterCodingException e) {
            throw single(name, "is not UTF-8 text; expected a YAML scenario file");
        } catch (IOException e) {
            throw single(name, "cannot be read (" + e.getMessage() + "); expected a readable scenario file");
        }
        Path dir = file.toAbsolutePath().getParent();
        return document(name, text, dir == null ? Path.of(".") : dir);
    }

    /** Parses scenario text; {@code fileName} is used in messages, {@code baseDir} resolves relative paths. */
    public Scenario parse(String fileName, String text, Path baseDir) {
        return bind(document(fileName, text, baseDir), Overrides.none());
    }

    /** Parses scenario text and binds it with {@code overrides} applied. */
    public Scenario parse(String fileName, String text, Path baseDir, Overrides overrides) {
        return bind(document(fileName, text, baseDir), overrides);
    }

    /** Binds a parsed document with {@code overrides} applied; errors name the file or {@code --set PATH}. */
    public Scenario bind(ScenarioDocument document, Overrides overrides) {
        YamlNode root = overrides.applyTo(document.root());
        Diagnostics diagnostics = new Diagnostics(document.fileName());
        return new ScenarioBinder(catalogs, document.baseDir()).bind(diagnostics, root, stem(document.fileName()));
    }

    /** Parses scenario text into a document (YAML only, not bound). */
    public static ScenarioDocument document(String fileName, String text, Path baseDir) {
        YamlNode root;
        try {
            root = new YamlTreeReader().read(text);
        } catch (YamlSyntaxException e) {
            throw new ScenarioException(List.of(new ScenarioError(fileName, e.position(), "", e.reason())));
        }
        if (!(root instanceof YamlNode.Mapping)) {
            throw new ScenarioException(List.of(new ScenarioError(fileName, root.location(), "",
                    "found " + root.describe() + " at the top level; expected a mapping starting with 'orbitdc: 1'")));
        }
        return new ScenarioDocument(fileName, root, baseDir);
    }

    private static ScenarioException single(String file, String message) {
        return new ScenarioException(List.of(new ScenarioError(file, io.orbitdc.core.scenario.yaml.Location.NONE, "", message)));
    }

    private static String stem(String fileName) {
        String base = Path.of(fileName).getFileName() == null ? fileName : Path.of(fileName).getFileName().toString();
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
