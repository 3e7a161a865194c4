package org.corpuslint.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        Map<Path, String> firstPath = new HashMap<>();
        Set<String> paths = new HashSet<>();
        List<SourceFile> kept = new ArrayList<>(files.size());
        for (SourceFile file : files) {
            if (!paths.add(file.relativePath())) {
                continue; // the same path given twice (lintFiles): once is enough
            }
            String first = firstPath.putIfAbsent(file.absolutePath(), file.relativePath());
            if (first == null) {
                kept.add(file);
            } else {
                problems.add(CorpusScanner.problem(file.relativePath(), Severity.INFO,
                        "same file as " + first + " (through a symbolic link); linted once,"
                                + " under " + first));
            }
        }
        return kept;
    }
}
