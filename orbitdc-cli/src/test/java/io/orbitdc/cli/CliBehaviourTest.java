package io.orbitdc.cli;

import static io.orbitdc.cli.CliTest.run;
import static io.orbitdc.cli.CliTest.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import io.orbitdc.core.report.RunDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's manners: help, suggestions, usage errors, completion, --out refusals, untrusted text, progress. */
class CliBehaviourTest {

    @Test
    void helpVerbPrintsAVerbsUsage() {
        CliTest.Run r = run("help", "simulate");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Usage: orbitdc simulate").contains("--progress=WHEN");
    }

    @Test
    void aMistypedVerbGetsSuggestions() {
        CliTest.Run r = run("sim");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Did you mean: orbitdc simulate");
    }

    @Test
    void noVerbIsAUsageErrorOnStderr() {
        CliTest.Run r = run();
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("orbitdc: no verb given").contains("Usage: orbitdc");
    }

    @Test
    void completionPrintsABashScript() {
        CliTest.Run r = run("completion");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("#!/usr/bin/env bash").contains("simulate").contains("--progress");
    }

    @Test
    void oemWithoutOutIsRefused() {
        CliTest.Run r = run("geometry", scenario("starcloud-1.yaml"), "--oem");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("orbitdc: --oem: needs --out DIR to write the OEM files into" + System.lineSeparator());
    }

    @Test
    void unusableOutIsRefusedBeforeTheScenarioIsEvenRead(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        // the scenario does not exist: had the verb run, it would complain about it instead
        String missing = dir.resolve("missing.yaml").toString();
        for (String[] args : new String[][] {
                {"size", missing, "--out", ""},
                {"size", missing, "--out", file.toString()},
                {"launch", missing, "--out", file.resolve("sub").toString()},
                {"simulate", missing, "--out", "/proc/orbitdc"},
                {"geometry", missing, "--out", "/dev/null"}}) {
            CliTest.Run r = run(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", args)).startsWith("orbitdc: ").doesNotContain("missing.yaml");
        }
    }

    @Test
    void aSecondWriterIntoTheSameOutIsRefused(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        try (RunDirectory busy = RunDirectory.open(out)) {
            CliTest.Run r = run("size", scenario("starcloud-1.yaml"), "--out", out.toString());
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).startsWith("orbitdc: cannot write " + out + ": another orbitdc run is writing into it");
        }
        assertThat(run("size", scenario("starcloud-1.yaml"), "--out", out.toString()).exit()).isZero();
    }

    @Test
    void controlCharactersOfTheScenarioNameAreEscapedInTextNotInJson(@TempDir Path dir) throws IOException {
        String yaml = Files.readString(Path.of(scenario("starcloud-1.yaml")))
                .replaceFirst("(?m)^name: .*$", java.util.regex.Matcher.quoteReplacement("name: \"evil\\e[2J\\nFAKE: all good\""));
        Path file = Files.writeString(dir.resolve("evil.yaml"), yaml);
        CliTest.Run text = run("size", file.toString(), "--out", dir.resolve("out").toString());
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("evil\\e[2J\\nFAKE: all good").doesNotContain("\u001B").doesNotContain("\nFAKE");
        assertThat(Files.readString(dir.resolve("out/size.txt"))).doesNotContain("\u001B");
        CliTest.Run json = run("size", file.toString(), "--json");
        assertThat(json.json().get("scenario").asText()).isEqualTo("evil\u001B[2J\nFAKE: all good");
    }

    @Test
    void progressAlwaysPrintsALineAtEveryPhase(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("short.yaml"), Files.readString(Path.of(scenario("suncatcher-like.yaml")))
                .replace("duration: 1 d", "duration: 2 h"));
        CliTest.Run r = run("simulate", file.toString(), "--progress", "always", "--json", "--out", dir.resolve("o").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("orbitdc: simulate: prepare,").contains("orbitdc: simulate: twin ")
                .contains("orbitdc: simulate: writing results database,").contains("orbitdc: simulate: service stage,")
                .contains("orbitdc: simulate: writing reports,");
        assertThat(r.out()).startsWith("{");
        CliTest.Run quiet = run("simulate", file.toString(), "--progress", "never", "--json");
        assertThat(quiet.err()).isEmpty();
    }

    @Test
    void timeLeftIsShownOnlyPastTwoPercent() {
        assertThat(ProgressMeter.line("simulate", "twin", 0.015, 30, 40, 86400 * 365.0))
                .isEqualTo("simulate: twin   2 % (simulated 5.5 of 365.0 d), 40 s elapsed");
        // past 2 %: 30 s for 4 % leaves 720 s at that rate
        assertThat(ProgressMeter.line("simulate", "twin", 0.04, 30, 40, 86400 * 365.0))
                .isEqualTo("simulate: twin   4 % (simulated 14.6 of 365.0 d), about 12 min 00 s left, 40 s elapsed");
        assertThat(ProgressMeter.line("geometry", "propagate and scan the fleet", Double.NaN, 3, 3725, 0))
                .isEqualTo("geometry: propagate and scan the fleet, 1 h 02 min elapsed");
    }
}
