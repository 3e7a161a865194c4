package org.corpuslint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.util.List;
import org.corpuslint.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Globs mean what the JDK's glob matcher says, but match in linear time. */
class GlobPatternTest {

    private static final List<String> GLOBS = List.of("**/*.txt", "*.txt", "drafts/**",
            "**", "*", "a?c.txt", "[abc]*.txt", "[!abc]*.txt", "[a-c]x.txt", "[+-0]x.txt",
            "{outlet-a,outlet-b}/**", "x{.txt,.md}", "**/index.txt", "a.b+c(d).txt", "[-a]z",
            "caf\u00e9/*.txt", "*}*", "a,b.txt", "**/drafts/**", "***", "a/***.txt", "****/x.txt",
            "*?*.txt", "?**", "**?");
    private static final List<String> PATHS = List.of("a.txt", "dir/a.txt", "drafts",
            "drafts/x.txt", "drafts/deep/x.txt", "abc.txt", "azc.txt", "a/c.txt", "bx.txt",
            "zx.txt", "dx.txt", ",x.txt", "/x.txt", "0x.txt", "outlet-a/x.txt", "outlet-c/x.txt",
            "x.txt", "x.md", "x.doc", "a/b/index.txt", "index.txt", "a.b+c(d).txt", "abbc(d).txt",
            "-z", "az", "bz", "caf\u00e9/x.txt", "cafe/x.txt", "a}b", "a,b.txt", "x/drafts/y.txt");

    @Test
    void aRunOfStarsIsOneRepetitionAndOverlongGlobsAreRefused() {
        // Thousands of stars in a row made RE2/J's matcher recurse once per star.
        var stars = GlobPattern.compile("*".repeat(1_000));
        assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> assertEquals(true, stars.matches("a/".repeat(200) + "b.txt")));
        assertEquals("it is 1001 characters long (at most 1000)", assertThrows(
                IllegalArgumentException.class, () -> GlobPattern.compile("*".repeat(1_001)))
                .getMessage());
    }

    @Test
    void matchesWhatTheJdkGlobMatches() {
        for (String glob : GLOBS) {
            PathMatcher jdk = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            var ours = GlobPattern.compile(glob);
            for (String path : PATHS) {
                assertEquals(jdk.matches(Path.of(path)), ours.matches(path),
                        glob + " on " + path.replace("\n", "\\n"));
            }
        }
    }

    @Test
    void doubleStarAlsoCrossesALineBreakInAName() {
        // The JDK's '**' is '.*' without DOTALL, so it stops at a line break; '**' means any
        // run of characters, and a hostile name must not slip past 'excludes: [drafts/**]'.
        assertEquals(false, FileSystems.getDefault().getPathMatcher("glob:drafts/**")
                .matches(Path.of("drafts/a\nb/x.txt")));
        assertEquals(true, GlobPattern.compile("drafts/**").matches("drafts/a\nb/x.txt"));
        assertEquals(true, GlobPattern.compile("*.txt").matches("new\nline.txt"));
    }

    @Test
    void aHostileGlobFinishesAtOnce() {
        // The JDK's matcher took 40 s on a 30-letter name and doubles with each letter.
        var glob = GlobPattern.compile("*a*a*a*a*a*a*a*a*a*a*a*a*b");
        assertFalse(assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> glob.matches("a".repeat(200) + ".txt")));
    }

    @Test
    void aHostileIncludeInTheConfigurationCannotHangTheRun(@TempDir Path folder) {
        new TempCorpus(folder).file("a".repeat(60) + ".txt", "Text.\n");
        LintConfig config = LintConfig.builder()
                .includes(List.of("*a*a*a*a*a*a*a*a*a*a*a*a*b")).build();
        assertEquals(0, assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> new CorpusLinter(config).lintDirectory(folder)).documentCount());
    }

    @Test
    void malformedGlobsSayWhatIsWrong() {
        assertEquals("missing ']'", assertThrows(IllegalArgumentException.class,
                () -> GlobPattern.compile("[abc")).getMessage());
        assertEquals("missing '}'", assertThrows(IllegalArgumentException.class,
                () -> GlobPattern.compile("{a,b")).getMessage());
        assertEquals("groups {...} cannot be nested", assertThrows(
                IllegalArgumentException.class, () -> GlobPattern.compile("{a,{b,c}}"))
                .getMessage());
        assertEquals("a class [...] cannot name the folder separator '/'", assertThrows(
                IllegalArgumentException.class, () -> GlobPattern.compile("[a/]")).getMessage());
    }
}
