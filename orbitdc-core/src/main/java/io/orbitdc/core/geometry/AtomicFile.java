package io.orbitdc.core.geometry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file completely to a temporary sibling and then moves it into place with
 * {@link StandardCopyOption#ATOMIC_MOVE}, so readers never see a half-written output.
 */
final class AtomicFile {

    /** Body of a write that may throw IOException. */
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFile() {
    }

    static void write(Path target, Content content) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            // a fresh hidden name created without attributes: the umask decides the mode (createTempFile makes 0600)
            tmp = dir.resolve("." + target.getFileName() + "."
                    + Long.toUnsignedString(new java.security.SecureRandom().nextLong(), 36) + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE)) {
                content.writeTo(w);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("file system of " + dir + " does not support atomic moves", e);
            }
        } catch (IOException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the original failure is the one to report
                }
            }
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
