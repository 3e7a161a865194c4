package org.corpuslint.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writing a file so that a reader sees the old one or the whole new one, never half of one, and
 * a failed run leaves the old one: the content goes to a temporary file in the target's folder
 * ({@code <name><digits>.tmp}), which is given the target's mode and then moved over it in one
 * step. Reports, the baseline and the patch file are written this way; corpus files are too,
 * through {@code fix}'s guarded write, which reuses {@link #moveIntoPlace}.
 */
public final class AtomicFiles {

    /**
     * The mode of a new file: what the usual umask 022 gives, readable by all, so that a site's
     * web server or a CI step running as another user can read a report or the baseline.
     */
    public static final Set<PosixFilePermission> NEW_FILE_MODE =
            PosixFilePermissions.fromString("rw-r--r--");

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {}

    /** Writes {@code target} atomically, creating its folder if need be. */
    public static void write(Path target, Content content) throws IOException {
        try (Pending pending = open(target)) {
            content.writeTo(pending.out());
            pending.commit();
        }
    }

    /**
     * Opens a temporary file for {@code target}, to be written over time and put in place by
     * {@link Pending#commit()}; closing it uncommitted deletes it.
     */
    public static Pending open(Path target) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(),
                ".tmp");
        try {
            return new Pending(file, temporary, Files.newOutputStream(temporary));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    /**
     * The mode {@code target} should end with: its own when it exists (whoever made it private
     * or shared it keeps it so), else {@link #NEW_FILE_MODE}; {@code null} off POSIX.
     */
    static Set<PosixFilePermission> modeFor(Path target) throws IOException {
        if (!target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return null;
        }
        return Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                ? Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS)
                : NEW_FILE_MODE;
    }

    /**
     * Moves {@code temporary} over {@code target} in one step. Both lie in one folder, so every
     * local file system can; one that cannot is an error rather than a half-written target.
     */
    public static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system cannot replace " + target + " atomically", e);
        }
    }

    /** A file being written beside its target. */
    public static final class Pending implements AutoCloseable {

        private final Path target;
        private final Path temporary;
        private final OutputStream out;
        private boolean committed;

        private Pending(Path target, Path temporary, OutputStream out) {
            this.target = target;
            this.temporary = temporary;
            this.out = out;
        }

        /** Where the content goes; {@link #commit()} closes it. */
        public OutputStream out() {
            return out;
        }

        /** The file this one will replace. */
        public Path target() {
            return target;
        }

        /** Closes the content, gives it the target's mode and moves it over the target. */
        public void commit() throws IOException {
            out.close();
            Set<PosixFilePermission> mode = modeFor(target);
            if (mode != null) {
                Files.setPosixFilePermissions(temporary, mode);
            }
            moveIntoPlace(temporary, target);
            committed = true;
        }

        /** Deletes the temporary file unless it was committed. */
        @Override
        public void close() throws IOException {
            if (!committed) {
                try {
                    out.close();
                } finally {
                    Files.deleteIfExists(temporary);
                }
            }
        }
    }
}
