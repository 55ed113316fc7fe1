package io.orbitdc.cli;

import io.orbitdc.core.InputException;
import io.orbitdc.core.report.AtomicOutput;
import io.orbitdc.core.study.Study;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What every report verb shares: the scenario FILE, {@code --json} (one JSON document on stdout)
 * and {@code --out DIR} (the report files written atomically into DIR).
 */
abstract class ReportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "Scenario YAML file.")
    Path file;

    @Option(names = "--json", description = "Print one JSON document on stdout (keys in docs/cli.md).")
    boolean json;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write the report as NAME.json and NAME.txt into DIR (atomically).")
    Path out;

    @picocli.CommandLine.Mixin
    OverrideOptions set = new OverrideOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The study once loaded, to locate errors the verbs raise after loading; null before. */
    private Study loaded;

    /** Loads the scenario FILE (any kind) as a study. */
    Study study() {
        loaded = Study.load(file, set.overrides());
        return loaded;
    }

    /**
     * {@code bad} located in the loaded scenario: stages locate what they can at the field it came
     * from; what reaches here unlocated is placed at the top of the file, so the user still reads
     * which file (and its first line) the bad value belongs to.
     */
    InputException locate(InputException bad) {
        return loaded == null ? bad : loaded.scenario().sources().at("", bad);
    }

    /** The study of FILE, which must fly something for {@code verb} to apply. */
    Study spaceStudy(String verb) {
        return study().requireSpaceSegment(verb);
    }

    /** Most worker threads a verb accepts: far more than any machine here, well below the JVM pools' limit. */
    static final int MAX_THREADS = 1024;

    /** The --threads value: the available cores when not given, else 1..{@value #MAX_THREADS}. */
    static int threads(Integer requested) {
        if (requested != null && (requested < 1 || requested > MAX_THREADS)) {
            throw new BadInputException("--threads " + requested + ": expected 1 to " + MAX_THREADS);
        }
        return requested != null ? requested : Runtime.getRuntime().availableProcessors();
    }

    /** Fails early, as bad input, when --out names something that is not (or cannot become) a directory. */
    void checkOut() {
        if (out != null && java.nio.file.Files.exists(out) && !java.nio.file.Files.isDirectory(out)) {
            throw new BadInputException("--out " + out + ": is a file; expected a directory (created if missing)");
        }
    }

    /** Writes NAME.json and NAME.txt when --out is given, and prints one of them. */
    int emit(String name, String jsonText, String text) {
        if (out != null) {
            checkOut();
            try {
                AtomicOutput.writeString(out.resolve(name + ".json"), jsonText);
                AtomicOutput.writeString(out.resolve(name + ".txt"), text);
            } catch (java.io.UncheckedIOException e) {
                throw new BadInputException("--out " + out + ": cannot write the report: " + e.getCause().getMessage());
            }
        }
        return print(jsonText, text);
    }

    /** Prints the JSON document with --json, the text report otherwise. */
    int print(String jsonText, String text) {
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(json ? jsonText : text);
        stdout.flush();
        return OrbitdcCommand.EXIT_OK;
    }
}
