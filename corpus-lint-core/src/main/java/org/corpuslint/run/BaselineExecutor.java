package org.corpuslint.run;

import org.corpuslint.baseline.Baseline;

/**
 * Records a baseline the way every front end does it: lint, write every finding to the baseline
 * file atomically. A run that lints no document writes nothing and, unless allowed, fails.
 */
public final class BaselineExecutor {

    public BaselineOutcome execute(BaselineRequest request) {
        Baseline baseline;
        try {
            baseline = Baseline.record(request.target().open(), request.allowEmpty());
        } catch (EmptyRun.Failure e) {
            return new BaselineOutcome(request.baselineFile(), 0, e.getMessage());
        }
        baseline.write(request.baselineFile());
        return new BaselineOutcome(request.baselineFile(), baseline.entries().size(), null);
    }
}
