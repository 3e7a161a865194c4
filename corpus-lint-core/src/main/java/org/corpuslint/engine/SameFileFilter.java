package org.corpuslint.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.corpuslint.model.Finding;
import org.corpuslint.model.Severity;

/**
 * Keeps one path per real file. Links can make one file reachable under several corpus paths;
 * linting it under each would report every finding twice and let {@code fix} write it twice.
 * The first path in sorted order is kept; each other path gets an {@code info} finding naming it.
 */
final class SameFileFilter {

    private SameFileFilter() {}

    /**
     * @param files sorted by relative path, each with its real path as {@code absolutePath}
     * @param problems receives one finding per path left out
     */
    static List<SourceFile> firstPathOfEachFile(List<SourceFile> files, List<Finding> problems) {
        return firstPathOfEachFile(files, SourceFile::relativePath, SourceFile::absolutePath,
                problems);
    }

    /**
     * @param files sorted by relative path
     * @param realFile what is equal for two paths of one real file (its real path)
     * @param problems receives one finding per path left out
     */
    static <T> List<T> firstPathOfEachFile(List<T> files, Function<T, String> relativePath,
            Function<T, Object> realFile, List<Finding> problems) {
        Map<Object, String> firstPath = new HashMap<>();
        Set<String> paths = new HashSet<>();
        List<T> kept = new ArrayList<>(files.size());
        for (T file : files) {
            String path = relativePath.apply(file);
            if (!paths.add(path)) {
                continue; // the same path given twice (lintFiles): once is enough
            }
            String first = firstPath.putIfAbsent(realFile.apply(file), path);
            if (first == null) {
                kept.add(file);
            } else {
                problems.add(CorpusScanner.problem(path, Severity.INFO,
                        "same file as " + first + " (through a symbolic link); linted once,"
                                + " under " + first));
            }
        }
        return kept;
    }
}
