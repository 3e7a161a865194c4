package org.corpuslint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A set's shortcut for name endings answers as the compiled globs do. */
class GlobSetTest {

    private static final List<String> GLOBS = List.of("**/*.txt", "*.txt", "**/*.jsonl.gz",
            "**/*", "*", "*.TXT", "**/*x", "*a.b", "**/*.t?t", "**/*[.]txt");
    private static final List<String> PATHS = List.of("a.txt", "dir/a.txt", "/x.txt", ".txt",
            "d/.txt", "a.txt/b", "x.jsonl.gz", "d/e/x.jsonl.gz", "x.jsonl", "A.TXT", "d/A.TXT",
            "dir//a.txt", "a.txt/", "x", "d/x", "xa.b", "d/xa.b", "d.txt/x", "", "caf\u00e9.txt");

    @Test
    void matchesAsTheCompiledGlobs() {
        for (String glob : GLOBS) {
            GlobSet set = new GlobSet(List.of(glob));
            for (String path : PATHS) {
                String normalised = java.nio.file.Path.of(path).toString();
                boolean expected = GlobPattern.compile(glob).matches(normalised)
                        || glob.startsWith("**/")
                                && GlobPattern.compile(glob.substring(3)).matches(normalised);
                assertEquals(expected, set.matches(path), glob + " on '" + path + "'");
            }
        }
    }
}
