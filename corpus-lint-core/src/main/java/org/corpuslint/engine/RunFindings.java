package org.corpuslint.engine;

import java.util.List;
import org.corpuslint.model.Finding;
import org.corpuslint.profile.DuplicateCluster;
import org.corpuslint.rule.RuleMetadata;

/**
 * What the report writers and front ends read of a run: its counts, known before the first
 * finding is written, and any number of passes over its findings in
 * {@link Finding#REPORT_ORDER}. A {@link LintResult} holds its findings in memory; a streamed
 * check reads them back from a spool, so the findings of a large corpus are never held whole.
 */
public interface RunFindings {

    /** The number of files and records considered (linted or reported as invalid input). */
    int documentCount();

    /** Metadata of every rule that ran, plus the engine's own input checks. */
    List<RuleMetadata> rules();

    /** The clusters of copies the {@code duplicate-document} rule found, by canonical path. */
    List<DuplicateCluster> duplicateClusters();

    /** The corpus statistics counted while the corpus was linted. */
    RunStatistics statistics();

    /** The findings counted by severity, rule and fix confidence. */
    FindingCounts counts();

    /** A new pass over every finding, in report order. */
    FindingCursor openFindings();
}
