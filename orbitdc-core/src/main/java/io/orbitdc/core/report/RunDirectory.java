package io.orbitdc.core.report;

import io.orbitdc.core.files.AtomicOutput;
import io.orbitdc.core.InputException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * One run's output directory ({@code --out DIR}), written as a transaction: every file of the run
 * appears in DIR together, or none does, and a second concurrent writer is refused.
 *
 * <p>Protocol (docs/reliability.md): {@link #open} checks DIR is (or can become) a writable
 * directory before anything is computed, takes an exclusive OS lock on {@code DIR/.orbitdc.lock}
 * (released by the kernel even on {@code kill -9}), finishes or removes what an earlier killed run
 * left, and creates a hidden staging directory {@code DIR/.orbitdc-run-XXXX} on the same file
 * system. Writers write only into {@link #staging()}. {@link #commit()} lists the staged files in
 * a journal ({@code .commit}, fsync'd and renamed into place: the commit point), then renames each
 * file into DIR (and deletes the files the previous run of the same verb wrote and this one does
 * not) and removes the staging directory. A run killed before the commit point leaves
 * DIR as it was (its staging directory is swept by the next run); a run killed after it is rolled
 * forward by the next run into DIR (or by the shutdown hook on SIGTERM/SIGINT). Files of DIR that
 * this run does not write (other verbs' reports, the user's own files) are left alone.
 */
public final class RunDirectory implements AutoCloseable {

    /** The lock file: empty, permanent, hidden. Holding its OS lock means "writing into DIR". */
    public static final String LOCK = ".orbitdc.lock";
    /** Prefix of staging directories. */
    public static final String STAGING_PREFIX = ".orbitdc-run-";
    /** The journal inside a staging directory: the files to publish; its presence is the commit point. */
    static final String JOURNAL = ".commit";

    private enum State { OPEN, COMMITTED, CLOSED }

    private final Path dir;
    private final Path staging;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Thread cleanup;
    private final boolean created;
    private State state = State.OPEN;

    private RunDirectory(Path dir, Path staging, FileChannel lockChannel, FileLock lock, boolean created) {
        this.dir = dir;
        this.created = created;
        this.staging = staging;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.cleanup = new Thread(this::onShutdown, "orbitdc-run-directory-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /**
     * Opens {@code dir} for one run: checks it, creates it if missing, locks it, sweeps what killed
     * runs left and creates the staging directory.
     *
     * @throws InputException "cannot write DIR: reason" when DIR is a file or device, lies under a
     *                        file, is not writable, the disk is full, or another run holds the lock
     */
    public static RunDirectory open(Path dir) {
        if (dir.toString().isBlank()) {
            throw new InputException("an empty output directory name; expected a directory path");
        }
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new InputException("cannot write " + dir + ": it is a file; expected a directory (created if missing)");
        }
        for (Path p = abs.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new InputException("cannot write " + dir + ": " + p + " is a file, not a directory");
                }
                break;
            }
        }
        FileChannel channel = null;
        try {
            boolean created = !Files.exists(abs);
            Files.createDirectories(abs);
            channel = FileChannel.open(abs.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by another run in this JVM
            }
            if (lock == null) {
                throw new InputException("cannot write " + dir + ": another orbitdc run is writing into it (it holds "
                        + abs.resolve(LOCK) + "); wait for it to finish or choose another --out");
            }
            sweep(abs);
            Path staging = abs.resolve(STAGING_PREFIX + HexFormat.of().formatHex(randomBytes()));
            Files.createDirectory(staging);
            RunDirectory opened = new RunDirectory(abs, staging, channel, lock, created);
            channel = null;
            return opened;
        } catch (IOException e) {
            throw new InputException("cannot write " + dir + ": " + reason(e), e);
        } finally {
            if (channel != null) {
                try {
                    channel.close(); // also releases the lock
                } catch (IOException ignored) {
                    // reporting the first failure matters more
                }
            }
        }
    }

    /** The final directory. */
    public Path directory() {
        return dir;
    }

    /** Where the run's writers write; its files reach {@link #directory()} on {@link #commit()}. */
    public Path staging() {
        return staging;
    }

    /**
     * Publishes every staged file into the directory, together (see the class comment).
     *
     * @return the published files, in name order
     * @throws InputException "cannot write DIR: reason" if the journal cannot be written (the
     *                        directory is then left as it was)
     */
    public List<Path> commit() {
        return commit(null);
    }

    /**
     * As {@link #commit()}, and also removes the files the previous run of the same {@code kind}
     * (a verb name) published into this directory and this run does not write — an earlier
     * {@code --export csv}, OEM files of satellites no longer flown — in the same transaction, so
     * the directory never holds this run beside leftovers of an older one. The kind's file list is
     * kept in {@code DIR/.orbitdc-KIND.files}.
     */
    public synchronized List<Path> commit(String kind) {
        if (state != State.OPEN) {
            throw new IllegalStateException("run directory " + dir + " is already committed or closed");
        }
        List<String> files;
        try {
            files = stagedFiles(staging);
            List<String> journal = new ArrayList<>();
            files.forEach(f -> journal.add("+" + f));
            if (kind != null) {
                String manifest = ".orbitdc-" + kind + ".files";
                Path previous = dir.resolve(manifest);
                if (Files.isRegularFile(previous)) {
                    for (String old : Files.readAllLines(previous, StandardCharsets.UTF_8)) {
                        if (!old.isEmpty() && !files.contains(old) && isInside(old)) {
                            journal.add("-" + old);
                        }
                    }
                }
                Files.writeString(staging.resolve(manifest), files.isEmpty() ? "" : String.join("\n", files) + "\n");
                journal.add("+" + manifest);
            }
            Path tmp = staging.resolve(JOURNAL + ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ch.write(java.nio.ByteBuffer.wrap((String.join("\n", journal) + "\n").getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            }
            AtomicOutput.move(tmp, staging.resolve(JOURNAL)); // the commit point
        } catch (IOException e) {
            throw new InputException("cannot write " + dir + ": " + reason(e) + " (the directory is left as it was)", e);
        }
        // committed from here on, even if moving fails below: close() must then keep the staged
        // files and their journal, so that the next run into DIR rolls the move forward
        state = State.COMMITTED;
        try {
            rollForward(staging, dir);
        } catch (IOException e) {
            throw new InputException("cannot write " + dir + ": " + reason(e)
                    + " (the run is committed; the next orbitdc run into this directory finishes moving it)", e);
        }
        return files.stream().map(dir::resolve).toList();
    }

    /** A relative path from a manifest that stays inside the directory (a tampered manifest deletes nothing outside). */
    private static boolean isInside(String relative) {
        Path p = Path.of(relative).normalize();
        return !p.isAbsolute() && !p.startsWith("..") && !relative.startsWith(".");
    }

    /** Discards the staged files unless committed, and releases the lock. */
    @Override
    public synchronized void close() {
        if (state == State.CLOSED) {
            return;
        }
        boolean published = state == State.COMMITTED;
        if (!published) {
            AtomicOutput.deleteTree(staging);
        }
        state = State.CLOSED;
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to; it finds the directory closed
        }
        if (created && !published) {
            // a run that failed before publishing leaves no trace: not even the directory it created
            try {
                Files.deleteIfExists(dir.resolve(LOCK));
                Files.deleteIfExists(dir);
            } catch (IOException ignored) {
                // not empty (the user put something there meanwhile): keep it
            }
        }
        try {
            lockChannel.close();
        } catch (IOException ignored) {
            // the kernel releases the lock when the process ends anyway
        }
    }

    /** SIGTERM/SIGINT: finish a committed publication, else remove the staged files. */
    private synchronized void onShutdown() {
        if (state != State.OPEN) {
            return;
        }
        if (Files.exists(staging.resolve(JOURNAL))) {
            try {
                rollForward(staging, dir);
            } catch (IOException ignored) {
                // the next run into DIR finishes it
            }
        } else {
            // workers may still be writing while the JVM shuts down: try a few times
            for (int i = 0; i < 3 && Files.exists(staging); i++) {
                AtomicOutput.deleteTree(staging);
            }
        }
        state = State.CLOSED;
    }

    /** A user-facing reason for an I/O failure ("no space left", "permission denied", ...). */
    public static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("No space left") || m.contains("ENOSPC") || m.contains("Disk quota exceeded")) {
                return "no space left on the device";
            }
        }
        if (e instanceof AccessDeniedException a) {
            return "permission denied (" + a.getFile() + ")";
        }
        if (e instanceof NoSuchFileException n) {
            return "no such file or directory (" + n.getFile() + ")";
        }
        if (e instanceof NotDirectoryException n) {
            return n.getFile() + " is not a directory";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT) + (f.getFile() == null ? "" : " (" + f.getFile() + ")");
        }
        return String.valueOf(e.getMessage());
    }

    /** Finishes committed staging directories killed runs left, and removes the rest (lock held). */
    private static void sweep(Path dir) throws IOException {
        List<Path> leftovers;
        try (Stream<Path> s = Files.list(dir)) {
            leftovers = s.filter(p -> isLeftover(p.getFileName().toString())).sorted().toList();
        }
        for (Path p : leftovers) {
            if (Files.isDirectory(p) && Files.exists(p.resolve(JOURNAL))) {
                rollForward(p, dir);
            } else if (Files.isDirectory(p)) {
                AtomicOutput.deleteTree(p);
            } else {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * What a killed run leaves: staging directories, and the hidden temporary files of writers
     * that wrote straight into DIR before run directories existed ({@code .NAME.XXXX.tmp}, DuckDB's
     * {@code .tmp.wal} and {@code .tmp.tmp}).
     */
    static boolean isLeftover(String name) {
        return name.startsWith(STAGING_PREFIX)
                || name.startsWith(".") && (name.endsWith(".tmp") || name.endsWith(".tmp.wal") || name.endsWith(".tmp.tmp"));
    }

    /** Moves every file the journal lists from {@code staging} into {@code dir}, then removes {@code staging}. */
    private static void rollForward(Path staging, Path dir) throws IOException {
        for (String entry : Files.readAllLines(staging.resolve(JOURNAL), StandardCharsets.UTF_8)) {
            if (entry.isEmpty()) {
                continue;
            }
            String line = entry.substring(1);
            if (entry.charAt(0) == '-') { // a file of the previous run of this kind that this run does not write
                Files.deleteIfExists(dir.resolve(line));
                continue;
            }
            Path from = staging.resolve(line);
            Path to = dir.resolve(line);
            if (Files.exists(from)) { // else moved before a kill
                Files.createDirectories(to.getParent());
                if (Files.isDirectory(to)) {
                    throw new FileSystemException(to.toString(), null, "is a directory; cannot replace it with a file");
                }
                AtomicOutput.move(from, to);
            }
        }
        syncDirectory(dir);
        AtomicOutput.deleteTree(staging);
    }

    /** Regular files under {@code staging}, relative, in name order; hidden temporary files are not part of a run. */
    private static List<String> stagedFiles(Path staging) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(staging)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                Path rel = staging.relativize(p);
                boolean hidden = false;
                for (Path part : rel) {
                    hidden |= part.toString().startsWith(".");
                }
                if (!hidden) {
                    out.add(rel.toString().replace('\\', '/'));
                }
            }
        }
        return out;
    }

    /** Flushes the directory entries (the renames) to disk where the platform allows opening a directory. */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException ignored) {
            // not supported on every platform; the renames are still atomic
        }
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[6];
        new SecureRandom().nextBytes(b);
        return b;
    }
}
