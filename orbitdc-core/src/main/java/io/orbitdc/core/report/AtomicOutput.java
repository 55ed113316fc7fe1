package io.orbitdc.core.report;

import java.nio.file.Path;

/**
 * Kept only so that callers not yet moved keep compiling: every method delegates to
 * {@link io.orbitdc.core.files.AtomicOutput}, the one atomic writer. Import that instead.
 *
 * @deprecated use {@link io.orbitdc.core.files.AtomicOutput}
 */
@Deprecated(forRemoval = true)
public final class AtomicOutput {

    private AtomicOutput() {
    }

    public static void writeString(Path target, String content) {
        io.orbitdc.core.files.AtomicOutput.writeString(target, content);
    }

    public static void write(Path target, byte[] content) {
        io.orbitdc.core.files.AtomicOutput.write(target, content);
    }

    public static Path temporarySibling(Path target) {
        return io.orbitdc.core.files.AtomicOutput.temporarySibling(target);
    }

    public static void moveIntoPlace(Path tmp, Path target) {
        io.orbitdc.core.files.AtomicOutput.moveIntoPlace(tmp, target);
    }
}
