package org.corpuslint.cli;

import java.io.File;
import java.nio.file.Path;

/**
 * Paths as printed: relative to the folder the command runs in, so that a printed
 * {@code path:line:col} opens from that terminal and IDEs and CI logs link it; a file outside
 * that folder is printed absolute.
 */
final class DisplayPaths {

    private final Path base;
    private final Path corpusRoot;

    DisplayPaths(Path base, Path corpusRoot) {
        this.base = base.toAbsolutePath().normalize();
        this.corpusRoot = corpusRoot.toAbsolutePath().normalize();
    }

    /** Relative to the current folder. */
    static DisplayPaths fromWorkingDirectory(Path corpusRoot) {
        return new DisplayPaths(Path.of(""), corpusRoot);
    }

    String show(String corpusRelative) {
        Path file = corpusRoot.resolve(corpusRelative);
        String shown = file.startsWith(base) ? base.relativize(file).toString() : file.toString();
        return shown.replace(File.separatorChar, '/');
    }
}
