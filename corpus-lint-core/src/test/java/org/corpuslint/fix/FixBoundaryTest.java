package org.corpuslint.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.corpuslint.corpus.CorpusBoundary;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.model.FixConfidence;
import org.corpuslint.testing.ReplaceRule;
import org.corpuslint.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fix} never writes outside the corpus, whatever a link says or followLinks allows. */
class FixBoundaryTest {

    private static final LintConfig CONFIG = LintConfig.builder().threads(1).build();
    private static final String OUTSIDE_NOTE = "its real path lies outside the corpus (a symbolic"
            + " link followed with followLinks); fix never writes outside the corpus, so the"
            + " file was left alone";

    @TempDir
    Path folder;

    private TempCorpus outside;

    /** corpus/a.txt, corpus/users.txt -> ../outside/passwd, corpus/outlet -> ../outside/dir. */
    private TempCorpus corpusWithLinksOut() throws IOException {
        outside = new TempCorpus(folder.resolve("outside"))
                .file("passwd", "postgres:x:5432\n").file("dir/b.txt", "postgres article\n");
        TempCorpus corpus = new TempCorpus(folder.resolve("corpus")).file("a.txt", "postgres\n");
        Files.createSymbolicLink(corpus.path("users.txt"), Path.of("../outside/passwd"));
        Files.createSymbolicLink(corpus.path("outlet"), outside.path("dir"));
        return corpus;
    }

    private static FixOutcome fix(LintConfig config, TempCorpus corpus, boolean dryRun) {
        return new CorpusFixer(config, new FixOptions(java.util.Set.of(), dryRun)
                .withMinimumConfidence(FixConfidence.UNSURE),
                List.of(() -> new ReplaceRule("spelling", "postgres", "postures")))
                .fix(corpus.root());
    }

    private static List<String> summary(FixOutcome outcome) {
        return outcome.files().stream().map(f -> f.path() + " " + f.status() + " "
                + f.fixesApplied() + (f.notes().isEmpty() ? "" : " " + f.notes())).toList();
    }

    @Test
    void linksOutOfTheCorpusAreNeitherLintedNorFixed() throws IOException {
        TempCorpus corpus = corpusWithLinksOut();
        Map<String, String> before = TempCorpus.snapshot(outside.root());

        FixOutcome outcome = fix(CONFIG, corpus, false);

        assertEquals(List.of("a.txt FIXED 1"), summary(outcome));
        assertEquals("postures\n", Files.readString(corpus.path("a.txt")));
        assertEquals(before, TempCorpus.snapshot(outside.root()));
        assertEquals("postgres:x:5432\n", Files.readString(outside.path("passwd")));
    }

    @Test
    void followLinksLintsOutsideFilesButFixNeverWritesThem() throws IOException {
        TempCorpus corpus = corpusWithLinksOut();
        Map<String, String> before = TempCorpus.snapshot(outside.root());
        LintConfig following = CONFIG.toBuilder().followLinks(true).build();

        for (boolean dryRun : new boolean[] {true, false}) {
            FixOutcome outcome = fix(following, corpus, dryRun);
            assertEquals(List.of(
                    "a.txt " + (dryRun ? "WOULD_FIX" : "FIXED") + " 1",
                    "outlet/b.txt SKIPPED_UNSAFE 0 [" + OUTSIDE_NOTE + "]",
                    "users.txt SKIPPED_UNSAFE 0 [" + OUTSIDE_NOTE + "]"), summary(outcome));
            assertEquals(2, outcome.lint().findings().stream()
                    .filter(f -> !f.path().equals("a.txt")).count(), "linted outside");
        }
        assertEquals(before, TempCorpus.snapshot(outside.root()));
    }

    @Test
    void theWriteItselfRefusesAFileThatBecameALinkOutOfTheCorpus() throws IOException {
        TempCorpus corpus = corpusWithLinksOut();
        CorpusBoundary boundary = CorpusBoundary.of(corpus.root());
        CorpusFile read = CorpusFile.read(boundary, corpus.path("a.txt"), StandardCharsets.UTF_8);
        // Between the lint and the write, a.txt is swapped for a link to a file with the same
        // bytes outside the corpus: the bytes check alone would not notice.
        Path decoy = outside.file("decoy", "postgres\n").path("decoy");
        Files.delete(corpus.path("a.txt"));
        Files.createSymbolicLink(corpus.path("a.txt"), decoy);

        FileWriteRefused refused = assertThrows(FileWriteRefused.class,
                () -> read.replaceWith("postures\n"));

        assertEquals(OUTSIDE_NOTE, refused.getMessage());
        assertArrayEquals("postgres\n".getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(decoy));
    }

    @Test
    void aFileOutsideTheCorpusCannotEvenBeReadForFixing() throws IOException {
        TempCorpus corpus = corpusWithLinksOut();
        CorpusBoundary boundary = CorpusBoundary.of(corpus.root());
        assertThrows(FileWriteRefused.class, () -> CorpusFile.read(boundary,
                corpus.path("users.txt"), StandardCharsets.UTF_8));
        assertThrows(FileWriteRefused.class, () -> CorpusFile.read(boundary,
                corpus.root().resolve("../outside/passwd"), StandardCharsets.UTF_8));
    }
}
