package org.corpuslint.run;

import java.nio.file.Path;
import java.util.List;
import org.corpuslint.baseline.BaselineComparison;
import org.corpuslint.engine.RunFindings;
import org.corpuslint.model.Severity;

/**
 * What a streamed check ({@link CheckExecutor#executeStreaming}) found and wrote: as
 * {@link CheckOutcome}, but its findings are read back from a spool in passes
 * ({@link RunFindings#openFindings()}) rather than held. Close it to delete the spool.
 */
public final class StreamedCheckOutcome implements AutoCloseable {

    private final RunFindings result;
    private final List<Path> reports;
    private final Severity failOnSeverity;
    private final ViolationBudget budget;
    private final BaselineComparison baseline;
    private final String emptyRun;
    private final FindingSpool spool;

    StreamedCheckOutcome(RunFindings result, List<Path> reports, Severity failOnSeverity,
            ViolationBudget budget, BaselineComparison baseline, String emptyRun,
            FindingSpool spool) {
        this.result = result;
        this.reports = List.copyOf(reports);
        this.failOnSeverity = failOnSeverity;
        this.budget = budget;
        this.baseline = baseline;
        this.emptyRun = emptyRun;
        this.spool = spool;
    }

    /** The counts and the findings, after the baseline filtered them. */
    public RunFindings result() {
        return result;
    }

    /** The report files written. */
    public List<Path> reports() {
        return reports;
    }

    /** Findings at or above the fail threshold. */
    public long failingFindings() {
        return failOnSeverity == null ? 0 : result.counts().atLeast(failOnSeverity);
    }

    /** The threshold, or {@code null} when the check never fails. */
    public Severity failOnSeverity() {
        return failOnSeverity;
    }

    public ViolationBudget budget() {
        return budget;
    }

    /**
     * How the findings compared with the baseline, or {@code null} without one. Its
     * {@code newFindings} list is empty: the new findings are those of {@link #result()}.
     */
    public BaselineComparison baseline() {
        return baseline;
    }

    /** The failure message of a run that linted no document when that is not allowed. */
    public String emptyRun() {
        return emptyRun;
    }

    public boolean failed() {
        return CheckVerdict.failed(budget, result.counts(), failOnSeverity, emptyRun);
    }

    /** As {@link CheckOutcome#failureMessage()}. */
    public String failureMessage() {
        return CheckVerdict.failureMessage(budget, result.counts(), failOnSeverity, reports,
                emptyRun);
    }

    /** How many times the spool of reported findings spilled to disk (for tests). */
    int spills() {
        return spool.spills();
    }

    /** Deletes the spooled findings; a pass opened after this fails. */
    @Override
    public void close() {
        spool.close();
    }
}
