package org.corpuslint.corpus;

import java.io.IOException;
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
}
