package org.corpuslint.run;

import java.util.Iterator;
import org.corpuslint.baseline.Baseline;
import org.corpuslint.baseline.BaselineEntry;
import org.corpuslint.baseline.FindingFingerprints;
import org.corpuslint.engine.LintSession;
import org.corpuslint.engine.RunObserver;
import org.corpuslint.engine.RunSummary;

/**
 * Records a baseline the way every front end does it: lint, write every finding to the baseline
 * file atomically. A run that lints no document writes nothing and, unless allowed, fails. The
 * findings, fingerprinted while their document is in memory, go to a spool on disk and are
 * written from it one file's worth at a time, so the run never holds them whole.
 */
public final class BaselineExecutor {

    private final int spoolBuffer;

    public BaselineExecutor() {
        this(FindingSpool.DEFAULT_BUFFER);
    }

    /** With a spool that spills to disk every {@code spoolBuffer} findings (for tests). */
    BaselineExecutor(int spoolBuffer) {
        this.spoolBuffer = spoolBuffer;
    }

    public BaselineOutcome execute(BaselineRequest request) {
        LintSession session = request.target().open();
        try (FindingSpool spool = new FindingSpool(spoolBuffer)) {
            RunSummary summary = session.lintAll(RunObserver.NONE, (document, findings) ->
                    spool.add(findings, findings.stream()
                            .map(f -> FindingFingerprints.fingerprint(document, f)).toList()));
            spool.finish();
            if (!request.allowEmpty() && summary.documentCount() == 0) {
                return new BaselineOutcome(request.baselineFile(), 0,
                        EmptyRun.message(session.corpusRoot(), session.config()));
            }
            int written;
            try (FindingSpool.EntryCursor entries = spool.open()) {
                written = Baseline.write(request.baselineFile(), new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return entries.hasNext();
                    }

                    @Override
                    public BaselineEntry next() {
                        FindingSpool.Entry entry = entries.next();
                        return BaselineEntry.of(entry.finding(), entry.fingerprint());
                    }
                });
            }
            return new BaselineOutcome(request.baselineFile(), written, null);
        }
    }
}
