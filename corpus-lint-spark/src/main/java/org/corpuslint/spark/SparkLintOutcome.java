package org.corpuslint.spark;

import java.util.Map;
import org.corpuslint.engine.LintResult;
import org.corpuslint.model.Severity;

/**
 * The outcome of a Spark run: every finding, sorted as a local run sorts them (collected on the
 * driver for the summary reports), how the work was divided, and whether the run fails.
 *
 * @param result the findings, document count and rules, as {@code CorpusLinter} returns them
 * @param work documents, findings and time per partition of the rules pass
 * @param failOn the least severity that fails the run, or {@code null}
 * @param phaseMillis wall time of each phase on the driver, in order
 */
public record SparkLintOutcome(LintResult result, PartitionWork work, Severity failOn,
        Map<String, Long> phaseMillis) {

    /** Findings at or above {@code failOn}. */
    public long failingFindings() {
        return failOn == null ? 0 : result.countAtLeast(failOn);
    }

    /** Whether findings reach {@code failOn}: the job then exits with status 1. */
    public boolean failed() {
        return failingFindings() > 0;
    }
}
