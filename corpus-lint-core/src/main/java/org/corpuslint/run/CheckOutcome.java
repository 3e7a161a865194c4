package org.corpuslint.run;

import java.nio.file.Path;
import java.util.List;
import org.corpuslint.baseline.BaselineComparison;
import org.corpuslint.engine.LintResult;
import org.corpuslint.model.FixConfidence;
import org.corpuslint.model.Severity;
import org.corpuslint.report.ConsoleReport;

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
        return emptyRun != null || !budget.breaches(result, failOnSeverity).isEmpty();
    }

    /**
     * The build-failure message: counts, threshold, how many findings {@code fix} would fix,
     * and where the reports are.
     */
    public String failureMessage() {
        if (emptyRun != null) {
            return emptyRun;
        }
        StringBuilder message = new StringBuilder("corpus-lint found ")
                .append(String.join("; ", budget.breaches(result, failOnSeverity))).append(" (");
        var counts = result.countBySeverity();
        int errors = counts.get(Severity.ERROR);
        int warnings = counts.get(Severity.WARNING);
        message.append(errors).append(errors == 1 ? " error, " : " errors, ")
                .append(warnings).append(warnings == 1 ? " warning, " : " warnings, ")
                .append(counts.get(Severity.INFO)).append(" info)");
        int safe = ConsoleReport.fixesByConfidence(result).getOrDefault(FixConfidence.SAFE, 0);
        if (safe > 0) {
            // The way out, when there is one: fix applies safe fixes by default.
            message.append("; ").append(safe).append(safe == 1 ? " of them has" : " of them have")
                    .append(" a safe fix: run mvn corpus-lint:fix");
        }
        if (!reports.isEmpty()) {
            message.append("; reports: ");
            message.append(String.join(", ", reports.stream().map(Path::toString).toList()));
        }
        return message.toString();
    }
}
