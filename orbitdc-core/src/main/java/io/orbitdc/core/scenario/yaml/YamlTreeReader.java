package io.orbitdc.core.scenario.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads YAML text into a {@link YamlNode} tree with locations, using Jackson's streaming YAML
 * parser. Syntax errors, duplicate keys, anchors/aliases, multiple documents and nesting deeper
 * than {@link #MAX_DEPTH} are reported as {@link YamlSyntaxException} with a line and column;
 * nothing else escapes.
 */
public final class YamlTreeReader {

    /** Scenario files are shallow; anything deeper is a mistake or an attack. */
    public static final int MAX_DEPTH = 32;
    /** Largest scenario file accepted, in characters. */
    public static final int MAX_CHARS = 4 * 1024 * 1024;

    private static final Pattern SNAKE_LINE = Pattern.compile("line (\\d+), column (\\d+)");

    private final YAMLFactory factory;

    public YamlTreeReader() {
        this.factory = YAMLFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 8)
                        .maxStringLength(MAX_CHARS).build())
                // SnakeYAML's own default (3 MiB of code points) would fire below the documented cap
                .loaderOptions(loaderOptions())
                .build();
    }

    private static org.yaml.snakeyaml.LoaderOptions loaderOptions() {
        org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
        options.setCodePointLimit(MAX_CHARS + 1);
        return options;
    }

    /** Parses a whole document; an empty document is an empty mapping at 1:1. */
    public YamlNode read(String text) {
        if (text.length() > MAX_CHARS) {
            throw new YamlSyntaxException(new Location(1, 1),
                    "file is " + text.length() + " characters; expected at most " + MAX_CHARS);
        }
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new YamlNode.Mapping(new Location(1, 1), Map.of());
            }
            YamlNode root = readValue(parser, 0);
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                throw new YamlSyntaxException(location(parser),
                        "found a second YAML document; expected one scenario per file");
            }
            return root;
        } catch (YamlSyntaxException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new YamlSyntaxException(locationOf(e), "YAML syntax error: " + firstLine(e.getMessage()));
        }
    }

    private YamlNode readValue(JsonParser parser, int depth) throws IOException {
        Location here = location(parser);
        if (depth > MAX_DEPTH) {
            throw new YamlSyntaxException(here, "nesting deeper than " + MAX_DEPTH + " levels; expected a flat scenario");
        }
        rejectAnchors(parser, here);
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    YamlNode.Key key = new YamlNode.Key(name, location(parser));
                    if (entries.containsKey(name)) {
                        throw new YamlSyntaxException(key.location(), "duplicate key '" + name
                                + "' (first at line " + entries.get(name).key().location().line() + "); expected each key once");
                    }
                    parser.nextToken();
                    entries.put(name, new YamlNode.Entry(key, readValue(parser, depth + 1)));
                }
                return new YamlNode.Mapping(here, entries);
            }
            case START_ARRAY: {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(parser, depth + 1));
                }
                return new YamlNode.Sequence(here, items);
            }
            case VALUE_NULL:
                return new YamlNode.Scalar(here, "", true);
            case VALUE_STRING:
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
            case VALUE_TRUE:
            case VALUE_FALSE: {
                String text = parser.getText();
                // an empty plain value ("key:" followed by nothing) means "not given"
                return new YamlNode.Scalar(here, text == null ? "" : text, text == null || text.isEmpty());
            }
            default:
                throw new YamlSyntaxException(here, "unexpected YAML content " + token + "; expected a mapping, list or value");
        }
    }

    private static void rejectAnchors(JsonParser parser, Location here) throws IOException {
        if (parser instanceof YAMLParser yaml && (yaml.getObjectId() != null || yaml.isCurrentAlias())) {
            throw new YamlSyntaxException(here, "YAML anchors and aliases are not supported; expected plain values");
        }
    }

    private static Location location(JsonParser parser) {
        JsonLocation loc = parser.currentTokenLocation();
        return new Location(Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
    }

    /** Jackson and SnakeYAML put the position in different places; find it or fall back to 1:1. */
    private static Location locationOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof com.fasterxml.jackson.core.JsonProcessingException jpe && jpe.getLocation() != null
                    && jpe.getLocation().getLineNr() > 0) {
                return new Location(jpe.getLocation().getLineNr(), Math.max(1, jpe.getLocation().getColumnNr()));
            }
            if (t instanceof org.yaml.snakeyaml.error.MarkedYAMLException my && my.getProblemMark() != null) {
                return new Location(my.getProblemMark().getLine() + 1, my.getProblemMark().getColumn() + 1);
            }
            Matcher m = SNAKE_LINE.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return new Location(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
        }
        return new Location(1, 1);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.strip().split("\\R", 2)[0];
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }
}
