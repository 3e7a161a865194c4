package org.corpuslint.run;

import java.util.List;
import org.corpuslint.baseline.Baseline;
import org.corpuslint.baseline.BaselineComparison;
import org.corpuslint.baseline.BaselineMatcher;
import org.corpuslint.baseline.FindingFingerprints;
import org.corpuslint.baseline.Fingerprint;
import org.corpuslint.engine.LintResult;
import org.corpuslint.engine.RunObserver;
import org.corpuslint.model.Finding;

/** A check's baseline, if it has one: fingerprints the run and keeps only new findings. */
final class BaselineFilter {

    private final Baseline baseline;
    private final CheckRequest request;
    private final FindingFingerprints fingerprints = new FindingFingerprints();
    private BaselineComparison comparison;

    private BaselineFilter(Baseline baseline, CheckRequest request) {
        this.baseline = baseline;
        this.request = request;
    }

    /** Reads the baseline before the (long) run, so a bad file fails fast. */
    static BaselineFilter forRequest(CheckRequest request) {
        return new BaselineFilter(request.baselineFile() == null ? null
                : Baseline.read(request.baselineFile()), request);
    }

    /** What observes the run: the fingerprints when there is a baseline to compare with. */
    RunObserver observer() {
        return baseline == null ? RunObserver.NONE : fingerprints;
    }

    /** Whether the check has a baseline. */
    boolean active() {
        return baseline != null;
    }

    /**
     * The fingerprints the observer took of {@code findings}, or {@code null} without a
     * baseline.
     */
    List<Fingerprint> fingerprintsOf(List<Finding> findings) {
        return baseline == null ? null : findings.stream().map(fingerprints::of).toList();
    }

    /** A matcher for a streamed run, or {@code null} without a baseline. */
    BaselineMatcher matcher() {
        return baseline == null ? null : baseline.matcher(request.baselineFile());
    }

    LintResult filter(LintResult result) {
        if (baseline == null) {
            return result;
        }
        comparison = baseline.compare(request.baselineFile(), result.findings(), fingerprints);
        return new LintResult(comparison.newFindings(), result.documentCount(), result.rules(),
                result.duplicateClusters(), result.statistics());
    }

    /** The comparison, or {@code null} without a baseline. */
    BaselineComparison comparison() {
        return comparison;
    }
}
