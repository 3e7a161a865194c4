package org.corpuslint.run;

import java.util.List;
import org.corpuslint.engine.FindingCounts;
import org.corpuslint.engine.FindingCursor;
import org.corpuslint.engine.RunFindings;
import org.corpuslint.engine.RunStatistics;
import org.corpuslint.engine.RunSummary;
import org.corpuslint.model.Finding;
import org.corpuslint.profile.DuplicateCluster;
import org.corpuslint.rule.RuleMetadata;

/** A run whose findings are in a {@link FindingSpool}: each pass reads them back in order. */
final class SpooledFindings implements RunFindings {

    private final RunSummary summary;
    private final FindingSpool spool;

    SpooledFindings(RunSummary summary, FindingSpool spool) {
        this.summary = summary;
        this.spool = spool;
    }

    @Override
    public int documentCount() {
        return summary.documentCount();
    }

    @Override
    public List<RuleMetadata> rules() {
        return summary.rules();
    }

    @Override
    public List<DuplicateCluster> duplicateClusters() {
        return summary.duplicateClusters();
    }

    @Override
    public RunStatistics statistics() {
        return summary.statistics();
    }

    @Override
    public FindingCounts counts() {
        return spool.counts();
    }

    @Override
    public FindingCursor openFindings() {
        FindingSpool.EntryCursor entries = spool.open();
        return new FindingCursor() {
            @Override
            public boolean hasNext() {
                return entries.hasNext();
            }

            @Override
            public Finding next() {
                return entries.next().finding();
            }

            @Override
            public void close() {
                entries.close();
            }
        };
    }
}
