package org.corpuslint.fix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import org.corpuslint.corpus.CorpusBoundary;

/**
 * The checks every write of {@code fix} passes first, whatever led to it: the file's real path
 * lies inside the real corpus root (a symbolic link may point anywhere, and {@code followLinks}
 * lints such targets, but nothing outside the corpus is ever written); it is a regular file with
 * one name (replacing a hard-linked file would leave its other names with the old text); and its
 * owner may write it (a read-only file is read-only on purpose, even to root).
 */
final class WriteGuard {

    private WriteGuard() {}

    /**
     * The real path to write for {@code file}.
     *
     * @throws FileWriteRefused when the file must not be written
     * @throws IOException when the file cannot be resolved or its attributes read
     */
    static Path writableTarget(CorpusBoundary boundary, Path file) throws IOException {
        Path target = file.toRealPath();
        if (!boundary.containsRealPath(target)) {
            throw new FileWriteRefused("its real path lies outside the corpus (a symbolic link"
                    + " followed with followLinks); fix never writes outside the corpus, so the"
                    + " file was left alone");
        }
        if (!Files.isRegularFile(target)) {
            throw new FileWriteRefused("it is not a regular file; it was left alone");
        }
        int links = hardLinks(target);
        if (links > 1) {
            throw new FileWriteRefused("it has " + links + " hard links, and rewriting it would"
                    + " leave the other names with the old text; it was left alone (fix a copy,"
                    + " or break the links first)");
        }
        if (readOnly(target)) {
            throw new FileWriteRefused("it is read-only (its owner has no write permission);"
                    + " it was left alone");
        }
        return target;
    }

    private static int hardLinks(Path file) throws IOException {
        try {
            return ((Number) Files.getAttribute(file, "unix:nlink")).intValue();
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return 1; // no "unix" view: a file system without hard links as POSIX has them
        }
    }

    private static boolean readOnly(Path file) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file,
                PosixFileAttributeView.class);
        if (posix != null) {
            // Not Files.isWritable: root may write anything, but a 0444 file says "keep".
            return !posix.readAttributes().permissions()
                    .contains(PosixFilePermission.OWNER_WRITE);
        }
        return !Files.isWritable(file);
    }
}
