package org.corpuslint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.corpuslint.report.DocumentTexts;
import org.corpuslint.testing.RuleFixture;
import org.corpuslint.testing.SeenRule;
import org.corpuslint.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus ends at its root's real path: links that lead out of it are findings, not
 * documents, unless {@code followLinks} is on; links inside it work; one file is one document.
 */
class CorpusBoundaryTest {

    private static final LintConfig CONFIG = LintConfig.builder().threads(1).build();
    private static final String FILE_OUTSIDE = "error [invalid-input] symbolic link to a file"
            + " outside the corpus; not linted or fixed (set followLinks to lint it)";
    private static final String FOLDER_OUTSIDE = "error [invalid-input] symbolic link to a"
            + " folder outside the corpus; not followed (set followLinks to lint it)";

    @TempDir
    Path folder;

    /** corpus/a.txt, corpus/users.txt -> ../outside/passwd, corpus/outlet -> ../outside/dir. */
    private TempCorpus corpusWithLinksOut() throws IOException {
        TempCorpus outside = new TempCorpus(folder.resolve("outside"))
                .file("passwd", "postgres:x:5432\n").file("dir/b.txt", "outside article\n");
        TempCorpus corpus = new TempCorpus(folder.resolve("corpus")).file("a.txt", "inside\n");
        Files.createSymbolicLink(corpus.path("users.txt"), Path.of("../outside/passwd"));
        Files.createSymbolicLink(corpus.path("outlet"), outside.path("dir"));
        return corpus;
    }

    private static List<String> seen(LintConfig config, Path root) {
        return RuleFixture.render(new CorpusLinter(config, List.of(SeenRule::new))
                .lintDirectory(root).findings());
    }

    @Test
    void fileAndFolderLinksLeadingOutOfTheCorpusAreFindingsNotDocuments() throws IOException {
        TempCorpus corpus = corpusWithLinksOut();
        assertEquals(List.of(
                "a.txt:1:1-1:1 info [seen] seen",
                "outlet:1:1-1:1 " + FOLDER_OUTSIDE,
                "users.txt:1:1-1:1 " + FILE_OUTSIDE),
                seen(CONFIG, corpus.root()));
    }

    @Test
    void followLinksLintsWhatTheLinksLeadTo() throws IOException {
        TempCorpus corpus = corpusWithLinksOut();
        assertEquals(List.of(
                "a.txt:1:1-1:1 info [seen] seen",
                "outlet/b.txt:1:1-1:1 info [seen] seen",
                "users.txt:1:1-1:1 info [seen] seen"),
                seen(CONFIG.toBuilder().followLinks(true).build(), corpus.root()));
    }

    @Test
    void aCorpusRootThatIsItselfALinkIsTheCorpus() throws IOException {
        TempCorpus corpus = corpusWithLinksOut();
        Path alias = Files.createSymbolicLink(folder.resolve("alias"), corpus.root());
        assertEquals(seen(CONFIG, corpus.root()), seen(CONFIG, alias));
    }

    @Test
    void linksInsideTheCorpusWorkAndEachFileIsLintedOnce() throws IOException {
        TempCorpus corpus = new TempCorpus(folder.resolve("corpus"))
                .file("real/a.txt", "A\n").file("real/b.txt", "B\n");
        Files.createSymbolicLink(corpus.path("mirror"), Path.of("real"));
        Files.createSymbolicLink(corpus.path("latest.txt"), Path.of("real/b.txt"));
        // Sorted paths: latest.txt, mirror/a.txt, mirror/b.txt, real/a.txt, real/b.txt.
        assertEquals(List.of(
                "latest.txt:1:1-1:1 info [seen] seen",
                "mirror/a.txt:1:1-1:1 info [seen] seen",
                "mirror/b.txt:1:1-1:1 info [invalid-input] same file as latest.txt (through a"
                        + " symbolic link); linted once, under latest.txt",
                "real/a.txt:1:1-1:1 info [invalid-input] same file as mirror/a.txt (through a"
                        + " symbolic link); linted once, under mirror/a.txt",
                "real/b.txt:1:1-1:1 info [invalid-input] same file as latest.txt (through a"
                        + " symbolic link); linted once, under latest.txt"),
                seen(CONFIG, corpus.root()));
    }

    @Test
    void lintFilesKeepsTheSameBoundary() throws IOException {
        TempCorpus corpus = corpusWithLinksOut().file("c.txt", "C\n");
        Files.createSymbolicLink(corpus.path("c-link.txt"), Path.of("c.txt"));
        List<Path> files = List.of(corpus.path("users.txt"), corpus.path("outlet/b.txt"),
                corpus.path("c.txt"), corpus.path("c-link.txt"), corpus.path("c.txt"));
        assertEquals(List.of(
                "c-link.txt:1:1-1:1 info [seen] seen",
                "c.txt:1:1-1:1 info [invalid-input] same file as c-link.txt (through a symbolic"
                        + " link); linted once, under c-link.txt",
                "outlet/b.txt:1:1-1:1 " + FILE_OUTSIDE,
                "users.txt:1:1-1:1 " + FILE_OUTSIDE),
                RuleFixture.render(new CorpusLinter(CONFIG, List.of(SeenRule::new))
                        .lintFiles(corpus.root(), files).findings()));
    }

    @Test
    void reportsNeverShowTheTextOfAFileOutsideTheCorpus() throws IOException {
        TempCorpus corpus = corpusWithLinksOut();
        DocumentTexts texts = DocumentTexts.fromFolder(corpus.root(), StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), texts.text("users.txt"));
        assertEquals(Optional.empty(), texts.text("outlet/b.txt"));
        assertEquals(Optional.of("inside\n"), texts.text("a.txt"));
        assertEquals(Optional.of("postgres:x:5432\n"), DocumentTexts.fromFolder(corpus.root(),
                StandardCharsets.UTF_8, true, LintConfig.DEFAULT_MAX_FILE_SIZE).text("users.txt"));
    }

    @Test
    void theTemporaryFilesOfAnInterruptedFixAreNeverLinted() {
        TempCorpus corpus = new TempCorpus(folder.resolve("corpus"))
                .file("a.txt", "A\n")
                .file(".a.txt.8127365401.corpus-lint-tmp", "")
                .file("sub/.b.txt.18446744073709551615.corpus-lint-tmp", "half of b\n")
                // Near misses are other people's files: linted as any file.
                .file(".a.txt.corpus-lint-tmp", "no digits\n")
                .file("a.txt.12.corpus-lint-tmp", "no leading dot\n")
                .file(".a.txt.12.corpus-lint-tmp.bak", "a suffix after\n");
        LintConfig everything = CONFIG.toBuilder().includes(List.of("**")).build();
        assertEquals(List.of(
                ".a.txt.12.corpus-lint-tmp.bak:1:1-1:1 info [seen] seen",
                ".a.txt.corpus-lint-tmp:1:1-1:1 info [seen] seen",
                "a.txt:1:1-1:1 info [seen] seen",
                "a.txt.12.corpus-lint-tmp:1:1-1:1 info [seen] seen"),
                seen(everything, corpus.root()));
    }
}
