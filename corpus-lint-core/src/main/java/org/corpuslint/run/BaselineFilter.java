package org.corpuslint.run;

import org.corpuslint.baseline.Baseline;
import org.corpuslint.baseline.BaselineComparison;
import org.corpuslint.baseline.FindingFingerprints;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.LintResult;

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

    LintConfig config(LintConfig config) {
        return baseline == null ? config : Baseline.withListener(config, fingerprints);
    }

    LintResult filter(LintResult result) {
        if (baseline == null) {
            return result;
        }
        comparison = baseline.compare(request.baselineFile(), result.findings(), fingerprints);
        return new LintResult(comparison.newFindings(), result.documentCount(), result.rules());
    }

    /** The comparison, or {@code null} without a baseline. */
    BaselineComparison comparison() {
        return comparison;
    }
}
