package io.orbitdc.core.files;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The one writer of output files: an interrupted run never leaves a half-written file. The content
 * goes to a hidden temporary file beside the target, is flushed to disk, and is then moved into
 * place atomically (or, where the file system cannot, with a plain replace). Used by the engines
 * (geometry exports and event tables) and by the report writers alike.
 */
public final class AtomicOutput {

    /** Body of a streamed write, which may throw IOException. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicOutput() {
    }

    /** Writes a string as UTF-8. */
    public static void writeString(Path target, String content) {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes bytes. */
    public static void write(Path target, byte[] content) {
        writeChannel(target, channel -> {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        });
    }

    /** Streams UTF-8 text through a buffered writer (for outputs too large to hold as one string). */
    public static void write(Path target, Content content) {
        writeChannel(target, channel -> {
            Writer w = new java.io.BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel),
                    StandardCharsets.UTF_8));
            content.writeTo(w);
            w.flush();
        });
    }

    private interface ChannelBody {
        void writeTo(FileChannel channel) throws IOException;
    }

    private static void writeChannel(Path target, ChannelBody body) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = freshSibling(dir, target);
            // CREATE_NEW without attributes: the umask decides the mode, as for any file the user
            // writes (Files.createTempFile would make it 0600)
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                body.writeTo(channel);
                channel.force(true);
            }
            move(tmp, target);
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is hidden and harmless; the original error matters more
                }
            }
        }
    }

    /**
     * A fresh, not yet existing hidden path beside {@code target} (same directory, so the final
     * move stays on one file system), for writers that create the file themselves, such as an
     * embedded database or a {@code COPY ... TO}. Creates the directory if needed.
     */
    public static Path temporarySibling(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            // the writer must create the file itself (DuckDB rejects an empty file as a database)
            return freshSibling(dir, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file beside " + target + ": " + e.getMessage(), e);
        }
    }

    /** Moves a finished temporary file over {@code target}, atomically where the file system can. */
    public static void moveIntoPlace(Path tmp, Path target) {
        try {
            move(tmp, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + tmp + " to " + target + ": " + e.getMessage(), e);
        }
    }

    /** A hidden name beside {@code target} that does not exist yet ({@code .NAME.RANDOM.tmp}). */
    private static Path freshSibling(Path dir, Path target) {
        java.security.SecureRandom random = new java.security.SecureRandom();
        while (true) {
            Path p = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(random.nextLong(), 36) + ".tmp");
            if (!Files.exists(p)) {
                return p;
            }
        }
    }

    /**
     * Renames {@code tmp} over {@code target}, atomically where the file system can (both on one
     * file system); for writers that stage several files and publish them in turn.
     */
    public static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Deletes a directory tree, quietly and as far as it can: used to clean up staging and spill
     * directories on the way out, where a leftover is harmless and the next run sweeps it.
     */
    public static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a file in use or already gone: what is left is swept next time
                }
            }
        } catch (IOException | UncheckedIOException ignored) {
            // idem
        }
    }
}
