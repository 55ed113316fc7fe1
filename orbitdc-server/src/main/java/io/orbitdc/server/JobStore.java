package io.orbitdc.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.orbitdc.core.files.AtomicOutput;
import io.orbitdc.core.report.JsonOutput;
import io.orbitdc.core.report.RunDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The jobs on disk: {@code DATA/jobs/ID/} holds {@code job.json} (what was asked, where it is),
 * {@code scenario.yaml} (the text as submitted), {@code report.json} (the verb's JSON once done)
 * and {@code files/} (the run directory, as {@code --out} would write it). Reloaded at start-up,
 * so finished results survive a restart; a job the previous server left unfinished is marked
 * failed. Ids are zero-padded sequence numbers.
 */
final class JobStore {
    static final String SCENARIO = "scenario.yaml";
    static final String REPORT = "report.json";
    static final String FILES = "files";
    private static final String JOB = "job.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private long lastId;

    JobStore(Path dataDir) {
        this.root = dataDir.resolve("jobs");
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + root, e);
        }
        reload();
    }

    private void reload() {
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                Path file = dir.resolve(JOB);
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                Job job = Job.fromJson(JSON.readTree(file.toFile()));
                if (!job.state().finished()) {
                    job.finish(JobState.FAILED, Instant.now(), Optional.of(error("interrupted", job.verb() == Verb.SWEEP
                            ? "the server stopped before this sweep finished; resume it (POST /api/v1/jobs/" + job.id()
                                    + "/resume) to continue after the points it stored"
                            : "the server stopped before this job finished; run it again")));
                    save(job);
                }
                jobs.put(job.id(), job);
                lastId = Math.max(lastId, parseId(job.id()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the jobs in " + root, e);
        }
    }

    private static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A new job's id. */
    synchronized String nextId() {
        lastId++;
        return String.format(java.util.Locale.ROOT, "%06d", lastId);
    }

    /** Stores a new job and its scenario text. */
    void create(Job job, String scenarioText) {
        Path dir = dir(job.id());
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        AtomicOutput.writeString(dir.resolve(SCENARIO), scenarioText);
        save(job);
        jobs.put(job.id(), job);
    }

    void save(Job job) {
        AtomicOutput.writeString(dir(job.id()).resolve(JOB), JsonOutput.pretty(job.toJson()));
    }

    Optional<Job> find(String id) {
        return Optional.ofNullable(jobs.get(SafeName.require("job id", id)));
    }

    Job get(String id) {
        return find(id).orElseThrow(() -> ApiException.notFound("job " + id + ": no such job"));
    }

    /** Every job, newest first. */
    List<Job> all() {
        List<Job> list = new ArrayList<>(jobs.values());
        list.sort(Comparator.comparing(Job::id).reversed());
        return list;
    }

    Path dir(String id) {
        return root.resolve(SafeName.require("job id", id));
    }

    /** The files of a finished job's run directory, relative paths with '/' separators, sorted; hidden files left out. */
    List<String> files(String id) {
        Path files = dir(id).resolve(FILES);
        if (!Files.isDirectory(files)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try {
            // a running job stages into a hidden folder whose files come and go: never descend into one
            Files.walkFileTree(files, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes a) {
                    return dir.equals(files) || !dir.getFileName().toString().startsWith(".")
                            ? java.nio.file.FileVisitResult.CONTINUE : java.nio.file.FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes a) {
                    String name = files.relativize(file).toString().replace('\\', '/');
                    if (a.isRegularFile() && !file.getFileName().toString().startsWith(".")) {
                        names.add(name);
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                    return java.nio.file.FileVisitResult.CONTINUE; // gone while listed
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + files, e);
        }
        names.sort(null);
        return names;
    }

    /**
     * The file {@code name} of job {@code id}'s run directory: only a name {@link #files} lists is
     * served, so no name can reach outside the folder.
     */
    Path file(String id, String name) {
        if (!files(id).contains(name)) {
            throw ApiException.notFound("job " + id + " has no file '" + SafeName.printable(name) + "'");
        }
        return dir(id).resolve(FILES).resolve(name);
    }

    /** Opens the job's run directory (checked, locked, staged: RunDirectory). */
    RunDirectory openRun(String id) {
        return RunDirectory.open(dir(id).resolve(FILES));
    }

    static ObjectNode error(String code, String message) {
        ObjectNode e = JsonOutput.object();
        e.put("error", code);
        e.put("message", message);
        return e;
    }
}
