package org.corpuslint.engine;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * Ant-style path patterns as Maven users write them ({@code **}{@code /*.txt},
 * {@code drafts/**}), matched against paths relative to the corpus root. A leading
 * {@code **}{@code /} also matches files at the root, as in Ant and Maven.
 */
final class GlobSet {

    private final List<PathMatcher> matchers = new ArrayList<>();
    private final List<PathMatcher> directoryMatchers = new ArrayList<>();

    GlobSet(List<String> patterns) {
        var fs = FileSystems.getDefault();
        for (String raw : patterns) {
            String pattern = raw.trim().replace('\\', '/');
            if (pattern.isEmpty()) {
                continue;
            }
            if (pattern.endsWith("/")) {
                pattern = pattern + "**";
            }
            addPattern(fs, pattern);
            if (pattern.startsWith("**/")) {
                addPattern(fs, pattern.substring(3));
            }
            // "drafts/**" also names the folder "drafts" itself, so the walk can skip it.
            if (pattern.endsWith("/**")) {
                String folder = pattern.substring(0, pattern.length() - 3);
                directoryMatchers.add(fs.getPathMatcher("glob:" + folder));
                if (folder.startsWith("**/")) {
                    directoryMatchers.add(fs.getPathMatcher("glob:" + folder.substring(3)));
                }
            }
        }
    }

    private void addPattern(java.nio.file.FileSystem fs, String pattern) {
        try {
            matchers.add(fs.getPathMatcher("glob:" + pattern));
        } catch (IllegalArgumentException e) {
            throw new CorpusLintException("invalid file pattern '" + pattern + "': "
                    + e.getMessage());
        }
    }

    boolean matches(String relativePath) {
        Path path = Path.of(relativePath);
        for (PathMatcher matcher : matchers) {
            if (matcher.matches(path)) {
                return true;
            }
        }
        return false;
    }

    boolean matchesDirectory(String relativePath) {
        Path path = Path.of(relativePath);
        for (PathMatcher matcher : directoryMatchers) {
            if (matcher.matches(path)) {
                return true;
            }
        }
        return false;
    }
}
