package org.corpuslint.run;

import java.nio.file.Path;
import java.util.List;
import org.corpuslint.baseline.BaselineComparison;
import org.corpuslint.engine.LintResult;
import org.corpuslint.model.Severity;

/**
 * What a check found and wrote.
 *
 * @param result the findings
 * @param reports the report files written
 * @param failingFindings findings at or above the fail threshold
 * @param failOnSeverity the threshold, or {@code null} when the check never fails
 * @param budget how many findings are tolerated
 * @param baseline how the findings compared with the baseline, or {@code null} without one;
 *     {@code result} then holds only the findings that are not in the baseline
 * @param emptyRun the failure message of a run that linted no document when that is not
 *     allowed ({@link EmptyRun}), else {@code null}
 */
public record CheckOutcome(LintResult result, List<Path> reports, long failingFindings,
        Severity failOnSeverity, ViolationBudget budget, BaselineComparison baseline,
        String emptyRun) {

    public CheckOutcome(LintResult result, List<Path> reports, long failingFindings,
            Severity failOnSeverity) {
        this(result, reports, failingFindings, failOnSeverity, ViolationBudget.NONE, null);
    }

    public CheckOutcome(LintResult result, List<Path> reports, long failingFindings,
            Severity failOnSeverity, ViolationBudget budget, BaselineComparison baseline) {
        this(result, reports, failingFindings, failOnSeverity, budget, baseline, null);
    }

    public boolean failed() {
        return CheckVerdict.failed(budget, result.counts(), failOnSeverity, emptyRun);
    }

    /**
     * The build-failure message: counts, threshold, how many findings {@code fix} would fix,
     * and where the reports are.
     */
    public String failureMessage() {
        return CheckVerdict.failureMessage(budget, result.counts(), failOnSeverity, reports,
                emptyRun);
    }
}
