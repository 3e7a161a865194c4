package org.corpuslint.fix;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import org.corpuslint.corpus.FixTempFile;

/**
 * Removes the temporary files a killed {@code fix} left in the corpus. Only regular files named
 * exactly as {@link FixTempFile} names them count, and only once they are older than
 * {@link #MIN_AGE}: a younger one may belong to a {@code fix} running right now. The walk stays
 * in the corpus folder (links are not followed), where {@code fix} writes its temporary files.
 */
final class StaleTempFiles {

    /** A temporary file lives for one write and one move; one this old was left behind. */
    static final Duration MIN_AGE = Duration.ofMinutes(1);

    private StaleTempFiles() {}

    /**
     * Removes (or, with {@code dryRun}, only counts) the stale temporary files under
     * {@code realRoot}.
     *
     * @return how many were (or would be) removed
     */
    static int cleanUp(Path realRoot, Instant now, boolean dryRun) throws IOException {
        Instant staleBefore = now.minus(MIN_AGE);
        int[] removed = {0};
        Files.walkFileTree(realRoot, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                    throws IOException {
                if (attrs.isRegularFile()
                        && FixTempFile.isTempFileName(file.getFileName().toString())
                        && attrs.lastModifiedTime().toInstant().isBefore(staleBefore)) {
                    if (dryRun || Files.deleteIfExists(file)) {
                        removed[0]++;
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // an unreadable folder: the lint reports it
            }
        });
        return removed[0];
    }
}
