package io.orbitdc.core.orbit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the Earth's constants in one place: no main source outside {@code orbit/Earth.java} may
 * write μ, an equatorial radius, J2, the flattening, the rotation rate or the tropical year as a
 * literal, nor take them from Orekit's model constants directly. Comments are not scanned.
 */
class OneDefinitionPerConstantTest {

    /** Literal forms (digit separators removed before matching) of the Earth's constants. */
    private static final Pattern EARTH_LITERAL = Pattern.compile(
            "6378137|6378136|3\\.98600\\d*e14|398600\\.?\\d*e9|1\\.0826\\d*e-3|0\\.0010826|7\\.292115|7\\.2921\\d*e-5"
            + "|298\\.257|365\\.2422|Constants\\.(WGS84|EIGEN5C|IERS\\d+|GRS80|GRIM5C1)_?EARTH");
    private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

    @Test
    void noMainSourceOutsideEarthDefinesAnEarthConstant() {
        List<String> offenders = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../orbitdc-cli/src/main/java"),
                Path.of("../bench/src/main/java"))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java"))
                        .filter(f -> !f.endsWith(Path.of("io/orbitdc/core/orbit/Earth.java")))
                        .forEach(f -> scan(f, offenders));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(offenders).as("Earth constants outside orbit/Earth.java").isEmpty();
    }

    @Test
    void theScanFindsTheFormsItLooksFor() {
        // the scanner itself: each form a duplicate has taken in this code base is caught
        for (String line : List.of("double R = 6_378_137.0;", "mu = 3.986_004_418e14;", "J2 = 1.08263e-3;",
                "w = 7.292115e-5;", "f = 1 / 298.257223563;", "Constants.EIGEN5C_EARTH_MU", "Constants.WGS84_EARTH_FLATTENING",
                "2 * Math.PI / (365.2422 * 86_400.0)")) {
            assertThat(EARTH_LITERAL.matcher(line.replace("_", "")).find()).as(line).isTrue();
        }
        assertThat(EARTH_LITERAL.matcher("// R = 6378137 m in a comment".replaceAll(COMMENT.pattern(), "")).find())
                .isFalse();
    }

    private static void scan(Path file, List<String> offenders) {
        try {
            String code = COMMENT.matcher(Files.readString(file)).replaceAll("").replace("_", "");
            Matcher m = EARTH_LITERAL.matcher(code);
            while (m.find()) {
                offenders.add(file + ": " + m.group());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
