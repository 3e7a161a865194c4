package org.corpuslint.run;

import java.nio.file.Path;
import org.corpuslint.baseline.Baseline;
import org.corpuslint.baseline.FindingFingerprints;
import org.corpuslint.engine.CorpusLinter;
import org.corpuslint.engine.LintConfig;
import org.corpuslint.engine.LintResult;

/**
 * Records a baseline the way every front end does it: lint, write every finding to the baseline
 * file atomically. A run that lints no document writes nothing and, unless allowed, fails.
 */
public final class BaselineExecutor {

    public BaselineOutcome execute(BaselineRequest request) {
        LintConfig config = request.target().config();
        Path corpusRoot = request.target().corpusRoot();
        FindingFingerprints fingerprints = new FindingFingerprints();
        LintResult result = new CorpusLinter(Baseline.withListener(config, fingerprints))
                .lintDirectory(corpusRoot);
        if (!request.allowEmpty() && EmptyRun.isEmpty(result)) {
            return new BaselineOutcome(request.baselineFile(), 0,
                    EmptyRun.message(corpusRoot, config));
        }
        Baseline baseline = Baseline.of(result.findings(), fingerprints);
        baseline.write(request.baselineFile());
        return new BaselineOutcome(request.baselineFile(), baseline.entries().size(), null);
    }
}
