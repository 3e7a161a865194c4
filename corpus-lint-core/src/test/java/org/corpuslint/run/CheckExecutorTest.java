package org.corpuslint.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.model.Severity;
import org.corpuslint.testing.GeneratedCorpus;
import org.corpuslint.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckExecutorTest {

    @TempDir
    Path folder;

    @TempDir
    Path output;

    private TempCorpus corpus() {
        TempCorpus corpus = new TempCorpus(folder);
        GeneratedCorpus.documents(20).forEach(corpus::file);
        return corpus.file("empty.txt", "").bytes("photo.txt", new byte[] {'P', 0});
    }

    private static CheckRequest request(Path root, Path reports, Severity failOn) {
        LintConfig config = LintConfig.builder().threads(2)
                .ruleOption("missing-date", "referenceDate", "2024-07-01").build();
        return new CheckRequest(root, config, reports, List.of("sarif", "json"), failOn);
    }

    @Test
    void checkNeverWritesIntoTheCorpus() {
        TempCorpus corpus = corpus();
        Map<String, String> before = TempCorpus.snapshot(corpus.root());
        CheckOutcome outcome = new CheckExecutor()
                .execute(request(corpus.root(), output.resolve("reports"), Severity.ERROR));
        assertTrue(outcome.result().findings().stream().anyMatch(f -> f.fix() != null));
        assertEquals(before, TempCorpus.snapshot(corpus.root()));
        assertEquals(List.of(output.resolve("reports/corpus-lint.sarif"),
                output.resolve("reports/corpus-lint.json")), outcome.reports());
        assertTrue(outcome.reports().stream().allMatch(Files::isRegularFile));
    }

    @Test
    void checkFailsOnFindingsAtOrAboveTheThreshold() {
        TempCorpus corpus = corpus();
        CheckOutcome onError =
                new CheckExecutor().execute(request(corpus.root(), output, Severity.ERROR));
        assertTrue(onError.failed());
        assertEquals(onError.result().countAtLeast(Severity.ERROR), onError.failingFindings());
        // 11 date errors in the 20 generated articles, and the binary file; the warnings
        // include the chrome line that ends each generated article.
        assertEquals("corpus-lint found 12 findings at severity error or above (12 errors,"
                + " 27 warnings, 0 info); 6 of them have a safe fix: run mvn corpus-lint:fix;"
                + " reports: " + output.resolve("corpus-lint.sarif") + ", "
                + output.resolve("corpus-lint.json"), onError.failureMessage());
        assertFalse(new CheckExecutor().execute(request(corpus.root(), output, null)).failed());
    }

    @Test
    void aRunThatLintsNoDocumentFailsUnlessAllowed() {
        TempCorpus corpus = corpus();
        LintConfig typo = LintConfig.builder().includes(List.of("**/*.tx")).build();
        CheckRequest request = new CheckRequest(corpus.root(), typo, output, List.of("json"),
                Severity.ERROR);
        CheckOutcome outcome = new CheckExecutor().execute(request);
        assertEquals(0, outcome.result().documentCount());
        assertTrue(outcome.failed());
        assertEquals("corpus-lint linted no document: no file under " + folder + " matches"
                + " includes [**/*.tx] and excludes []; correct the patterns or the folder, or"
                + " set allowEmpty=true if an empty corpus is expected", outcome.failureMessage());
        // Even with failOnSeverity none: an empty run is no check at all.
        assertTrue(new CheckExecutor().execute(new CheckRequest(corpus.root(), typo, output,
                List.of("json"), null)).failed());
        assertFalse(new CheckExecutor().execute(request.withAllowEmpty(true)).failed());
    }

    @Test
    void excludingEverythingOrAnEmptyFolderIsAnEmptyRunToo(@TempDir Path empty) {
        LintConfig all = LintConfig.builder().excludes(List.of("**")).build();
        CheckOutcome excluded = new CheckExecutor().execute(new CheckRequest(corpus().root(), all,
                output, List.of(), Severity.ERROR));
        assertEquals("corpus-lint linted no document: no file under " + folder + " matches"
                + " includes [**/*.txt, **/*.jsonl, **/*.jsonl.gz, **/*.jsonl.zst] and excludes [**]; correct the patterns or the folder, or"
                + " set allowEmpty=true if an empty corpus is expected", excluded.failureMessage());
        CheckOutcome nothing = new CheckExecutor().execute(new CheckRequest(empty,
                LintConfig.defaults(), output, List.of(), Severity.ERROR));
        assertTrue(nothing.failed());
        assertTrue(nothing.failureMessage().startsWith("corpus-lint linted no document: no file"
                + " under " + empty + " matches"), nothing.failureMessage());
    }
}
