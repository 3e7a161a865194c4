package org.corpuslint.engine;

import org.corpuslint.corpus.FixTempFile;

/**
 * Which files of a corpus a run lints, decided from the path alone: the include and exclude
 * patterns of a {@link LintConfig} (a file inside an excluded folder is excluded too), and never
 * a temporary file of an interrupted fix. For a run that lists the files itself (a partitioned
 * run over a distributed file system) and must select what the folder scan selects.
 */
public final class CorpusFileFilter {

    private final GlobSet includes;
    private final GlobSet excludes;

    private CorpusFileFilter(LintConfig config) {
        this.includes = new GlobSet(config.includes());
        this.excludes = new GlobSet(config.excludes());
    }

    /** The filter of {@code config}'s includes and excludes. */
    public static CorpusFileFilter of(LintConfig config) {
        return new CorpusFileFilter(config);
    }

    /** Whether a run lints the file at {@code relativePath} ({@code /}-separated). */
    public boolean selects(String relativePath) {
        int slash = relativePath.lastIndexOf('/');
        String name = relativePath.substring(slash + 1);
        if (FixTempFile.isTempFileName(name) || !includes.matches(relativePath)
                || excludes.matches(relativePath)) {
            return false;
        }
        for (int at = relativePath.indexOf('/'); at > 0; at = relativePath.indexOf('/', at + 1)) {
            if (excludes.matchesDirectory(relativePath.substring(0, at))) {
                return false;
            }
        }
        return true;
    }
}
