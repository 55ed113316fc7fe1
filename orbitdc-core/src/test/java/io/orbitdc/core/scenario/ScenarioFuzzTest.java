package io.orbitdc.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitdc.core.study.ShippedCatalogs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzes the scenario parser: mutations of the shipped scenarios (deleted lines, swapped value
 * types, random unicode, huge numbers, deep nesting, truncation) may only ever give a valid
 * scenario or a {@link ScenarioException} whose every error names a line. Anything else — a
 * NullPointerException, a NumberFormatException, a stack overflow — is a bug.
 */
class ScenarioFuzzTest {

    private static final ScenarioLoader LOADER = new ScenarioLoader(ShippedCatalogs.load());
    private static final List<String> SCENARIOS = shippedScenarioTexts();

    @Property(tries = 600)
    void mutatedScenariosGiveAScenarioOrLocatedErrors(@ForAll("mutatedScenarios") String yaml) {
        try {
            Scenario s = LOADER.parse("fuzz.yaml", yaml, Path.of("."));
            assertThat(s.name()).isNotNull();
        } catch (ScenarioException e) {
            assertThat(e.errors()).isNotEmpty();
            assertThat(e.errors()).allSatisfy(err -> {
                assertThat(err.location().line()).as("line of %s", err).isPositive();
                assertThat(err.message()).isNotBlank();
            });
        }
    }

    @Provide
    Arbitrary<String> mutatedScenarios() {
        Arbitrary<String> base = Arbitraries.of(SCENARIOS);
        Arbitrary<Mutation> mutation = Arbitraries.of(Mutation.values());
        Arbitrary<Double> where = Arbitraries.doubles().between(0, 1);
        Arbitrary<String> junk = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.strings().withChars("{}[]:,-#&*!|>'\"%@` \t").ofMaxLength(12),
                Arbitraries.of("1e999", "-1e308", "NaN", "-Infinity", "9".repeat(400), "0x1F", "~", "null", "[]", "{}",
                        "\u0000", "\uD83D\uDE80 km", "65O km", "45 C/W", "-3 mm", "sso", "true"));
        return Combinators.combine(base, Arbitraries.integers().between(1, 3).list().ofSize(1), mutation.list().ofMinSize(1).ofMaxSize(3),
                where.list().ofSize(3), junk.list().ofSize(3))
                .as((text, unused, muts, pos, junkValues) -> {
                    String out = text;
                    for (int i = 0; i < muts.size(); i++) {
                        out = muts.get(i).apply(out, pos.get(i % pos.size()), junkValues.get(i % junkValues.size()));
                    }
                    return out;
                });
    }

    enum Mutation {
        DELETE_LINE {
            @Override
            String apply(String text, double where, String junk) {
                List<String> lines = new ArrayList<>(text.lines().toList());
                if (!lines.isEmpty()) {
                    lines.remove(index(lines.size(), where));
                }
                return String.join("\n", lines);
            }
        },
        REPLACE_VALUE {
            @Override
            String apply(String text, double where, String junk) {
                return replaceValue(text, where, junk);
            }
        },
        SWAP_TYPE {
            @Override
            String apply(String text, double where, String junk) {
                String[] replacements = {"[1, 2, 3]", "{ a: 1 }", "\"text\"", "42", "true", "- item"};
                return replaceValue(text, where, replacements[(int) (where * 997) % replacements.length]);
            }
        },
        INSERT_JUNK {
            @Override
            String apply(String text, double where, String junk) {
                int at = index(text.length() + 1, where);
                return text.substring(0, at) + junk + text.substring(at);
            }
        },
        HUGE_NUMBER {
            @Override
            String apply(String text, double where, String junk) {
                return text.replaceFirst("\\d+(\\.\\d+)?", "1" + "0".repeat(1 + (int) (where * 400)));
            }
        },
        DEEP_NESTING {
            @Override
            String apply(String text, double where, String junk) {
                int depth = 1 + (int) (where * 300);
                return text + "\nsatellite: " + "[".repeat(depth) + "1" + "]".repeat(depth) + "\n";
            }
        },
        TRUNCATE {
            @Override
            String apply(String text, double where, String junk) {
                return text.substring(0, index(text.length() + 1, where));
            }
        };

        abstract String apply(String text, double where, String junk);

        /** The value of the key on the line at {@code where}, replaced by {@code value}. */
        static String replaceValue(String text, double where, String value) {
            List<String> lines = new ArrayList<>(text.lines().toList());
            if (lines.isEmpty()) {
                return value;
            }
            int i = index(lines.size(), where);
            String line = lines.get(i);
            int colon = line.indexOf(": ");
            if (colon > 0) {
                lines.set(i, line.substring(0, colon + 2) + value);
            }
            return String.join("\n", lines);
        }

        static int index(int size, double where) {
            return Math.min(size - 1, Math.max(0, (int) (where * size)));
        }
    }

    private static List<String> shippedScenarioTexts() {
        Path dir = Path.of("..", "scenarios");
        try (Stream<Path> files = Files.list(dir)) {
            List<String> texts = new ArrayList<>();
            for (Path p : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
            if (texts.isEmpty()) {
                throw new IllegalStateException("no shipped scenarios in " + dir.toAbsolutePath());
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
