package org.corpuslint.engine;

import java.nio.file.Path;

/**
 * A file to lint: where it is, and its path relative to the corpus root with {@code /}; with
 * its size and modification time (milliseconds) as the corpus scan saw them, or -1 when not
 * known, so that an incremental run need not ask the file system again.
 */
public record SourceFile(Path absolutePath, String relativePath, long size, long modified) {

    public SourceFile(Path absolutePath, String relativePath) {
        this(absolutePath, relativePath, -1, -1);
    }
}
