package org.corpuslint.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The corpus as the file system sees it: its root resolved to a real path (no symbolic link,
 * no {@code ..}). A file belongs to the corpus when its own real path lies under that root, so a
 * link inside the corpus that leads out of it does not make its target part of the corpus.
 */
public final class CorpusBoundary {

    private final Path realRoot;

    private CorpusBoundary(Path realRoot) {
        this.realRoot = realRoot;
    }

    /** The boundary of {@code corpusRoot}, which must exist. */
    public static CorpusBoundary of(Path corpusRoot) throws IOException {
        return new CorpusBoundary(corpusRoot.toRealPath());
    }

    public Path realRoot() {
        return realRoot;
    }

    /** Whether {@code realPath} (already resolved with {@link Path#toRealPath}) is inside. */
    public boolean containsRealPath(Path realPath) {
        return realPath.startsWith(realRoot);
    }

    /**
     * Whether {@code file}, which may not exist yet, would be written inside {@code corpusRoot}:
     * by its path as given, or through a symbolic link among its existing parent folders. For
     * the files corpus-lint writes besides the fixes (reports, baselines, patches), which must
     * stay outside the corpus.
     */
    public static boolean wouldWriteInside(Path corpusRoot, Path file) {
        Path target = file.toAbsolutePath().normalize();
        return target.startsWith(corpusRoot.toAbsolutePath().normalize())
                || realParent(target).startsWith(realPath(corpusRoot));
    }

    private static Path realParent(Path file) {
        Path existing = file.getParent();
        Path rest = file.getFileName();
        while (existing != null && !Files.exists(existing)) {
            rest = existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        return existing == null ? file : realPath(existing).resolve(rest);
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
