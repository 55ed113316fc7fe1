package io.orbitdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;

/**
 * The error contract over generated scenarios: whatever {@code validate} accepts, no verb exits 1
 * ("internal error"), and every exit 2 names FILE:LINE:COL. The scenarios look valid but roam the
 * edges where engines used to refuse what the schema accepted: cold radiators facing the Sun,
 * fractions that do not leave mass, wide formations, odd Walker phasings, near-retrograde and
 * near-circular orbits, huge fleet targets, spans past the geometry's ten years. Spans are short and
 * fleets small so the six verbs run in-process in a fraction of a second per scenario.
 */
class ErrorContractPropertyTest {

    private static final List<String> VERBS = List.of("size", "geometry", "simulate", "launch", "cost");

    @Property(tries = 120, shrinking = ShrinkingMode.OFF, seed = "20261204")
    void whatValidateAcceptsNoVerbCallsAnInternalError(@ForAll("scenarios") String yaml) throws IOException {
        Path file = Files.createTempFile("orbitdc-contract-", ".yaml");
        try {
            Files.writeString(file, yaml);
            CliTest.Run validate = CliTest.run("validate", file.toString());
            Statistics.label("validate exit").collect(validate.exit());
            assertThat(validate.exit()).as("validate of\n%s\n%s", yaml, validate.err()).isIn(0, 2);
            if (validate.exit() == 2) {
                assertLocated(file, validate, yaml);
                return;
            }
            for (String verb : VERBS) {
                List<String> args = new ArrayList<>(List.of(verb, file.toString()));
                if (verb.equals("geometry") || verb.equals("simulate")) {
                    args.addAll(List.of("--threads", "1"));
                }
                CliTest.Run r = CliTest.run(args.toArray(String[]::new));
                Statistics.label("verb exit").collect(verb + " " + r.exit());
                assertThat(r.exit()).as("%s of a scenario validate accepted:\n%s\n%s", verb, yaml, r.err()).isIn(0, 2);
                if (r.exit() == 2) {
                    assertLocated(file, r, yaml);
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void assertLocated(Path file, CliTest.Run r, String yaml) {
        Pattern located = Pattern.compile("^" + Pattern.quote(file.toString()) + ":\\d+:\\d+[ :].*");
        String first = r.err().lines().findFirst().orElse("");
        assertThat(first).as("first error line of\n%s", yaml).matches(located);
    }

    @Provide
    Arbitrary<String> scenarios() {
        Arbitrary<String> orbit = Combinators.combine(
                mostly(Arbitraries.doubles().between(160, 2000).ofScale(0), Arbitraries.of(150.0, 2100.0)),
                Arbitraries.oneOf(Arbitraries.just("sso"), Arbitraries.doubles().between(0, 180).ofScale(2).map(i -> i + " deg"),
                        Arbitraries.of("179.99 deg", "180 deg")),
                Arbitraries.oneOf(Arbitraries.just(0.0), Arbitraries.doubles().between(0, 0.006).ofScale(4)),
                Arbitraries.doubles().between(0, 359).ofScale(0))
                .as((alt, inc, e, w) -> "orbit:\n  altitude: " + fmt(alt) + " km\n  inclination: " + inc + "\n"
                        + (e > 0 ? "  eccentricity: " + e + "\n  argumentOfPerigee: " + fmt(w) + " deg\n" : ""));
        Arbitrary<String> constellation = Arbitraries.oneOf(
                Arbitraries.just("constellation: { type: single }\n"),
                Combinators.combine(Arbitraries.integers().between(2, 9),
                                mostly(Arbitraries.doubles().between(0.01, 99).ofScale(2), Arbitraries.of(100.0, 5000.0)))
                        .as((n, km) -> "constellation: { type: cluster, satellites: " + n + ", clusterRadius: " + km + " km }\n"),
                Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 3),
                                mostly(Arbitraries.integers().between(0, 2), Arbitraries.of(3, 999_999_999)),
                                Arbitraries.of("delta", "star"))
                        .as((planes, per, f, pattern) -> "constellation: { type: walker, satellites: " + planes * per
                                + ", planes: " + planes + ", phasing: " + f + ", pattern: " + pattern + " }\n"));
        Arbitrary<String> target = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.integers().between(1, 64).map(n -> "target: { accelerators: " + n + " }\n"),
                Arbitraries.longs().between(100_000_000L, 2_000_000_000L).map(n -> "target: { accelerators: " + n + " }\n"),
                Arbitraries.doubles().between(0.001, 5).ofScale(3).map(mw -> "target: { itPower: " + mw + " MW }\n"));
        Arbitrary<String> radiator = Combinators.combine(Arbitraries.integers().between(-125, 320),
                        Arbitraries.of("edge-on", "sun-facing", "nadir"))
                .as((c, o) -> "  radiator: { temperature: " + c + " C, orientation: " + o + " }\n");
        Arbitrary<String> array = Combinators.combine(
                        mostly(Arbitraries.doubles().between(0.05, 0.7).ofScale(3), Arbitraries.of(1e-12, 0.0005, 0.8)),
                        mostly(Arbitraries.doubles().between(0, 0.5).ofScale(3), Arbitraries.of(0.6, 0.999)))
                .as((eff, deg) -> "  solarArray: { efficiency: " + eff + ", degradationPerYear: " + deg + " }\n");
        Arbitrary<String> fractions = Combinators.combine(Arbitraries.doubles().between(0, 0.59).ofScale(2),
                        Arbitraries.doubles().between(0, 0.3).ofScale(2))
                .as((st, pr) -> "  structureFraction: " + st + "\n  propulsionFraction: " + pr + "\n");
        Arbitrary<String> span = Combinators.combine(mostly(Arbitraries.of("20 min", "1 h", "2 h"), Arbitraries.of("11 yr", "30 yr")),
                Arbitraries.of("30 s", "60 s", "120 s")).as((d, s) -> "duration: " + d + "\nstep: " + s + "\n");
        Arbitrary<Integer> perSatellite = Arbitraries.integers().between(1, 16);
        return Builders.withBuilder(StringBuilder::new)
                .use(Arbitraries.just("orbitdc: 1\nepoch: 2027-01-01T00:00:00Z\nseed: 7\n")).in(StringBuilder::append)
                .use(span).in(StringBuilder::append)
                .use(orbit).in(StringBuilder::append)
                .use(constellation).in(StringBuilder::append)
                .use(target).in(StringBuilder::append)
                .use(perSatellite).in((b, n) -> b.append("satellite:\n  accelerator: nvidia-h100-sxm\n  acceleratorsPerSatellite: ")
                        .append(n).append('\n'))
                .use(radiator).in(StringBuilder::append)
                .use(array).in(StringBuilder::append)
                .use(fractions).in(StringBuilder::append)
                .use(Arbitraries.just("""
                        groundStations: [ { name: Svalbard, latitude: 78.23, longitude: 15.39 } ]
                        workloads: [ { type: inference, name: chat, requestsPerSecond: 10, share: 0.5 } ]
                        launch: { monteCarloRuns: 20 }
                        """)).in(StringBuilder::append)
                .build(StringBuilder::toString);
    }

    /** Nine draws in ten from the valid range, one from just past it (so both sides of every limit are exercised). */
    private static <T> Arbitrary<T> mostly(Arbitrary<T> valid, Arbitrary<T> beyond) {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, valid), net.jqwik.api.Tuple.of(1, beyond));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }

}
