package io.orbitdc.cli;

import io.orbitdc.core.InputException;
import io.orbitdc.core.files.AtomicOutput;
import io.orbitdc.core.report.RunDirectory;
import io.orbitdc.core.report.TextSafe;
import io.orbitdc.core.study.Study;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What every report verb shares: the scenario FILE, {@code --json} (one JSON document on stdout)
 * and {@code --out DIR}: the run's files staged and published into DIR together, DIR locked
 * against a second writer, checked before anything is computed (RunDirectory, docs/reliability.md).
 */
abstract class ReportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "Scenario YAML file.")
    Path file;

    @Option(names = "--json", description = "Print one JSON document on stdout (keys in docs/cli.md).")
    boolean json;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write the report as NAME.json and NAME.txt (and the verb's other files) into DIR: all of the run's files appear together or none does; one run at a time per DIR.")
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

    /** The run directory of --out, opened (checked and locked) before the verb computes anything; null without --out. */
    private RunDirectory outDir;

    /**
     * Opens --out as a transactional run directory (RunDirectory): called by the launcher before
     * the verb runs, so a bad --out (a file, under a file, not writable, /proc, "") or one another
     * run is writing into is refused with exit 2 before any computing.
     */
    void openOut() {
        if (out == null) {
            return;
        }
        if (out.toString().isBlank()) {
            throw new BadInputException("--out '" + out + "': expected a directory path (created if missing)");
        }
        outDir = RunDirectory.open(out);
    }

    /** Discards what the run staged unless it was published, and releases --out's lock. */
    void closeOut() {
        if (outDir != null) {
            outDir.close();
            outDir = null;
        }
    }

    /** Where the verb writes file {@code name} of its run: the staging area of --out (requires --out). */
    Path staged(String name) {
        if (outDir == null) {
            throw new IllegalStateException("no --out directory is open");
        }
        return outDir.staging().resolve(name);
    }

    /** The staging directory of --out (requires --out). */
    Path stagingDir() {
        return staged(".").normalize();
    }

    /**
     * Publishes every file the verb staged into --out at once and lists them on stderr. A write
     * failure (a full disk) is bad input: "cannot write DIR: no space left on the device", with
     * DIR's previous contents intact.
     */
    void publish() {
        if (outDir == null) {
            return;
        }
        List<Path> files = outDir.commit(spec.name());
        PrintWriter err = spec.commandLine().getErr();
        err.println("orbitdc: wrote " + files.size() + (files.size() == 1 ? " file" : " files") + " into "
                + TextSafe.escape(out.toString()) + ": " + files.stream()
                        .map(f -> TextSafe.escape(outDir.directory().relativize(f).toString()))
                        .collect(Collectors.joining(", ")));
        err.flush();
    }

    /** Runs a write into the staging area, turning an I/O failure into "cannot write DIR: reason" (exit 2). */
    void writing(Runnable write) {
        writing(() -> {
            write.run();
            return null;
        });
    }

    /**
     * Runs {@code work}, which writes into the staging area: an I/O failure (a full disk, a
     * permission, a results-file error) becomes "cannot write DIR: reason" (exit 2, DIR as it was);
     * anything else passes through.
     */
    <T> T writing(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            boolean noSpace = RunDirectory.reason(e).startsWith("no space left");
            if (outDir != null && (noSpace || e instanceof java.io.UncheckedIOException
                    || e instanceof io.orbitdc.core.report.db.ResultsFileException)) {
                throw new BadInputException("cannot write " + out + ": " + RunDirectory.reason(e)
                        + " (the directory is left as it was)");
            }
            throw e;
        }
    }

    /** Writes NAME.json and NAME.txt when --out is given, publishes the run, and prints one of them. */
    int emit(String name, String jsonText, String text) {
        return emit(name, jsonText, text, java.util.Map.of());
    }

    /** As {@link #emit(String, String, String)}, with more files of the run (file name to text, e.g. CSV tables) under --out. */
    int emit(String name, String jsonText, String text, java.util.Map<String, java.util.function.Supplier<String>> files) {
        if (outDir != null) {
            writing(() -> {
                AtomicOutput.writeString(staged(name + ".json"), jsonText);
                AtomicOutput.writeString(staged(name + ".txt"), TextSafe.terminal(text));
                new java.util.TreeMap<>(files).forEach((file, content) -> AtomicOutput.writeString(staged(file), content.get()));
            });
            publish();
        }
        return print(jsonText, text);
    }

    /** Prints the JSON document with --json, the text report otherwise (control characters escaped). */
    int print(String jsonText, String text) {
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(json ? jsonText : TextSafe.terminal(text));
        stdout.flush();
        return OrbitdcCommand.EXIT_OK;
    }
}
