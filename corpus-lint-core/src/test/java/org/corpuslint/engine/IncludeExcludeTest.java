package org.corpuslint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corpuslint.model.Finding;
import org.corpuslint.testing.SeenRule;
import org.corpuslint.testing.TempCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files of a corpus folder are documents. */
class IncludeExcludeTest {

    @TempDir
    Path folder;

    private TempCorpus corpus;

    @BeforeEach
    void writeCorpus() {
        corpus = new TempCorpus(folder)
                .file("a.txt", "A\n")
                .file("notes.md", "Notes\n")
                .file("sub/b.txt", "B\n")
                .file("sub/deep/c.txt", "C\n")
                .file("drafts/d.txt", "D\n")
                .file("drafts/skip.md", "Skip\n")
                .file("sub/drafts/e.txt", "E\n");
    }

    private List<String> documents(List<String> includes, List<String> excludes) {
        LintConfig config = LintConfig.builder().threads(1).includes(includes)
                .excludes(excludes).build();
        return new CorpusLinter(config, List.of(SeenRule::new)).lintDirectory(folder)
                .findings().stream().map(Finding::path).toList();
    }

    @Test
    void defaultIncludesEveryTextFileAtAnyDepthIncludingTheRoot() {
        assertEquals(List.of("a.txt", "drafts/d.txt", "sub/b.txt", "sub/deep/c.txt",
                "sub/drafts/e.txt"), documents(List.of(), List.of()));
    }

    @Test
    void doubleStarPatternMatchesRootFilesToo() {
        assertEquals(List.of("a.txt", "notes.md"), documents(List.of("**/a.txt", "**/*.md"),
                List.of("drafts/**")));
    }

    @Test
    void excludedFolderAtTheRoot() {
        assertEquals(List.of("a.txt", "sub/b.txt", "sub/deep/c.txt", "sub/drafts/e.txt"),
                documents(List.of(), List.of("drafts/**")));
        assertEquals(List.of("a.txt", "sub/b.txt", "sub/deep/c.txt", "sub/drafts/e.txt"),
                documents(List.of(), List.of("drafts/")));
    }

    @Test
    void excludedFolderAtAnyDepth() {
        assertEquals(List.of("a.txt", "sub/b.txt", "sub/deep/c.txt"),
                documents(List.of(), List.of("**/drafts/**")));
    }

    @Test
    void excludedFiles() {
        assertEquals(List.of("drafts/d.txt", "sub/b.txt", "sub/drafts/e.txt"),
                documents(List.of(), List.of("*.txt", "**/deep/*")));
    }

    @Test
    void narrowIncludes() {
        assertEquals(List.of("sub/b.txt"), documents(List.of("sub/*.txt"), List.of()));
        assertEquals(List.of("a.txt"), documents(List.of("*.txt"), List.of()));
    }

    @Test
    void excludedFolderIsNotEvenWalked() throws IOException {
        Path link = corpus.path("drafts/loop");
        try {
            Files.createSymbolicLink(link, folder);
        } catch (IOException | UnsupportedOperationException e) {
            assumeTrue(false, "needs symbolic links");
        }
        LintConfig config = LintConfig.builder().threads(1).excludes(List.of("drafts/**")).build();
        List<Finding> findings =
                new CorpusLinter(config, List.of(SeenRule::new)).lintDirectory(folder).findings();
        assertTrue(findings.stream().noneMatch(f -> f.path().startsWith("drafts")),
                findings.toString());
    }

    @Test
    void invalidPatternIsAClearError() {
        CorpusLintException e = assertThrows(CorpusLintException.class,
                () -> documents(List.of("[abc"), List.of()));
        assertTrue(e.getMessage().startsWith("invalid file pattern '[abc': "), e.getMessage());
    }
}
