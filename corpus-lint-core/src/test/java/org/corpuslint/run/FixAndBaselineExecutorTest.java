package org.corpuslint.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corpuslint.baseline.Baseline;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.fix.FileFix;
import org.corpuslint.fix.FixOptions;
import org.corpuslint.fix.FixOutcome;
import org.corpuslint.testing.TempCorpus;
import org.corpuslint.testing.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fix and baseline through the same request, executor, outcome layer as check. */
class FixAndBaselineExecutorTest {

    private static final LintConfig CONFIG = TestConfigs.fixedDay().build();

    @TempDir
    Path folder;

    /** One error without a fix and one warning with a safe fix (the glued chrome). */
    private TempCorpus corpus() {
        return new TempCorpus(folder.resolve("corpus"))
                .file("a.txt", "Grain barges\nBarges left.\n")
                .file("c.txt", " date 2024-05-02 Subscribe now\nMarket\nStalls.\n");
    }

    @Test
    void fixAppliesTheSafeFixesFileByFile() throws IOException {
        TempCorpus corpus = corpus();
        List<String> seen = new ArrayList<>();
        FixOutcome outcome = new FixExecutor().execute(new FixRequest(
                new LintTarget(corpus.root(), CONFIG), FixOptions.ALL_RULES),
                (FileFix file) -> seen.add(file.path()));

        assertEquals(List.of("c.txt"), seen);
        assertEquals("corpus-lint fix: applied 1 fix in 1 file", outcome.summary());
        assertEquals(" date 2024-05-02\nMarket\nStalls.\n",
                Files.readString(corpus.root().resolve("c.txt")));
    }

    @Test
    void baselineRecordsEveryFindingAndSaysWhere() {
        TempCorpus corpus = corpus();
        Path file = folder.resolve("build/corpus-lint-baseline.json");
        BaselineOutcome outcome = new BaselineExecutor().execute(new BaselineRequest(
                new LintTarget(corpus.root(), CONFIG), file, false));

        assertFalse(outcome.failed());
        assertEquals("corpus-lint baseline: wrote 2 findings to " + file, outcome.summary());
        assertEquals(2, Baseline.read(file).entries().size());
    }

    @Test
    void baselineOfNoDocumentFailsAndWritesNothingUnlessAllowed() {
        TempCorpus corpus = corpus();
        LintTarget typo = new LintTarget(corpus.root(),
                CONFIG.toBuilder().includes(List.of("*.text")).build());
        Path file = folder.resolve("corpus-lint-baseline.json");

        BaselineOutcome refused = new BaselineExecutor().execute(
                new BaselineRequest(typo, file, false));
        assertTrue(refused.failed());
        assertEquals("corpus-lint linted no document: no file under " + corpus.root() + " matches"
                + " includes [*.text] and excludes []; correct the patterns or the folder, or set"
                + " allowEmpty=true if an empty corpus is expected", refused.summary());
        assertFalse(Files.exists(file));

        BaselineOutcome allowed = new BaselineExecutor().execute(
                new BaselineRequest(typo, file, true));
        assertEquals("corpus-lint baseline: wrote 0 findings to " + file, allowed.summary());
        assertTrue(Files.exists(file));
    }

    @Test
    void aCheckRequestShowsTheTargetItWasMadeOf() {
        LintTarget target = new LintTarget(folder.resolve("corpus/../corpus"), CONFIG);
        CheckRequest request = new CheckRequest(target, folder.resolve("out"), List.of("json"),
                null, ViolationBudget.NONE, null, true);
        assertEquals(folder.resolve("corpus"), request.corpusRoot());
        assertEquals(target, request.target());
        assertTrue(request.allowEmpty());
    }
}
