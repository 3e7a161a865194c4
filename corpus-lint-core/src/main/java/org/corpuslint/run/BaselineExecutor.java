package org.corpuslint.run;

import org.corpuslint.baseline.Baseline;
import org.corpuslint.baseline.FindingFingerprints;
import org.corpuslint.engine.LintResult;
import org.corpuslint.engine.LintSession;

/**
 * Records a baseline the way every front end does it: lint, write every finding to the baseline
 * file atomically. A run that lints no document writes nothing and, unless allowed, fails.
 */
public final class BaselineExecutor {

    public BaselineOutcome execute(BaselineRequest request) {
        LintSession session = request.target().open();
        FindingFingerprints fingerprints = new FindingFingerprints();
        LintResult result = session.lintAll(fingerprints);
        if (!request.allowEmpty() && EmptyRun.isEmpty(result)) {
            return new BaselineOutcome(request.baselineFile(), 0,
                    EmptyRun.message(session.corpusRoot(), session.config()));
        }
        Baseline baseline = Baseline.of(result.findings(), fingerprints);
        baseline.write(request.baselineFile());
        return new BaselineOutcome(request.baselineFile(), baseline.entries().size(), null);
    }
}
