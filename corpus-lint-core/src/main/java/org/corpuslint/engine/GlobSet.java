package org.corpuslint.engine;

import com.google.re2j.Pattern;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Ant-style path patterns as Maven users write them ({@code **}{@code /*.txt},
 * {@code drafts/**}), matched against paths relative to the corpus root. A leading
 * {@code **}{@code /} also matches files at the root, as in Ant and Maven. Matched by
 * {@link GlobPattern} in linear time: the patterns may come from a corpus's configuration.
 */
final class GlobSet {

    private static final boolean SLASH_SEPARATOR =
            FileSystems.getDefault().getSeparator().equals("/");
    /** Characters with a meaning in a glob, besides {@code *}. */
    private static final String SPECIAL = "\\[]{}?,*/";

    private final List<Predicate<String>> matchers = new ArrayList<>();
    private final List<Predicate<String>> directoryMatchers = new ArrayList<>();

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

    /**
     * The matcher of one glob: the default includes ({@code **}{@code /*.txt} and
     * {@code *.txt}) are tested on every file of the corpus, so a name ending is compared as
     * such; any other glob goes to its compiled pattern.
     */
    private static Predicate<String> compile(String pattern) {
        Pattern compiled = compilePattern(pattern);
        if (pattern.startsWith("**/*") && isLiteral(pattern.substring(4))) {
            String ending = pattern.substring(4);
            return path -> path.indexOf('/') >= 0 && path.endsWith(ending);
        }
        if (pattern.startsWith("*") && isLiteral(pattern.substring(1))) {
            String ending = pattern.substring(1);
            return path -> path.indexOf('/') < 0 && path.endsWith(ending);
        }
        return path -> compiled.matcher(path).matches();
    }

    private static boolean isLiteral(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (SPECIAL.indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static Pattern compilePattern(String pattern) {
        try {
            return GlobPattern.compile(pattern);
        } catch (IllegalArgumentException e) {
            String shown = pattern.length() <= 80 ? pattern : pattern.substring(0, 80) + "…";
            throw new CorpusLintException("invalid file pattern '" + shown + "': "
                    + e.getMessage());
        }
    }

    boolean matches(String relativePath) {
        String path = normalised(relativePath);
        for (Predicate<String> matcher : matchers) {
            if (matcher.test(path)) {
                return true;
            }
        }
        return false;
    }

    boolean matchesDirectory(String relativePath) {
        String path = normalised(relativePath);
        for (Predicate<String> matcher : directoryMatchers) {
            if (matcher.test(path)) {
                return true;
            }
        }
        return false;
    }

    /** The path as the file system writes it; most paths already are, and are kept as given. */
    private static String normalised(String relativePath) {
        if (SLASH_SEPARATOR && relativePath.indexOf("//") < 0 && !relativePath.endsWith("/")
                && relativePath.indexOf('\0') < 0) {
            return relativePath;
        }
        return Path.of(relativePath).toString();
    }
}
