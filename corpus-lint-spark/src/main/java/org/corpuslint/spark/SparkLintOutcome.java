package org.corpuslint.spark;

import org.corpuslint.engine.LintResult;
import org.corpuslint.model.Severity;

/**
 * The outcome of a Spark run: every finding, sorted as a local run sorts them (collected on the
 * driver for the summary reports), how the work was divided, and whether the run fails.
 *
 * @param result the findings, document count and rules, as {@code CorpusLinter} returns them
 * @param work documents, findings and time per partition of the rules pass
 * @param failOn the least severity that fails the run, or {@code null}
 */
public record SparkLintOutcome(LintResult result, PartitionWork work, Severity failOn) {

    /** Findings at or above {@code failOn}. */
    public long failingFindings() {
        return failOn == null ? 0 : result.countAtLeast(failOn);
    }

    /** Whether findings reach {@code failOn}: the job then exits with status 1. */
    public boolean failed() {
        return failingFindings() > 0;
    }
}
