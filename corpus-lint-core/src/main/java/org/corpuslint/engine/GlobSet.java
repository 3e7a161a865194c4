package org.corpuslint.engine;

import com.google.re2j.Pattern;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Ant-style path patterns as Maven users write them ({@code **}{@code /*.txt},
 * {@code drafts/**}), matched against paths relative to the corpus root. A leading
 * {@code **}{@code /} also matches files at the root, as in Ant and Maven. Matched by
 * {@link GlobPattern} in linear time: the patterns may come from a corpus's configuration.
 */
final class GlobSet {

    private final List<Pattern> matchers = new ArrayList<>();
    private final List<Pattern> directoryMatchers = new ArrayList<>();

    GlobSet(List<String> patterns) {
        for (String raw : patterns) {
            String pattern = raw.trim().replace('\\', '/');
            if (pattern.isEmpty()) {
                continue;
            }
            if (pattern.endsWith("/")) {
                pattern = pattern + "**";
            }
            addPattern(pattern);
            if (pattern.startsWith("**/")) {
                addPattern(pattern.substring(3));
            }
            // "drafts/**" also names the folder "drafts" itself, so the walk can skip it.
            if (pattern.endsWith("/**")) {
                String folder = pattern.substring(0, pattern.length() - 3);
                directoryMatchers.add(compile(folder));
                if (folder.startsWith("**/")) {
                    directoryMatchers.add(compile(folder.substring(3)));
                }
            }
        }
    }

    private void addPattern(String pattern) {
        matchers.add(compile(pattern));
    }

    private static Pattern compile(String pattern) {
        try {
            return GlobPattern.compile(pattern);
        } catch (IllegalArgumentException e) {
            String shown = pattern.length() <= 80 ? pattern : pattern.substring(0, 80) + "…";
            throw new CorpusLintException("invalid file pattern '" + shown + "': "
                    + e.getMessage());
        }
    }

    boolean matches(String relativePath) {
        String path = Path.of(relativePath).toString();
        for (Pattern matcher : matchers) {
            if (matcher.matches(path)) {
                return true;
            }
        }
        return false;
    }

    boolean matchesDirectory(String relativePath) {
        String path = Path.of(relativePath).toString();
        for (Pattern matcher : directoryMatchers) {
            if (matcher.matches(path)) {
                return true;
            }
        }
        return false;
    }
}
