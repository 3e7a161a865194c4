package org.corpuslint.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.corpuslint.baseline.Baseline;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.model.Severity;
import org.corpuslint.testing.RuleFixture;
import org.corpuslint.testing.TempCorpus;
import org.corpuslint.testing.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** maxAllowedViolations and its per-severity limits, and a check against a baseline. */
class CheckBudgetAndBaselineTest {

    @TempDir
    Path folder;

    private static final LintConfig CONFIG = TestConfigs.fixedDay().build();

    /** Two errors and one warning. */
    private TempCorpus corpus() {
        return new TempCorpus(folder.resolve("corpus"))
                .file("a.txt", "Grain barges\nBarges left.\n")
                .file("b.txt", " date 2024-13-45\nBad date\nText.\n")
                .file("c.txt", " date 2024-05-02 Subscribe now\nMarket\nStalls.\n");
    }

    private CheckOutcome check(TempCorpus corpus, Severity failOn, ViolationBudget budget,
            Path baseline) {
        return new CheckExecutor().execute(new CheckRequest(corpus.root(), CONFIG,
                folder.resolve("reports"), List.of("json"), failOn, budget, baseline));
    }

    /** The chrome glued to c.txt's header has a safe fix; the failure message points at fix. */
    private static final String ONE_SAFE_FIX = "; 1 of them has a safe fix: run mvn corpus-lint:fix";

    private String reports() {
        return "; reports: " + folder.resolve("reports/corpus-lint.json");
    }

    @Test
    void maxAllowedViolationsToleratesThatManyFindingsAtTheThreshold() {
        TempCorpus corpus = corpus();
        assertFalse(check(corpus, Severity.ERROR, new ViolationBudget(2, Map.of()), null)
                .failed());
        CheckOutcome over = check(corpus, Severity.ERROR, new ViolationBudget(1, Map.of()), null);
        assertTrue(over.failed());
        assertEquals("corpus-lint found 2 findings at severity error or above, more than the 1"
                + " allowed (maxAllowedViolations) (2 errors, 1 warning, 0 info)" + ONE_SAFE_FIX
                + reports(),
                over.failureMessage());
    }

    @Test
    void aPerSeverityLimitTakesOverForItsSeverity() {
        TempCorpus corpus = corpus();
        // Errors have their own limit of 2: the threshold counts nothing else at error.
        assertFalse(check(corpus, Severity.ERROR,
                new ViolationBudget(0, Map.of(Severity.ERROR, 2)), null).failed());
        // Warnings are limited even though the threshold is error.
        CheckOutcome warnings = check(corpus, Severity.ERROR,
                new ViolationBudget(0, Map.of(Severity.ERROR, 2, Severity.WARNING, 0)), null);
        assertEquals("corpus-lint found 1 warning, more than the 0 allowed (maxAllowedWarnings)"
                + " (2 errors, 1 warning, 0 info)" + ONE_SAFE_FIX + reports(),
                warnings.failureMessage());
        // At threshold warning, errors beyond their own limit and the counted warnings both fail.
        CheckOutcome both = check(corpus, Severity.WARNING,
                new ViolationBudget(0, Map.of(Severity.ERROR, 1)), null);
        assertEquals("corpus-lint found 1 finding at severity warning or above (not counting"
                + " those with a limit of their own); 2 errors, more than the 1 allowed"
                + " (maxAllowedErrors) (2 errors, 1 warning, 0 info)" + ONE_SAFE_FIX + reports(),
                both.failureMessage());
        assertFalse(check(corpus, null, new ViolationBudget(0, Map.of()), null).failed());
    }

    @Test
    void negativeLimitsAreRejected() {
        assertEquals("maxAllowedWarnings is -1, expected 0 or more",
                assertThrows(IllegalArgumentException.class,
                        () -> new ViolationBudget(0, Map.of(Severity.WARNING, -1))).getMessage());
        assertEquals("maxAllowedViolations is -2, expected 0 or more",
                assertThrows(IllegalArgumentException.class,
                        () -> new ViolationBudget(-2, Map.of())).getMessage());
    }

    @Test
    void withABaselineOnlyNewFindingsAreReportedAndFail() throws IOException {
        TempCorpus corpus = corpus();
        Path baseline = folder.resolve("corpus-lint-baseline.json");
        Baseline.record(CONFIG, corpus.root()).write(baseline);
        CheckOutcome accepted = check(corpus, Severity.WARNING, ViolationBudget.NONE, baseline);
        assertFalse(accepted.failed());
        assertEquals(List.of(), accepted.result().findings());
        assertEquals(3, accepted.baseline().baselined());

        corpus.file("d.txt", "Ferry news\nBoats ran.\n")
                .file("c.txt", " date 2024-05-02\nMarket\nStalls.\n");
        CheckOutcome outcome = check(corpus, Severity.ERROR, ViolationBudget.NONE, baseline);

        assertEquals(List.of("d.txt:1:1-1:11 error [missing-date] document has no publication"
                + " date"), RuleFixture.render(outcome.result().findings()));
        // The new finding has no fix, so the message does not point at fix.
        assertEquals("corpus-lint found 1 finding at severity error or above (1 error,"
                + " 0 warnings, 0 info)" + reports(), outcome.failureMessage());
        assertEquals(List.of("corpus-lint baseline " + baseline + ": 2 findings are in the"
                + " baseline and not reported", "1 baselined finding is fixed; run"
                + " corpus-lint:baseline to shrink the baseline"), outcome.baseline().summary());
        String json = Files.readString(folder.resolve("reports/corpus-lint.json"));
        assertTrue(json.contains("d.txt") && !json.contains("\"a.txt\""), json);
        assertNull(check(corpus, Severity.ERROR, ViolationBudget.NONE, null).baseline());
    }
}
